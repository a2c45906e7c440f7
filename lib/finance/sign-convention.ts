/**
 * How municipalities print money, and how to get back to our canonical form.
 *
 * Canonical: every category amount positive, its meaning given by the row kind;
 * BALANCE (saldo) = baten − lasten; RESULT = saldo + onttrekkingen − toevoegingen;
 * DIFFERENCE (verschil) = realisatie − begroting na wijziging, in those terms.
 *
 * Every convention turns out to be a sign flip per (row, column), so printing and
 * reading back are the same multiplication and exact inverses of each other.
 */

export type SignConvention = "EXPENSES_NEGATIVE" | "ADVANTAGE_NEGATIVE" | "BOTH_POSITIVE";

export type RowKind =
  | "EXPENSES"
  | "INCOME"
  | "RESERVE_ADDITION"
  | "RESERVE_WITHDRAWAL"
  | "BALANCE"
  | "RESULT";

export type AmountColumn =
  | "ACTUAL_PREVIOUS_YEAR"
  | "BUDGET_ORIGINAL"
  | "BUDGET_AMENDED"
  | "ACTUAL"
  | "DIFFERENCE";

const EFFECT_ON_RESULT: Record<RowKind, 1 | -1> = {
  EXPENSES: -1,
  INCOME: 1,
  RESERVE_ADDITION: -1,
  RESERVE_WITHDRAWAL: 1,
  BALANCE: 1,
  RESULT: 1,
};

/** Whether a larger canonical amount on this row makes the result better (+1) or worse (−1). */
export function effectOnResult(row: RowKind): 1 | -1 {
  return EFFECT_ON_RESULT[row];
}

function printedSign(convention: SignConvention, row: RowKind, column: AmountColumn): bigint {
  const effect = BigInt(effectOnResult(row));
  switch (convention) {
    // Zoetermeer: amounts carry their effect on the result, so the printed saldo is
    // the sum of its row; a verschil times the effect is positive when favourable.
    case "EXPENSES_NEGATIVE":
      return effect;
    // Hilversum, "- = voordeel, zonder teken = nadeel": the mirror image of the above.
    case "ADVANTAGE_NEGATIVE":
      return -effect;
    // Midden-Groningen: amounts as they are; verschil = begroting − realisatie on
    // every row, baten and saldo included.
    case "BOTH_POSITIVE":
      return column === "DIFFERENCE" ? -1n : 1n;
  }
}

export function toPrinted(
  convention: SignConvention,
  row: RowKind,
  column: AmountColumn,
  canonical: bigint,
): bigint {
  return printedSign(convention, row, column) * canonical;
}

/** Exact inverse of toPrinted: a sign flip is its own inverse. */
export function fromPrinted(
  convention: SignConvention,
  row: RowKind,
  column: AmountColumn,
  printed: bigint,
): bigint {
  return printedSign(convention, row, column) * printed;
}

const LEGENDS: Record<SignConvention, string> = {
  EXPENSES_NEGATIVE: "Bedragen x € 1.000. Lasten en toevoegingen aan reserves negatief, baten en onttrekkingen positief, zodat elk saldo de som van zijn bedragen is; een positief verschil is een voordeel.",
  ADVANTAGE_NEGATIVE: "Bedragen x € 1.000. - = voordeel, zonder teken = nadeel.",
  BOTH_POSITIVE:
    "Bedragen x € 1.000. Lasten en baten positief; saldo van baten en lasten = baten − lasten; verschil = begroting − realisatie.",
};

/** The line under a table that tells the reader how to read its signs. */
export function conventionLegend(convention: SignConvention): string {
  return LEGENDS[convention];
}
