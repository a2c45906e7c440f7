/**
 * An uploaded .xlsx to tables: one per visible worksheet, row 1 its header.
 * The zip is checked and re-packed by zip-guard before exceljs parses it.
 * Runs in the upload worker (plain Node) and in vitest: no Next, no Prisma.
 */
import ExcelJS from "exceljs";
import { formatInteger } from "../../format/number";
import { ExchangeFileError, FILE_LIMITS, type CellNote, type ReadFile, type Table, type TableRow } from "../table";
import { readCell } from "./cell";
import { AUXILIARY_SHEETS } from "./sheet-names";
import { inspectZip } from "./zip-guard";

export interface ReadWorkbookOptions {
  /** Rows handled so far and in all, about every PROGRESS_STEP rows and once at the end. */
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_STEP = 500;

class Progress {
  private done = 0;
  private dataRows = 0;
  constructor(
    readonly total: number,
    private readonly report?: (done: number, total: number) => void,
  ) {}

  row(): void {
    this.done += 1;
    if (this.done % PROGRESS_STEP === 0) this.report?.(this.done, this.total);
  }

  /** maxRows is checked as rows are taken, so a huge sheet stops early. */
  dataRow(): void {
    this.dataRows += 1;
    if (this.dataRows > FILE_LIMITS.maxRows) {
      throw new ExchangeFileError(
        `Het bestand bevat meer dan ${formatInteger(FILE_LIMITS.maxRows)} rijen met gegevens; splits het in kleinere bestanden.`,
      );
    }
  }

  finish(): void {
    this.report?.(this.total, this.total);
  }
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const checked = await inspectZip(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ExcelJS.Buffer);
  } catch {
    throw new ExchangeFileError(
      "Het bestand is beschadigd of geen geldige Excel-werkmap (.xlsx). Open het in Excel, sla het opnieuw op als 'Excel-werkmap (*.xlsx)' en upload het nog eens.",
    );
  }
  return workbook;
}

/** The highest column holding a value, over the whole sheet (styled empty cells do not count). */
function lastUsedColumn(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, column) => {
      const read = readCell(cell);
      // A note (an error value, a formula without result) marks a cell the user filled.
      if (read.value !== null || read.note) last = Math.max(last, column);
    });
  });
  return last;
}

function readHeader(sheet: ExcelJS.Worksheet, width: number): string[] {
  const row = sheet.getRow(1);
  const header: string[] = [];
  for (let column = 1; column <= width; column += 1) {
    const value = readCell(row.getCell(column)).value;
    header.push(value === null ? "" : String(value).trim());
  }
  // Excel often carries empty columns after the last heading (formatting, a deleted column).
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  return header;
}

interface SheetRead {
  table: Table;
  /** The first cell with a value right of the header, if any: its value is not read. */
  outside: string | null;
}

function readRows(sheet: ExcelJS.Worksheet, width: number, progress: Progress): SheetRead {
  const rows: TableRow[] = [];
  const notes: CellNote[] = [];
  let outside: string | null = null;
  sheet.eachRow((row, line) => {
    progress.row();
    if (line === 1) return;
    let noted = false;
    const cells = Array.from({ length: width }, (_, index) => {
      const cell = readCell(row.getCell(index + 1));
      if (cell.note) notes.push({ line, column: index, message: cell.note });
      noted ||= cell.note !== undefined;
      return cell.value;
    });
    row.eachCell((cell, column) => {
      if (column > width && outside === null && readCell(cell).value !== null) outside = cell.address;
    });
    // A row whose only content is a refused cell stays, so its note reaches the user.
    if (!noted && cells.every((value) => value === null)) return;
    progress.dataRow();
    rows.push({ line, cells });
  });
  return { table: { name: sheet.name, header: [], rows, notes }, outside };
}

function readSheet(sheet: ExcelJS.Worksheet, progress: Progress, warnings: string[]): Table | null {
  const used = lastUsedColumn(sheet);
  if (used === 0) return null;
  if (used > FILE_LIMITS.maxColumns) {
    throw new ExchangeFileError(
      `Het blad '${sheet.name}' heeft ${formatInteger(used)} kolommen; een sjabloon heeft er hoogstens ${formatInteger(FILE_LIMITS.maxColumns)}. Verwijder de overbodige kolommen.`,
    );
  }
  const header = readHeader(sheet, used);
  if (header.length === 0) {
    warnings.push(`Het blad '${sheet.name}' heeft geen kopregel in rij 1 en is niet gelezen.`);
    return null;
  }
  const { table, outside } = readRows(sheet, header.length, progress);
  if (outside !== null) {
    warnings.push(`Het blad '${sheet.name}' heeft waarden in kolommen zonder kop (zoals cel ${outside}); die zijn niet gelezen.`);
  }
  return { ...table, header };
}

/**
 * The visible worksheets of an .xlsx as tables. Hidden and very hidden
 * sheets are skipped with a warning (a user cannot see what they would
 * import); sheets without any value, and the "Over dit bestand" and
 * "Keuzelijsten" sheets of our own export, are left out. Throws ExchangeFileError
 * (Dutch) when the file as a whole cannot be read.
 */
export async function readWorkbook(buffer: Buffer, options: ReadWorkbookOptions = {}): Promise<ReadFile> {
  const workbook = await load(buffer);
  const warnings: string[] = [];
  const visible = workbook.worksheets.filter((sheet) => {
    if (AUXILIARY_SHEETS.has(sheet.name)) return false;
    if (sheet.state === "visible") return true;
    warnings.push(`Het verborgen blad '${sheet.name}' is niet gelezen; maak het zichtbaar als het gegevens bevat.`);
    return false;
  });
  const total = visible.reduce((sum, sheet) => sum + sheet.rowCount, 0);
  const progress = new Progress(total, options.onProgress);
  const tables: Table[] = [];
  for (const sheet of visible) {
    const table = readSheet(sheet, progress, warnings);
    if (table) tables.push(table);
  }
  progress.finish();
  return { tables, warnings };
}
