/**
 * Tables to an .xlsx a user fills in: an "Over dit bestand" sheet first, one
 * sheet per table (bold frozen header with notes, widths, filter, number
 * formats, validation, locked columns), and a "Keuzelijsten" sheet only when
 * a list is too long for an inline drop-down. No hidden sheets: the reader
 * skips hidden sheets, and a user should see everything the file holds.
 *
 * Sheet protection carries no password. It guards against an accidental edit
 * of an identifier or a reference value; it is no security boundary (anyone
 * can lift it, and the import checks every value regardless).
 *
 * Texts are written as strings, never as formulas: exceljs stores a JS string
 * as a string cell however it starts ("=SOM(A1)" included), which the tests
 * check in the XML. Numbers are written as numbers, never as text.
 */
import ExcelJS from "exceljs";
import { outputCell } from "../cell-out";
import type { ColumnSpec, TableData } from "../table";
import { ABOUT_SHEET_NAME, LISTS_SHEET_NAME } from "./sheet-names";
import { columnValidation, planLists, validationRange, type ListPlan } from "./validation";

export interface WorkbookInput {
  tables: TableData[];
  about: {
    title: string;
    /** Key/value rows: ["Gemeente", "Zoetermeer"], ["Gemaakt op", "31 maart 2025"]. */
    lines: [string, string][];
  };
}

/** Rows below the data that still get validation and unlocked cells, for rows the user adds. */
const SPARE_ROWS = 500;
const DEFAULT_WIDTH = 14;

/** What a protected sheet still lets the user do. */
const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  insertRows: true,
  sort: true,
  autoFilter: true,
};

/**
 * "#,##0" for amounts (integer with decimals 0), "0" for other integers (a
 * year must not read "2.025"), and for decimals at least their decimals while
 * never hiding a stored digit ("0.0###" shows 7.45 as 7,45). Formats are
 * locale-neutral: Excel on a Dutch machine shows "1.234,5".
 */
function numberFormat(column: ColumnSpec): string | undefined {
  if (column.type === "integer") return column.decimals === 0 ? "#,##0" : "0";
  if (column.type !== "decimal") return undefined;
  if (!column.decimals) return "General";
  return `0.${"0".repeat(column.decimals)}###`;
}

function columnStyle(column: ColumnSpec): Partial<ExcelJS.Style> {
  const numFmt = numberFormat(column);
  return { ...(numFmt ? { numFmt } : {}), protection: { locked: column.locked === true } };
}

function writeHeader(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[]): void {
  const row = sheet.getRow(1);
  columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    cell.value = column.header;
    // The header names the column for the import: always locked, whatever the column is.
    cell.style = { font: { bold: true }, protection: { locked: true }, alignment: { wrapText: true, vertical: "top" } };
    if (column.note) cell.note = column.note;
  });
}

function writeRows(sheet: ExcelJS.Worksheet, data: TableData): void {
  data.rows.forEach((values, rowIndex) => {
    const row = sheet.getRow(rowIndex + 2);
    data.spec.columns.forEach((column, index) => {
      const out = outputCell(values[index] ?? null, column);
      if (out.kind !== "empty") row.getCell(index + 1).value = out.value;
    });
  });
}

function addValidation(sheet: ExcelJS.Worksheet, data: TableData, lists: ListPlan): void {
  // exceljs 4.4 types omit worksheet.dataValidations; a range key is written as one <dataValidation sqref>.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
  data.spec.columns.forEach((column, index) => {
    const rule = columnValidation(column, lists.formulaFor(data.spec.name, column.header));
    if (rule) validations.add(validationRange(index, data.rows.length, SPARE_ROWS), rule);
  });
}

async function addTableSheet(workbook: ExcelJS.Workbook, data: TableData, lists: ListPlan): Promise<void> {
  const { columns } = data.spec;
  const sheet = workbook.addWorksheet(data.spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  // Column styles reach the cells the user types in later, also below the rows written here.
  sheet.columns = columns.map((column) => ({
    width: column.width ?? Math.max(DEFAULT_WIDTH, column.header.length + 2),
    style: columnStyle(column),
  }));
  writeHeader(sheet, columns);
  writeRows(sheet, data);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, data.rows.length + 1), column: columns.length } };
  addValidation(sheet, data, lists);
  await sheet.protect("", ALLOWED);
}

async function addAboutSheet(workbook: ExcelJS.Workbook, about: WorkbookInput["about"]): Promise<void> {
  const sheet = workbook.addWorksheet(ABOUT_SHEET_NAME);
  sheet.columns = [{ width: 28 }, { width: 80 }];
  const title = sheet.getRow(1).getCell(1);
  title.value = about.title;
  title.font = { bold: true, size: 14 };
  about.lines.forEach(([key, value], index) => {
    const row = sheet.getRow(index + 3);
    row.getCell(1).value = key;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  });
  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

async function addListsSheet(workbook: ExcelJS.Workbook, lists: ListPlan): Promise<void> {
  if (lists.sheetColumns.length === 0) return;
  const sheet = workbook.addWorksheet(LISTS_SHEET_NAME);
  sheet.columns = lists.sheetColumns.map((list) => ({ width: Math.max(DEFAULT_WIDTH, list.header.length + 2) }));
  lists.sheetColumns.forEach((list, index) => {
    const header = sheet.getRow(1).getCell(index + 1);
    header.value = list.header;
    header.font = { bold: true };
    list.values.forEach((value, row) => {
      sheet.getRow(row + 2).getCell(index + 1).value = value;
    });
  });
  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

/** The workbook as an .xlsx buffer. */
export async function writeWorkbook(input: WorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Programmamonitor";
  const lists = planLists(input.tables);
  await addAboutSheet(workbook, input.about);
  for (const table of input.tables) await addTableSheet(workbook, table, lists);
  await addListsSheet(workbook, lists);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
