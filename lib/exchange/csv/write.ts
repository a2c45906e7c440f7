/**
 * A table to CSV as Excel on a Dutch machine reads it by double-click: a
 * UTF-8 BOM (without it Excel assumes Windows-1252 and garbles "ë"), ";"
 * between fields and CRLF between records. Numbers in Dutch notation without
 * thousands separators ("1234567", "7,4"), because a "." would be read as a
 * thousands separator and "1.5" would become 15. Formula-like texts get a
 * leading "'" (formula-guard.ts); numbers are never prefixed.
 *
 * Pure and isomorphic.
 */
import { dutchNumber, outputCell, type OutCell } from "../cell-out";
import { neutralise } from "../formula-guard";
import type { TableData } from "../table";

const BOM = "\uFEFF";
const SEPARATOR = ";";
const NEWLINE = "\r\n";
const NEEDS_QUOTES = /[;"\r\n]/;

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function field(cell: OutCell): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "number":
      return dutchNumber(cell.value);
    case "text":
      return quoted(neutralise(cell.value));
  }
}

/** The table as CSV text; encode it as UTF-8 (the BOM is included). */
export function writeCsv(data: TableData): string {
  const { columns } = data.spec;
  const header = columns.map((column) => field({ kind: "text", value: column.header }));
  const records = data.rows.map((row) => columns.map((column, index) => field(outputCell(row[index] ?? null, column))));
  return BOM + [header, ...records].map((fields) => fields.join(SEPARATOR)).join(NEWLINE) + NEWLINE;
}
