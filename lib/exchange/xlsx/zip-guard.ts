/**
 * Bounds an .xlsx before any parser inflates it (decision 012). An .xlsx is a
 * zip, and a zip can claim small sizes and inflate to gigabytes. So: read the
 * central directory with yauzl (entry count, declared sizes, encryption), then
 * inflate every entry once through yauzl's streams, counting real bytes
 * against the same limits — `validateEntrySizes` makes a lying header an
 * error the moment the real size passes the declared one. Only a file that
 * passes is handed to exceljs, which then inflates exactly what was counted.
 */
import yauzl from "yauzl";
import { formatInteger } from "@/lib/format/number";
import { ExchangeFileError, FILE_LIMITS } from "../table";

const NOT_XLSX = "Dit is geen Excel-werkmap (.xlsx). Sla het bestand in Excel op als 'Excel-werkmap' en probeer het opnieuw.";
const TOO_BIG = `Het bestand pakt uit tot meer dan ${formatInteger(FILE_LIMITS.maxUncompressedBytes / 1024 / 1024)} MB en wordt daarom niet gelezen.`;

function open(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error || !zip ? reject(new ExchangeFileError(NOT_XLSX)) : resolve(zip))),
  );
}

function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { left: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new ExchangeFileError(NOT_XLSX));
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        budget.left -= chunk.length;
        if (size > FILE_LIMITS.maxEntryBytes || budget.left < 0) {
          stream.destroy();
          reject(new ExchangeFileError(TOO_BIG));
        }
      });
      stream.on("error", () => reject(new ExchangeFileError(TOO_BIG)));
      stream.on("end", () => resolve());
    });
  });
}

export async function inspectZip(buffer: Buffer): Promise<void> {
  const zip = await open(buffer);
  if (zip.entryCount > FILE_LIMITS.maxZipEntries) {
    zip.close();
    throw new ExchangeFileError(`Het bestand bevat ${formatInteger(zip.entryCount)} onderdelen; een Excel-werkmap heeft er hoogstens ${formatInteger(FILE_LIMITS.maxZipEntries)}.`);
  }
  const names = new Set<string>();
  const budget = { left: FILE_LIMITS.maxUncompressedBytes };
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      names.add(entry.fileName);
      if ((entry.generalPurposeBitFlag & 0x1) !== 0) return reject(new ExchangeFileError("Het bestand is met een wachtwoord beveiligd. Sla het op zonder wachtwoord en probeer het opnieuw."));
      if (entry.uncompressedSize > FILE_LIMITS.maxEntryBytes || entry.uncompressedSize > budget.left) return reject(new ExchangeFileError(TOO_BIG));
      inflate(zip, entry, budget).then(() => zip.readEntry(), reject);
    });
    zip.on("end", () => resolve());
    zip.on("error", () => reject(new ExchangeFileError(NOT_XLSX)));
    zip.readEntry();
  }).finally(() => zip.close());
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) throw new ExchangeFileError(NOT_XLSX);
}
