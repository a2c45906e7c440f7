/**
 * The one place that renders numbers the Dutch way: "." between thousands,
 * "," before decimals ("15.781", "7,4", "€ 1.234").
 *
 * We build the strings by hand instead of using Intl/toLocaleString: the output
 * must not depend on which ICU data a Node build or browser ships (a small-ICU
 * build silently falls back to English), and nl-NL currency formatting adds a
 * non-breaking space and cents ("€\u00a0-89,00") where our tables show "€ -89".
 * Keeping it in one module is what lets tests pin every rendering down.
 */
import { roundDecimal } from "./decimal";
import { roundToThousands } from "../finance/money";

export type IndicatorUnit = "RAPPORTCIJFER" | "PERCENTAGE" | "AANTAL" | "EURO" | "OVERIG";

/** Shown where a value is missing; a dash reads better in a table than "null" or "0". */
export const MISSING_VALUE = "–";

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 15781 -> "15.781", -9516 -> "-9.516". */
export function formatInteger(n: bigint | number): string {
  if (typeof n === "number" && !Number.isSafeInteger(n)) {
    throw new RangeError(`Not a safe integer: ${n}`);
  }
  const value = BigInt(n);
  const negative = value < 0n;
  return (negative ? "-" : "") + groupThousands((negative ? -value : value).toString());
}

/** Euros shown "x € 1.000": 15_781_000n -> "15.781". */
export function formatThousands(euros: bigint): string {
  return formatInteger(roundToThousands(euros));
}

/** 1234567n -> "€ 1.234.567", -89n -> "€ -89". */
export function formatEuro(euros: bigint): string {
  return `€ ${formatInteger(euros)}`;
}

/** A canonical decimal string with exactly `decimals` places: ("7", 1) -> "7,0". */
export function formatDecimal(value: string, decimals: number): string {
  const rounded = roundDecimal(value, decimals);
  const negative = rounded.startsWith("-");
  const [integer = "", fraction = ""] = (negative ? rounded.slice(1) : rounded).split(".");
  const grouped = groupThousands(integer);
  const body = decimals > 0 ? `${grouped},${fraction.padEnd(decimals, "0")}` : grouped;
  return negative ? `-${body}` : body;
}

/**
 * An indicator value with the indicator's decimals ("7" -> "7,0"), and never
 * fewer digits than were stored: a value stored before the decimals rule
 * (lib/indicator/value-rules.ts) existed shows as "7,45" here, as in the
 * JSON and CSV of the API, instead of "7,5" on one channel and 7.45 on another.
 */
export function formatIndicatorNumber(value: string, decimals: number): string {
  const stored = value.split(".")[1]?.length ?? 0;
  return formatDecimal(value, Math.max(stored, decimals));
}

/** ("3.3", 1) -> "3,3%". */
export function formatPercent(value: string, decimals: number): string {
  return `${formatDecimal(value, decimals)}%`;
}

/** An indicator value as a reader sees it, its unit included. */
export function formatIndicatorValue(
  value: string | null,
  unit: IndicatorUnit,
  decimals: number,
  unitLabel?: string | null,
): string {
  if (value === null) return MISSING_VALUE;
  switch (unit) {
    case "PERCENTAGE":
      return `${formatIndicatorNumber(value, decimals)}%`;
    case "EURO":
      return `€ ${formatIndicatorNumber(value, decimals)}`;
    case "OVERIG": {
      const number = formatIndicatorNumber(value, decimals);
      return unitLabel ? `${number} ${unitLabel}` : number;
    }
    case "RAPPORTCIJFER":
    case "AANTAL":
      return formatIndicatorNumber(value, decimals);
  }
}
