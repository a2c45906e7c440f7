/**
 * Writes tables as an .xlsx (decision 012): an "Over dit bestand" sheet, then
 * a sheet per table with a frozen header whose notes say what goes in, real
 * numbers with number formats, drop-downs and number validation with Dutch
 * messages, and the reference columns locked. The protection has no password:
 * it guards against an accidental edit of an identifier, not against a person
 * who wants to — the import checks every identifier anyway. Every text is a
 * string cell, never a formula, whatever it starts with.
 */
import ExcelJS from "exceljs";
import type { ColumnSpec, TableData } from "../table";

/** Rows below the data that still get validation, for lines a user adds. */
const SPARE_ROWS = 500;

function numberFormat(c: ColumnSpec): string | undefined {
  if (c.type === "integer") return "#,##0";
  if (c.type === "decimal") return c.decimals ? `0.${"0".repeat(c.decimals)}` : "0.####";
  return undefined;
}

function validation(c: ColumnSpec): ExcelJS.DataValidation | undefined {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const, errorTitle: "Ongeldige waarde" };
  if (c.type === "integer") return { ...base, type: "whole", operator: "between", formulae: [-1e15, 1e15], error: "Vul een heel getal in (hele euro's, zonder punt of komma)." };
  if (c.type === "decimal") return { ...base, type: "decimal", operator: "between", formulae: [-1e12, 1e12], error: "Vul een getal in." };
  if (c.type === "boolean") return { ...base, type: "list", formulae: ['"ja,nee"'], error: "Kies ja of nee." };
  if (c.type === "list" && c.list && c.list.join(",").length < 250) return { ...base, type: "list", formulae: [`"${c.list.join(",")}"`], error: "Kies een waarde uit de lijst." };
  return undefined;
}

function addTable(workbook: ExcelJS.Workbook, { spec, rows }: TableData) {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ header: c.header, width: c.width ?? 16, style: { numFmt: numberFormat(c) } }));
  sheet.getRow(1).font = { bold: true };
  spec.columns.forEach((c, i) => {
    if (c.note) sheet.getCell(1, i + 1).note = c.note;
  });
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? null : v)));
  const last = rows.length + 1 + SPARE_ROWS;
  spec.columns.forEach((c, i) => {
    const rule = validation(c);
    for (let r = 2; r <= last; r++) {
      const cell = sheet.getCell(r, i + 1);
      if (rule) cell.dataValidation = rule;
      if (!c.locked) cell.protection = { locked: false };
    }
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  return sheet;
}

export async function writeWorkbook(input: { tables: TableData[]; about: { title: string; lines: [string, string][] } }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Programmamonitor";
  const about = workbook.addWorksheet("Over dit bestand");
  about.columns = [{ width: 18 }, { width: 90 }];
  about.addRow([input.about.title]).font = { bold: true, size: 14 };
  for (const [key, value] of input.about.lines) about.addRow([key, value]);
  await about.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  for (const table of input.tables) {
    const sheet = addTable(workbook, table);
    await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, autoFilter: true, sort: true, insertRows: true });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
