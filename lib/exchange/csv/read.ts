/**
 * An uploaded CSV to one table. Cells stay strings: "1.234,5" means a number
 * only to the schema that knows the column, so nothing is converted here.
 * Row numbers count records as Excel shows them (a quoted line break does not
 * start a new row), the header being row 1.
 *
 * Pure; runs in the upload worker and in vitest.
 */
import Papa from "papaparse";
import { formatInteger } from "../../format/number";
import { restore } from "../formula-guard";
import { ExchangeFileError, FILE_LIMITS, type CellNote, type CellValue, type ReadFile, type TableRow } from "../table";
import { decodeCsv } from "./decode";

type Delimiter = ";" | "\t" | ",";

/**
 * The separator, read from the header line: ";" whenever it occurs (Excel's
 * list separator on a Dutch machine, and headers may contain commas), else a
 * tab ("Unicode-tekst"), else ",".
 */
function detectDelimiter(text: string): Delimiter {
  let quoted = false;
  const seen = new Set<string>();
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted) seen.add(char);
  }
  if (seen.has(";")) return ";";
  if (seen.has("\t")) return "\t";
  return seen.has(",") ? "," : ";";
}

function parse(text: string, delimiter: Delimiter): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = result.errors.find((error) => error.type === "Quotes");
  if (quoteError) {
    const line = (quoteError.row ?? 0) + 1;
    throw new ExchangeFileError(
      `Rij ${formatInteger(line)} bevat een aanhalingsteken (") dat niet klopt: een veld dat met " begint, moet ook met " eindigen. Controleer die rij.`,
    );
  }
  return result.data;
}

/** Fields up to the last one with content; Excel pads rows with empty fields. */
function usedLength(fields: readonly string[]): number {
  let length = fields.length;
  while (length > 0 && (fields[length - 1] ?? "").trim() === "") length -= 1;
  return length;
}

function checkColumns(records: readonly string[][]): void {
  const widest = records.reduce((max, fields) => Math.max(max, usedLength(fields)), 0);
  if (widest > FILE_LIMITS.maxColumns) {
    throw new ExchangeFileError(
      `Het bestand heeft ${formatInteger(widest)} kolommen; een sjabloon heeft er hoogstens ${formatInteger(FILE_LIMITS.maxColumns)}.`,
    );
  }
}

interface Cell {
  value: CellValue;
  note?: string;
}

function cell(field: string | undefined, line: number, column: number): Cell {
  if (field === undefined || field.trim() === "") return { value: null };
  if (field.length > FILE_LIMITS.maxCellChars) {
    return {
      value: null,
      note: `Rij ${formatInteger(line)}, kolom ${formatInteger(column + 1)} bevat ${formatInteger(field.length)} tekens; er passen hoogstens ${formatInteger(FILE_LIMITS.maxCellChars)} in een cel.`,
    };
  }
  // Our own export prefixes formula-like texts with "'"; reading it back gives the text itself.
  return { value: restore(field) };
}

interface Body {
  rows: TableRow[];
  notes: CellNote[];
  outside: boolean;
}

function readBody(records: readonly string[][], width: number): Body {
  const body: Body = { rows: [], notes: [], outside: false };
  records.forEach((fields, index) => {
    const line = index + 2;
    const cells = Array.from({ length: width }, (_, column) => cell(fields[column], line, column));
    body.outside ||= usedLength(fields) > width;
    const notes = cells.flatMap((c, column) => (c.note ? [{ line, column, message: c.note }] : []));
    if (notes.length === 0 && cells.every((c) => c.value === null)) return;
    if (body.rows.length === FILE_LIMITS.maxRows) {
      throw new ExchangeFileError(
        `Het bestand bevat meer dan ${formatInteger(FILE_LIMITS.maxRows)} rijen met gegevens; splits het in kleinere bestanden.`,
      );
    }
    body.notes.push(...notes);
    body.rows.push({ line, cells: cells.map((c) => c.value) });
  });
  return body;
}

/** A CSV file as one table named `name`. Throws ExchangeFileError (Dutch) when it cannot be read. */
export function readCsv(input: Buffer, name: string): ReadFile {
  if (input.length > FILE_LIMITS.maxUploadBytes) {
    throw new ExchangeFileError(
      `Het bestand is groter dan ${formatInteger(FILE_LIMITS.maxUploadBytes / (1024 * 1024))} MB; splits het in kleinere bestanden.`,
    );
  }
  const { text, warning } = decodeCsv(input);
  const [headerFields = [], ...records] = parse(text, detectDelimiter(text));
  checkColumns([headerFields, ...records]);
  const header = headerFields.slice(0, usedLength(headerFields)).map((field) => field.trim());
  if (header.length === 0) throw new ExchangeFileError("Het bestand is leeg of heeft geen kopregel in de eerste rij.");
  const { rows, notes, outside } = readBody(records, header.length);
  const warnings = warning ? [warning] : [];
  if (outside) warnings.push("Sommige rijen hebben waarden in kolommen zonder kop; die zijn niet gelezen.");
  return { tables: [{ name, header, rows, notes }], warnings };
}
