/**
 * Cells as the programme form's fields would receive them. A spreadsheet
 * number becomes Dutch notation ("7,4", "-1234567"), so the form's Dutch
 * parsers read it exactly as typed; text stays text, so "1.234,5" in a CSV
 * and 1234.5 in a workbook end up the same. Pure.
 */
import { dutchNumber } from "../cell-out";
import type { CellValue } from "../table";

/** What the form would post for a cell: "" for an empty one, as the form posts an empty field. */
export function typedText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return dutchNumber(value);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return value;
}

export interface Columns<R extends string, O extends string> {
  required: Record<R, number>;
  optional: Record<O, number | undefined>;
}

/** The header's index of each column, by name (case and spacing ignored); null when a required one is missing. */
export function findColumns<R extends string, O extends string>(header: string[], required: R[], optional: Record<O, string>): Columns<R, O> | null {
  const index = (name: string) => {
    const i = header.findIndex((h) => same(h, name));
    return i === -1 ? undefined : i;
  };
  const req = Object.fromEntries(required.map((r) => [r, index(r)])) as Record<R, number | undefined>;
  if (Object.values(req).some((i) => i === undefined)) return null;
  const opt = Object.fromEntries(Object.entries(optional).map(([field, name]) => [field, index(name as string)])) as Record<O, number | undefined>;
  if (opt[Object.keys(optional)[0] as O] === undefined) return null; // the own figure's column is what the file is for
  return { required: req as Record<R, number>, optional: opt };
}

/** Header names compare without case and extra spaces: "sleutel " is "Sleutel". */
export const same = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, " ") === b.toLowerCase();
