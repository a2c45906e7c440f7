/**
 * What a CellValue becomes in a file, shared by the xlsx and CSV writers so
 * both say the same: a number stays a number (also a canonical decimal
 * string such as "7.4" in a number column), a boolean is "ja"/"nee" (the
 * words a user types back), an empty string is an empty cell.
 *
 * Pure and isomorphic.
 */
import { isDecimalString, normalizeDecimal } from "../format/decimal";
import type { CellValue, ColumnSpec } from "./table";

export type OutCell = { kind: "empty" } | { kind: "number"; value: number } | { kind: "text"; value: string };

const EMPTY: OutCell = { kind: "empty" };

function isNumberColumn(column: ColumnSpec): boolean {
  return column.type === "integer" || column.type === "decimal";
}

/** The cell as a writer should put it in this column. */
export function outputCell(value: CellValue, column: ColumnSpec): OutCell {
  if (value === null || value === "") return EMPTY;
  if (typeof value === "boolean") return { kind: "text", value: value ? "ja" : "nee" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number in column "${column.header}": ${value}`);
    return { kind: "number", value };
  }
  // Decimals travel as canonical strings (lib/format/decimal.ts); in a number column they are numbers.
  if (isNumberColumn(column) && isDecimalString(value)) return { kind: "number", value: Number(value) };
  return { kind: "text", value };
}

const EXPONENT = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/** A number as a plain decimal string, never in exponent notation: 1e-7 -> "0.0000001", 1e21 -> "1000000000000000000000". */
export function plainDecimal(n: number): string {
  // String(n) is the shortest text that reads back as the same double, so nothing is rounded here.
  const shortest = String(n);
  const match = EXPONENT.exec(shortest);
  if (!match) return shortest;
  const [, sign = "", integer = "", fraction = "", exponent = "0"] = match;
  const digits = integer + fraction;
  const point = integer.length + Number(exponent);
  if (point <= 0) return normalizeDecimal(`${sign}0.${"0".repeat(-point)}${digits}`);
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Dutch notation without thousands separators, as Excel on a Dutch machine reads a CSV: 7.4 -> "7,4". */
export function dutchNumber(n: number): string {
  return plainDecimal(n).replace(".", ",");
}
