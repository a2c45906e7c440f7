/**
 * Reads a CSV as Excel writes it on a Dutch machine (decision 012): `;`
 * separated (a `,` or tab header is recognised too), UTF-8 with or without
 * BOM — or Windows-1252, which "CSV (gescheiden door lijstscheidingsteken)"
 * still writes — quoted fields with separators and line breaks inside. Cells
 * stay text: "1.234,5" is read by the form's Dutch parsers later, never here.
 * No Next.js or Prisma imports: this runs in the upload's child process.
 */
import Papa from "papaparse";
import { formatInteger } from "@/lib/format/number";
import { ExchangeFileError, FILE_LIMITS, type CellNote, type ReadFile, type TableRow } from "../table";

function decode(input: Buffer): { text: string; warning: string | null } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(input).replace(/^\uFEFF/, ""), warning: null };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(input), warning: "Het bestand is niet in UTF-8 opgeslagen; het is gelezen als Windows-tekst (ANSI). Controleer letters als ë en é in het voorbeeld." };
  }
}

function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ";";
}

export function readCsv(input: Buffer, name: string): ReadFile {
  if (input.byteLength > FILE_LIMITS.maxUploadBytes) throw new ExchangeFileError(`Het bestand is groter dan ${formatInteger(FILE_LIMITS.maxUploadBytes / 1024 / 1024)} MB.`);
  const { text, warning } = decode(input);
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: "greedy", preview: FILE_LIMITS.maxRows + 2 });
  const [header = [], ...data] = parsed.data;
  if (header.length > FILE_LIMITS.maxColumns) throw new ExchangeFileError(`Het bestand heeft ${formatInteger(header.length)} kolommen; een sjabloon heeft er hoogstens ${FILE_LIMITS.maxColumns}.`);
  if (data.length > FILE_LIMITS.maxRows) throw new ExchangeFileError(`Het bestand heeft meer dan ${formatInteger(FILE_LIMITS.maxRows)} rijen. Splits het, bijvoorbeeld per programma.`);
  const notes: CellNote[] = [];
  const rows: TableRow[] = data.map((cells, i) => ({
    line: i + 2,
    cells: cells.slice(0, FILE_LIMITS.maxColumns).map((cell, column) => {
      if (cell.length <= FILE_LIMITS.maxCellChars) return cell === "" ? null : cell;
      notes.push({ line: i + 2, column, message: `Een cel in kolom ${column + 1} is te lang (${formatInteger(cell.length)} tekens; hoogstens ${formatInteger(FILE_LIMITS.maxCellChars)}).` });
      return null;
    }),
  }));
  return { tables: [{ name, header: header.map((h) => h.trim()), rows, notes }], warnings: warning ? [warning] : [] };
}
