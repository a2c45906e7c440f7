/**
 * Bounds a workbook upload before exceljs sees it (zip bombs, decision 012).
 *
 * exceljs 4.4.0 `xlsx.load(buffer)` hands the buffer to JSZip, which inflates
 * every entry whole into memory (`entry.async("string")`) and only compares
 * the inflated size with the declared one afterwards. Declared sizes can lie,
 * so checking the central directory alone bounds nothing. Hence, in order:
 *
 * 1. yauzl reads the central directory: entry count, encryption, the declared
 *    sizes (each, in total, and the compression ratio) and the workbook parts.
 * 2. yauzl inflates every entry as a stream that we count and discard, so
 *    memory stays flat. `validateEntrySizes` makes yauzl fail the moment an
 *    entry yields more bytes than it declared, so the real sizes are the
 *    declared sizes we already bounded; our own running total is a second
 *    line. While streaming we also count cells, rows and shared strings in
 *    the XML (FILE_LIMITS.maxCells): exceljs's model, not the XML, is what
 *    grows large (~300 bytes per cell).
 * 3. We return a NEW zip, written by packZip from exactly the entries yauzl
 *    checked (their raw compressed bytes, their verified sizes). JSZip and
 *    yauzl interpret odd zips differently: JSZip reads central records until
 *    the signature stops rather than the declared count, and shifts offsets
 *    when bytes precede the zip. Handing exceljs our own unambiguous zip
 *    means both libraries read one and the same set of entries.
 *
 * Not in this file: XML entity expansion. exceljs parses with saxes, which
 * does not expand DTD entities, so "billion laughs" does not apply.
 */
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { formatInteger } from "../../format/number";
import { ExchangeFileError, FILE_LIMITS } from "../table";
import { packZip, type PackEntry } from "./zip-pack";

const NOT_XLSX =
  "Dit is geen Excel-bestand (.xlsx). Sla het in Excel op als 'Excel-werkmap (*.xlsx)' en upload het opnieuw.";
const LEGACY =
  "Dit is een oud Excel-bestand (.xls) of een met een wachtwoord versleuteld bestand. Sla het op als 'Excel-werkmap (*.xlsx)' zonder wachtwoord en upload het opnieuw.";
const NOT_WORKBOOK =
  "Dit zip-bestand is geen Excel-werkmap (.xlsx): de onderdelen van een werkmap ontbreken. Upload het sjabloon als .xlsx.";
const CORRUPT =
  "Het bestand is beschadigd of geen geldige Excel-werkmap (.xlsx). Open het in Excel, sla het opnieuw op als 'Excel-werkmap (*.xlsx)' en upload het nog eens.";
const ENCRYPTED = "Het bestand is met een wachtwoord versleuteld. Sla het op zonder wachtwoord en upload het opnieuw.";
const BOMB = "Het bestand bevat een onderdeel dat uitgepakt onredelijk groot wordt; het wordt niet gelezen.";
const LYING =
  "Het bestand bevat een onderdeel dat uitgepakt groter is dan het zelf opgeeft; het wordt niet gelezen.";

/** An entry over this size must not be inflated more than MAX_RATIO times (real sheets stay far below). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const MAX_RATIO = 200;
/** The first bytes of an OLE compound file: .xls, and every password-encrypted Office file. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Elements that exceljs turns into objects, one per cell, row or shared string. */
const DATA_ELEMENT = /<(?:c|row|si)[\s/>]/g;

function megabytes(bytes: number): string {
  return `${formatInteger(Math.round(bytes / (1024 * 1024)))} MB`;
}

function tooLarge(): ExchangeFileError {
  return new ExchangeFileError(
    `Het bestand is uitgepakt groter dan ${megabytes(FILE_LIMITS.maxUncompressedBytes)} (of één onderdeel groter dan ${megabytes(FILE_LIMITS.maxEntryBytes)}); zo groot wordt een ingevuld sjabloon niet.`,
  );
}

async function openZip(buffer: Buffer): Promise<ZipFile> {
  if (buffer.subarray(0, COMPOUND_FILE.length).equals(COMPOUND_FILE)) throw new ExchangeFileError(LEGACY);
  try {
    return await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch {
    throw new ExchangeFileError(NOT_XLSX);
  }
}

function checkDeclared(entry: Entry): void {
  if (entry.isEncrypted()) throw new ExchangeFileError(ENCRYPTED);
  if (entry.uncompressedSize > FILE_LIMITS.maxEntryBytes) throw tooLarge();
  const ratioAbsurd = entry.uncompressedSize > MAX_RATIO * entry.compressedSize;
  if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratioAbsurd) throw new ExchangeFileError(BOMB);
}

/** Step 1: the central directory, before a single byte is inflated. */
async function listEntries(zip: ZipFile): Promise<Entry[]> {
  const tooMany = () =>
    new ExchangeFileError(
      `Het bestand bestaat uit meer dan ${formatInteger(FILE_LIMITS.maxZipEntries)} onderdelen; zo is een Excel-werkmap van een sjabloon niet opgebouwd.`,
    );
  if (zip.entryCount > FILE_LIMITS.maxZipEntries) throw tooMany();
  const entries: Entry[] = [];
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    checkDeclared(entry);
    declared += entry.uncompressedSize;
    if (declared > FILE_LIMITS.maxUncompressedBytes) throw tooLarge();
    entries.push(entry);
    if (entries.length > FILE_LIMITS.maxZipEntries) throw tooMany();
  }
  const names = new Set(entries.map((entry) => entry.fileName));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) throw new ExchangeFileError(NOT_WORKBOOK);
  return entries;
}

/** Counts DATA_ELEMENT matches across chunk borders, each match once. */
function elementCounter(): (chunk: Buffer) => number {
  let carry = "";
  return (chunk) => {
    // latin1 keeps one character per byte; "<", "c", "r" never occur inside a UTF-8 multi-byte sequence.
    const text = carry + chunk.toString("latin1");
    let count = 0;
    for (const match of text.matchAll(DATA_ELEMENT)) {
      if (match.index + match[0].length > carry.length) count += 1;
    }
    carry = text.slice(-4);
    return count;
  };
}

interface Budget {
  bytes: number;
  elements: number;
}

/** Step 2: inflate and discard, counting. */
async function inflateWithinLimits(zip: ZipFile, entry: Entry, budget: Budget): Promise<void> {
  const stream = await zip.openReadStreamPromise(entry);
  const count = entry.fileName.endsWith(".xml") ? elementCounter() : null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.bytes += chunk.length;
      if (budget.bytes > FILE_LIMITS.maxUncompressedBytes) throw tooLarge();
      budget.elements += count ? count(chunk) : 0;
      if (budget.elements > FILE_LIMITS.maxCells) {
        throw new ExchangeFileError(
          `Het bestand bevat meer dan ${formatInteger(FILE_LIMITS.maxCells)} cellen; een ingevuld sjabloon heeft er veel minder. Verwijder lege opgemaakte rijen en kolommen of splits het bestand.`,
        );
      }
    }
  } finally {
    stream.destroy();
  }
}

/** Step 3's input: the entry's stored bytes, taken from the buffer yauzl just verified. */
async function rawEntry(zip: ZipFile, buffer: Buffer, entry: Entry): Promise<PackEntry> {
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  return {
    name: entry.fileName,
    method: entry.compressionMethod === 0 ? 0 : 8,
    crc32: entry.crc32,
    uncompressedSize: entry.uncompressedSize,
    data: buffer.subarray(fileDataStart, fileDataStart + entry.compressedSize),
  };
}

function asFileError(error: unknown): ExchangeFileError {
  if (error instanceof ExchangeFileError) return error;
  const message = error instanceof Error ? error.message : "";
  if (message.startsWith("too many bytes")) return new ExchangeFileError(LYING);
  // yauzl refuses strong encryption (and traditional encryption on reading) in its own words.
  return new ExchangeFileError(message.includes("encrypt") ? ENCRYPTED : CORRUPT);
}

/**
 * Checks an uploaded .xlsx against FILE_LIMITS and returns the workbook
 * re-packed from exactly the entries checked: give THAT buffer to exceljs,
 * never the upload itself. Throws ExchangeFileError (Dutch) when refused.
 */
export async function inspectZip(buffer: Buffer): Promise<Buffer> {
  const zip = await openZip(buffer);
  try {
    const entries = await listEntries(zip);
    const budget: Budget = { bytes: 0, elements: 0 };
    const packed: PackEntry[] = [];
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      await inflateWithinLimits(zip, entry, budget);
      packed.push(await rawEntry(zip, buffer, entry));
    }
    return packZip(packed);
  } catch (error) {
    throw asFileError(error);
  } finally {
    zip.close();
  }
}
