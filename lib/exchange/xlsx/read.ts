/**
 * Reads an .xlsx into tables (decision 012), after zip-guard has bounded it.
 * Only visible sheets count: a hidden sheet is skipped, and said so. Numbers
 * stay numbers; a formula gives its calculated result, or — without one — a
 * note on the row; an error value (#DEEL/0!) a note. No Next.js or Prisma
 * imports: this runs in the upload's child process.
 */
import ExcelJS from "exceljs";
import { formatInteger } from "@/lib/format/number";
import { ExchangeFileError, FILE_LIMITS, type CellNote, type CellValue, type ReadFile, type Table } from "../table";
import { inspectZip } from "./zip-guard";

type Raw = ExcelJS.CellValue;

function columnLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** A cell's value, or a note on why it has none. */
function cellValue(raw: Raw, where: string): { value: CellValue; note?: string } {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === "number" || typeof raw === "boolean") return { value: raw };
  if (typeof raw === "string") return raw.length > FILE_LIMITS.maxCellChars ? { value: null, note: `Cel ${where} is te lang (${formatInteger(raw.length)} tekens; hoogstens ${formatInteger(FILE_LIMITS.maxCellChars)}).` } : { value: raw };
  if (raw instanceof Date) return { value: raw.toISOString().slice(0, 10) };
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = (raw as { result?: Raw }).result;
    if (result === undefined || result === null || typeof result === "object") return { value: null, note: `Cel ${where} bevat een formule zonder berekende waarde; plak de waarden als getal.` };
    return cellValue(result, where);
  }
  if ("error" in raw) return { value: null, note: `Cel ${where} bevat een foutwaarde (${String(raw.error)}).` };
  if ("richText" in raw) return cellValue(raw.richText.map((t) => t.text).join(""), where);
  if ("text" in raw) return cellValue(String(raw.text), where);
  return { value: null, note: `Cel ${where} kan niet worden gelezen.` };
}

function readSheet(sheet: ExcelJS.Worksheet, counted: { rows: number }, onProgress?: (done: number, total: number) => void, total = 0): Table {
  if (sheet.columnCount > FILE_LIMITS.maxColumns) {
    throw new ExchangeFileError(`Het blad '${sheet.name}' heeft ${formatInteger(sheet.columnCount)} kolommen; een sjabloon heeft er hoogstens ${FILE_LIMITS.maxColumns}.`);
  }
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col - 1] = String(cellValue(cell.value, `${columnLetter(col)}1`).value ?? "").trim()));
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  const table: Table = { name: sheet.name, header, rows: [], notes: [] };
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    if (++counted.rows > FILE_LIMITS.maxRows) throw new ExchangeFileError(`Het bestand heeft meer dan ${formatInteger(FILE_LIMITS.maxRows)} rijen. Splits het, bijvoorbeeld per programma.`);
    const cells: CellValue[] = [];
    for (let col = 1; col <= header.length; col++) {
      const { value, note } = cellValue(row.getCell(col).value, `${columnLetter(col)}${line}`);
      cells.push(value);
      if (note) table.notes.push({ line, column: col - 1, message: note } satisfies CellNote);
    }
    if (cells.some((c) => c !== null) || table.notes.some((n) => n.line === line)) table.rows.push({ line, cells });
    if (counted.rows % 500 === 0) onProgress?.(counted.rows, total);
  });
  return table;
}

export async function readWorkbook(buffer: Buffer, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<ReadFile> {
  await inspectZip(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new ExchangeFileError("Dit Excel-bestand is beschadigd en kan niet worden gelezen. Open het in Excel, sla het opnieuw op en probeer het nog eens.");
  }
  const warnings: string[] = [];
  const visible = workbook.worksheets.filter((s) => {
    if (s.state === "visible") return true;
    warnings.push(`Het verborgen blad '${s.name}' is overgeslagen.`);
    return false;
  });
  const total = visible.reduce((n, s) => n + Math.max(0, s.actualRowCount - 1), 0);
  const counted = { rows: 0 };
  const tables = visible.map((s) => readSheet(s, counted, options.onProgress, total));
  options.onProgress?.(counted.rows, total);
  return { tables, warnings };
}
