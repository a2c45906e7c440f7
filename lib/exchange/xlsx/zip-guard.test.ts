import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ExchangeFileError, FILE_LIMITS } from "../table";
import {
  CONTENT_TYPES,
  deflated,
  deflateGenerated,
  deflateRepeated,
  packZip,
  stored,
  unzipTexts,
  WORKBOOK,
  workbookParts,
} from "./test-zips";
import { inspectZip } from "./zip-guard";

const MB = 1024 * 1024;

async function refusal(buffer: Buffer): Promise<string> {
  const error: unknown = await inspectZip(buffer).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExchangeFileError);
  return (error as ExchangeFileError).message;
}

async function realWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Waarden").addRow(["Code", 7.4]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function memoryInUse(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** The highest memory use seen (sampled every millisecond) while `work` runs, above the use before it. */
async function peakGrowth(work: () => Promise<unknown>): Promise<number> {
  const before = memoryInUse();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, memoryInUse())), 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, memoryInUse()) - before;
}

describe("inspectZip", () => {
  it("passes a real workbook and returns a zip with the same entries and contents", async () => {
    const upload = await realWorkbook();
    const checked = await inspectZip(upload);
    // Directory entries ("xl/") carry nothing and are left out.
    const files = [...(await unzipTexts(upload))].filter(([name]) => !name.endsWith("/"));
    expect(files.length).toBeGreaterThan(5);
    expect([...(await unzipTexts(checked))]).toEqual(files);
  });

  it("hands exceljs only the entries it checked, when the end record hides central records", async () => {
    // The end record counts 2 entries; a third, unchecked (60 MB of zeros declared as 4 kB), follows
    // in the central directory. yauzl reads 2; JSZip, inside exceljs, reads records until their
    // signature stops and would inflate the third whole.
    const zeros = await deflateRepeated(Buffer.alloc(MB), 60);
    const hidden = { name: "xl/worksheets/sheet1.xml", method: 8 as const, crc32: 0, uncompressedSize: 4096, data: zeros };
    const zip = packZip([...workbookParts(), hidden]);
    const end = zip.length - 22;
    zip.writeUInt16LE(2, end + 8);
    zip.writeUInt16LE(2, end + 10);
    const checked = await inspectZip(zip);
    const growth = await peakGrowth(() => new ExcelJS.Workbook().xlsx.load(checked as unknown as ExcelJS.Buffer).catch(() => null));
    expect(growth).toBeLessThan(30 * MB);
  });

  it("refuses a PNG or a text file renamed to .xlsx", async () => {
    const png = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(200, 7)]);
    expect(await refusal(png)).toMatch(/^Dit is geen Excel-bestand \(\.xlsx\)/);
    expect(await refusal(Buffer.from("Code;Naam\r\nP1;Veiligheid\r\n"))).toMatch(/^Dit is geen Excel-bestand/);
  });

  it("names an old .xls or an encrypted Office file for what it is", async () => {
    const compound = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]);
    expect(await refusal(compound)).toMatch(/oud Excel-bestand \(\.xls\)/);
  });

  it("refuses a zip that is not a workbook", async () => {
    const zip = packZip([stored("leesmij.txt", "hallo"), stored("xl/styles.xml", "<styleSheet/>")]);
    expect(await refusal(zip)).toMatch(/geen Excel-werkmap/);
  });

  it("refuses an entry that declares more than the per-entry limit, before inflating it", async () => {
    // 300 MB of zeros, honestly declared: refused on the central directory alone.
    const zeros = await deflateRepeated(Buffer.alloc(MB), 300);
    const bomb = { name: "xl/worksheets/sheet1.xml", method: 8 as const, crc32: 0, uncompressedSize: 300 * MB, data: zeros };
    const zip = packZip([...workbookParts(), bomb]);
    let message = "";
    const growth = await peakGrowth(async () => (message = await refusal(zip)));
    expect(message).toMatch(/groter dan 150 MB \(of één onderdeel groter dan 100 MB\)/);
    expect(growth).toBeLessThan(30 * MB);
  });

  it("refuses a zip bomb whose central directory lies about its size, without inflating it whole", async () => {
    const zeros = await deflateRepeated(Buffer.alloc(MB), 300);
    // Declares 4 kB (a ratio that looks harmless); really inflates to 300 MB.
    const liar = { name: "xl/worksheets/sheet1.xml", method: 8 as const, crc32: 0, uncompressedSize: 4096, data: zeros };
    const zip = packZip([...workbookParts(), liar]);
    let message = "";
    const growth = await peakGrowth(async () => (message = await refusal(zip)));
    expect(message).toMatch(/groter is dan het zelf opgeeft/);
    expect(growth).toBeLessThan(30 * MB);
  });

  it("refuses an absurd compression ratio even under the size limits", async () => {
    const zeros = await deflateRepeated(Buffer.alloc(MB), 5);
    const dense = { name: "xl/sharedStrings.xml", method: 8 as const, crc32: 0, uncompressedSize: 5 * MB, data: zeros };
    expect(await refusal(packZip([...workbookParts(), dense]))).toMatch(/onredelijk groot/);
  });

  it("refuses entries that together declare more than the total limit", async () => {
    // Random bytes: a believable ratio (60 MB from 400 kB is 150:1), three of them 180 MB.
    const noise = Buffer.from(Array.from({ length: 400_000 }, (_, i) => (i * 7919) % 251));
    const parts = [1, 2, 3].map((n) => ({ name: `xl/media/image${n}.png`, method: 8 as const, crc32: 0, uncompressedSize: 60 * MB, data: noise }));
    expect(await refusal(packZip([...workbookParts(), ...parts]))).toMatch(/groter dan 150 MB/);
  });

  it("refuses more entries than a workbook has", async () => {
    const many = Array.from({ length: FILE_LIMITS.maxZipEntries }, (_, i) => stored(`xl/media/x${i}.txt`, "x"));
    expect(await refusal(packZip([...workbookParts(), ...many]))).toMatch(/meer dan 2\.000 onderdelen/);
  });

  it("refuses an encrypted entry", async () => {
    const zip = packZip([deflated(CONTENT_TYPES, Buffer.from("<Types/>")), deflated(WORKBOOK, Buffer.from("<workbook/>"))]);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip[central + 8] = (zip[central + 8] ?? 0) | 1;
    expect(await refusal(zip)).toMatch(/met een wachtwoord versleuteld/);
  });

  it("refuses damaged compressed data as a damaged file, not with a crash", async () => {
    const broken = { name: "xl/styles.xml", method: 8 as const, crc32: 0, uncompressedSize: 100, data: Buffer.alloc(50, 0xff) };
    expect(await refusal(packZip([...workbookParts(), broken]))).toMatch(/^Het bestand is beschadigd/);
  });

  it("counts cells, rows and shared strings exactly, also across chunk borders", async () => {
    // Cells, rows and shared strings in turn; chunk borders fall anywhere in a 20 MB entry.
    const element = (i: number) => [`<c r="A${i}"/>`, `<row r="${i}">`, `<si><t>${i}</t></si>`][i % 3] ?? "";
    const sheetWith = async (count: number) => {
      const xml = await deflateGenerated(count, element);
      const entry = { name: "xl/worksheets/sheet1.xml", method: 8 as const, crc32: 0, uncompressedSize: xml.size, data: xml.data };
      return packZip([...workbookParts(), entry]);
    };
    await expect(inspectZip(await sheetWith(FILE_LIMITS.maxCells))).resolves.toBeInstanceOf(Buffer);
    expect(await refusal(await sheetWith(FILE_LIMITS.maxCells + 1))).toMatch(/meer dan 2\.000\.000 cellen/);
  });

  it("still sees through a stored entry whose sizes disagree", async () => {
    const entry = { ...deflated("xl/styles.xml", Buffer.from("<styleSheet/>")), method: 0 as const, uncompressedSize: 5 };
    expect(await refusal(packZip([...workbookParts(), entry]))).toMatch(/^Het bestand is beschadigd/);
  });
});
