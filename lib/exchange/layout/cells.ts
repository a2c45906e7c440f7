/**
 * Canonical values (decimal strings, whole-euro strings) as spreadsheet cells.
 * A spreadsheet holds IEEE doubles, so a cell is a JS number: exact for every
 * whole-euro amount below 2^53 (nine thousand trillion euros) and for an
 * indicator value of up to 15 significant digits, which is all an indicator
 * has (Decimal(18,4) with a handful of decimals in use). Beyond those bounds
 * the value is written as its canonical text rather than rounded silently.
 */
import type { CellValue } from "../table";

export function amountCell(amount: string | null): CellValue {
  if (amount === null) return null;
  const n = Number(amount);
  return Number.isSafeInteger(n) ? n : amount;
}

export function decimalCell(value: string | null): CellValue {
  if (value === null) return null;
  const n = Number(value);
  const digits = value.replace(/^-/, "").replace(".", "").replace(/^0+/, "").length;
  return Number.isFinite(n) && digits <= 15 ? n : value;
}
