/**
 * One exceljs cell value to a CellValue, plus a Dutch note where the cell
 * cannot be taken as it is. The value is never formatted: a number stays the
 * number Excel stored (the schema decides what it means), a text keeps its
 * spaces, because a reader that "tidies" values is a reader that loses them.
 */
import type ExcelJS from "exceljs";
import { formatInteger } from "../../format/number";
import { FILE_LIMITS, type CellValue } from "../table";

export interface ReadCell {
  value: CellValue;
  /** Why the value is null although the cell is not empty. */
  note?: string;
}

const EMPTY: ReadCell = { value: null };

function text(value: string, address: string): ReadCell {
  // A cell of only spaces is empty to the user; keeping it would turn a blank row into a data row.
  if (value.trim() === "") return EMPTY;
  if (value.length > FILE_LIMITS.maxCellChars) {
    return {
      value: null,
      note: `Cel ${address} bevat ${formatInteger(value.length)} tekens; er passen hoogstens ${formatInteger(FILE_LIMITS.maxCellChars)} in een cel.`,
    };
  }
  return { value };
}

/** "2025-03-31", or with the time of day when there is one ("2025-03-31T14:30:00"). */
function isoDate(date: Date): CellValue {
  if (Number.isNaN(date.getTime())) return null;
  // exceljs turns the serial number into a UTC instant; rounding to the second absorbs the float noise of times.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
  const [day = "", time = ""] = rounded.split("T");
  return time.startsWith("00:00:00") ? day : `${day}T${time.slice(0, 8)}`;
}

function errorNote(error: string, address: string): ReadCell {
  return { value: null, note: `Cel ${address} bevat de foutwaarde ${error}; vul een geldige waarde in.` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function richText(parts: unknown): string {
  if (!Array.isArray(parts)) return "";
  return parts.map((part: unknown) => (isRecord(part) && typeof part.text === "string" ? part.text : "")).join("");
}

function formulaResult(value: Record<string, unknown>, address: string): ReadCell {
  const result = value.result;
  if (result === undefined || result === null) {
    return {
      value: null,
      note: `Cel ${address} bevat een formule zonder berekende waarde; plak de waarden als getal.`,
    };
  }
  return convert(result, address);
}

function convertObject(value: Record<string, unknown>, address: string): ReadCell {
  if (typeof value.error === "string") return errorNote(value.error, address);
  if ("formula" in value || "sharedFormula" in value) return formulaResult(value, address);
  if ("richText" in value) return text(richText(value.richText), address);
  // A hyperlink's text may itself be rich text.
  if ("hyperlink" in value) return convert(value.text ?? null, address);
  return EMPTY;
}

function convert(value: unknown, address: string): ReadCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return Number.isFinite(value) ? { value } : EMPTY;
  if (typeof value === "string") return text(value, address);
  if (typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: isoDate(value) };
  return isRecord(value) ? convertObject(value, address) : EMPTY;
}

/** The cell as a CellValue; a merged cell counts once, at its top-left cell. */
export function readCell(cell: ExcelJS.Cell): ReadCell {
  if (cell.isMerged && cell.master.address !== cell.address) return EMPTY;
  return convert(cell.value, cell.address);
}
