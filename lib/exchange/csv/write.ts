/**
 * Writes one table as a CSV that a Dutch Excel opens as columns (decision
 * 012): BOM, `;`, CRLF, numbers in Dutch notation without thousands
 * separators, and text that would start a formula neutralised. Pure.
 */
import { neutralise } from "../formula-guard";
import type { CellValue, TableData } from "../table";

function field(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "ja" : "nee";
  const text = neutralise(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(data: TableData): string {
  const lines = [data.spec.columns.map((c) => field(c.header)), ...data.rows.map((r) => r.map(field))];
  return `\uFEFF${lines.map((l) => l.join(";")).join("\r\n")}\r\n`;
}
