/**
 * The bytes of an uploaded CSV to text. Excel on Dutch Windows saves "CSV
 * (gescheiden door lijstscheidingsteken)" in Windows-1252, "CSV UTF-8" with
 * a BOM, and "Unicode-tekst" as UTF-16 with a BOM; all three are accepted.
 * Without a BOM we try UTF-8 strictly and fall back to Windows-1252 with a
 * warning: valid UTF-8 is practically never meant as Windows-1252, while a
 * Windows-1252 file with "é" is never valid UTF-8. A file that announces
 * UTF-8 by its BOM but is not valid UTF-8 is damaged, and refused.
 *
 * Pure. Windows-1252 is decoded by hand: Node 20's TextDecoder("windows-1252")
 * decodes as ISO-8859-1 and turns "€" (0x80) into a control character.
 */
import { ExchangeFileError } from "../table";

export interface DecodedText {
  text: string;
  warning: string | null;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const WINDOWS_1252_WARNING =
  "Het bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252 (West-Europees). Controleer letters als é, ë en ï; sla het bestand bij twijfel op als 'CSV UTF-8'.";

/** Windows-1252 bytes 0x80–0x9F (WHATWG); the five unassigned ones keep their C1 code point. */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Every other byte is the code point of the same number, as in ISO-8859-1. */
function windows1252(bytes: Buffer): string {
  return bytes.toString("latin1").replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decode(bytes: Buffer, encoding: string, fatal: boolean): string {
  // ignoreBOM: true keeps a BOM in the text, so we strip exactly the one we recognised and no other.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

function utf8WithBom(bytes: Buffer): string {
  try {
    return decode(bytes.subarray(UTF8_BOM.length), "utf-8", true);
  } catch {
    throw new ExchangeFileError(
      "Het bestand zegt UTF-8 te zijn, maar bevat tekens die geen geldig UTF-8 zijn; het is beschadigd. Sla het opnieuw op als 'CSV UTF-8' en upload het nog eens.",
    );
  }
}

function withoutBom(bytes: Buffer): DecodedText {
  try {
    return { text: decode(bytes, "utf-8", true), warning: null };
  } catch {
    return { text: windows1252(bytes), warning: WINDOWS_1252_WARNING };
  }
}

/** The file's text, without its byte order mark. Throws ExchangeFileError for a file that is no text. */
export function decodeCsv(bytes: Buffer): DecodedText {
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    throw new ExchangeFileError(
      "Dit is geen CSV-bestand maar waarschijnlijk een Excel-werkmap (.xlsx). Upload het als .xlsx, of sla het in Excel op als CSV.",
    );
  }
  let decoded: DecodedText;
  if (startsWith(bytes, UTF8_BOM)) decoded = { text: utf8WithBom(bytes), warning: null };
  else if (startsWith(bytes, UTF16LE_BOM)) decoded = { text: decode(bytes.subarray(2), "utf-16le", false), warning: null };
  else if (startsWith(bytes, UTF16BE_BOM)) decoded = { text: decode(bytes.subarray(2), "utf-16be", false), warning: null };
  else decoded = withoutBom(bytes);
  // NUL never occurs in a text file; it does in every image, PDF or old .xls renamed to .csv.
  if (decoded.text.includes("\u0000")) {
    throw new ExchangeFileError("Dit is geen CSV-bestand (tekst). Sla het in Excel op als 'CSV UTF-8' en upload het opnieuw.");
  }
  return decoded;
}
