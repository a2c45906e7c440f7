/**
 * CSV for spreadsheets as Dutch users have them: `;` between fields (Excel with
 * Dutch settings expects it, because `,` is the decimal mark), a decimal comma,
 * no thousands separators, CRLF line ends, UTF-8 with a byte order mark so
 * Excel reads "Súdwest-Fryslân" correctly.
 *
 * Formula injection (CWE-1236): a spreadsheet runs a cell that starts with
 * = + - @ (or tab / carriage return) as a formula. Text cells starting with one
 * of those get a single quote in front. Number columns are NOT touched — a
 * negative amount such as -19267 must stay a number — but a number column only
 * passes through what is provably a plain number (-?digits[,digits]); anything
 * else in it is treated as text and neutralised too.
 */

export type CsvValue = string | number | bigint | boolean | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  /** "number": rendered as a plain Dutch number and exempt from neutralising when it is one. */
  kind: "text" | "number";
  value: (row: Row) => CsvValue;
}

const SEPARATOR = ";";
const LINE_END = "\r\n";
const BOM = "\uFEFF";

/** Leading characters a spreadsheet may evaluate; the full-width forms are folded to these by some. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+(?:,\d+)?$/;

/** Neutralises a text cell that a spreadsheet would evaluate. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number as a cell: 7.4 -> "7,4", -19267000n -> "-19267000". */
function numberCell(value: string | number | bigint): string {
  const text = typeof value === "string" ? value : value.toString();
  // Canonical decimal strings use "."; the Dutch spreadsheet wants ",".
  return text.replace(".", ",");
}

function render(kind: CsvColumn<unknown>["kind"], value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (kind === "number") {
    const cell = numberCell(value);
    return PLAIN_NUMBER.test(cell) ? cell : neutralise(cell);
  }
  return neutralise(String(value));
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const header = columns.map((c) => quote(neutralise(c.header))).join(SEPARATOR);
  const lines = rows.map((row) => columns.map((c) => quote(render(c.kind, c.value(row)))).join(SEPARATOR));
  return BOM + [header, ...lines].join(LINE_END) + LINE_END;
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

/** The rules above in Dutch, for the OpenAPI description. */
export const CSV_DESCRIPTION =
  "CSV: UTF-8 met byte order mark, scheidingsteken `;`, regeleinde CRLF, kopregel met Nederlandse kolomnamen. " +
  "Getallen zonder duizendtalscheiding met decimaalkomma (7,4; -19267000); bedragen in hele euro's. " +
  "Tegen formule-injectie krijgt een tekstcel die begint met =, +, -, @, tab of CR een enkel aanhalingsteken ervoor ('). " +
  "Getalkolommen bevatten alleen getallen en worden niet aangepast, zodat negatieve bedragen getallen blijven. " +
  "Een CSV-antwoord bevat altijd de hele verzameling: `page` en `pageSize` gelden alleen voor JSON.";
