/**
 * The unit of an Iv3 `bedrag`, and exact conversion to and from whole euros.
 *
 * Unit: thousands of euros. Neither the schema nor the definitions state a
 * unit; the Iv3 matrices CBS asks for and publishes (the Excel models,
 * StatLine, the 2023 open data in fixtures/) are "x € 1.000", and the
 * schema's `number` type leaves room for decimals below a thousand. Caveat:
 * CBS's own Excel→JSON tool (github.com/statistiekcbs/makenjsonbestand,
 * v2025 main_prog.bas) offers an optional "keer duizend" before rounding to
 * whole numbers, so files in whole euros exist too; the file does not say
 * which. The validator therefore warns (PM024) when the totals only make
 * sense in euros. Changing the unit is this one constant.
 *
 * Exactness: a JSON number reaches us as a double; String(n) gives the
 * shortest decimal that reads back as the same double, which is the literal
 * in the file for every bedrag the validator accepts (|bedrag| < 10^12 with
 * at most three decimals: 15 significant digits). Three decimals of a
 * thousand are whole euros, exact; a finer bedrag is rounded half away from
 * zero to whole euros (the money model has no cents, decision 002) and the
 * validator warns (PM022).
 */
import { divideHalfAwayFromZero } from "../../format/decimal";

/** Euros per unit of `bedrag`. */
export const IV3_EUROS_PER_UNIT = 1000n;
// 1000 euros per unit: three decimals of a unit are whole euros.
const UNIT_DECIMALS = IV3_EUROS_PER_UNIT.toString().length - 1;

/** The largest |bedrag| accepted: 10^12 units, far beyond any municipality, within exact doubles. */
export const IV3_MAX_ABS_BEDRAG = 1e12;

const NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** The exact decimal value of a finite number as numerator / 10^scale. */
function decimalOf(value: number): { units: bigint; scale: number } {
  const match = NUMBER.exec(String(value));
  if (!match) throw new RangeError(`Not a finite number: ${value}`);
  const [, sign, integer = "0", fraction = "", exponent = "0"] = match;
  let units = BigInt(integer + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === "-" ? -units : units, scale };
}

/** Whole euros of a bedrag, and whether that was exact (false: rounded). */
export function bedragToEuros(bedrag: number): { euros: bigint; exact: boolean } {
  const { units, scale } = decimalOf(bedrag);
  const numerator = units * IV3_EUROS_PER_UNIT;
  const denominator = 10n ** BigInt(scale);
  return { euros: divideHalfAwayFromZero(numerator, denominator), exact: numerator % denominator === 0n };
}

/** The bedrag of whole euros: 1234567n → 1234.567 (exact; at most three decimals). */
export function eurosToBedrag(euros: bigint): number {
  const negative = euros < 0n;
  const digits = (negative ? -euros : euros).toString().padStart(UNIT_DECIMALS + 1, "0");
  const text = `${digits.slice(0, -UNIT_DECIMALS)}.${digits.slice(-UNIT_DECIMALS)}`;
  const value = Number(negative ? `-${text}` : text);
  if (Math.abs(value) >= IV3_MAX_ABS_BEDRAG) throw new RangeError(`Amount too large for an Iv3 bedrag: ${euros}`);
  return value;
}
