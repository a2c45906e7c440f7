/**
 * Money is bigint whole euros in canonical form: every category amount positive,
 * its meaning given by the category (lasten, baten, toevoegingen, onttrekkingen).
 * Null means "not entered", which is different from zero.
 */
import { divideHalfAwayFromZero } from "../format/decimal";

type Amount = bigint | null | undefined;

/** Euros to thousands, rounded half away from zero as printed tables ("x € 1.000") do. */
export function roundToThousands(euros: bigint): bigint {
  return divideHalfAwayFromZero(euros, 1000n);
}

export function thousandsToEuros(thousands: bigint): bigint {
  return thousands * 1000n;
}

/** Sum of the entered amounts; null when nothing was entered, so "empty" never reads as € 0. */
export function sumAmounts(values: readonly Amount[]): bigint | null {
  let total: bigint | null = null;
  for (const value of values) {
    if (value != null) total = (total ?? 0n) + value;
  }
  return total;
}

function negate(value: Amount): Amount {
  return value == null ? value : -value;
}

/** Saldo van baten en lasten = baten − lasten. */
export function computeBalance(amounts: { expenses?: Amount; income?: Amount }): bigint | null {
  return sumAmounts([amounts.income, negate(amounts.expenses)]);
}

/** Resultaat = saldo + onttrekkingen − toevoegingen. */
export function computeResult(amounts: {
  expenses?: Amount;
  income?: Amount;
  additions?: Amount;
  withdrawals?: Amount;
}): bigint | null {
  return sumAmounts([
    amounts.income,
    negate(amounts.expenses),
    amounts.withdrawals,
    negate(amounts.additions),
  ]);
}

/** Euros per inhabitant, rounded half away from zero to whole euros; null without a population. */
export function perInhabitant(euros: bigint | null, inhabitants: number | null): bigint | null {
  if (euros === null || inhabitants === null || inhabitants <= 0) return null;
  return divideHalfAwayFromZero(euros, BigInt(inhabitants));
}
