import { describe, expect, it } from "vitest";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { figureTables } from "../layout/figures";
import { readWorkbook } from "./read";
import { writeWorkbook } from "./write";

const about = { title: "Test", lines: [["Gemeente", "Ede"]] as [string, string][] };
const [indicators, lines] = figureTables(
  "REALISATIE",
  [{ key: "bbv:banen", programme: "1", goal: null, name: "=HYPERLINK(\"http://x\")", unit: "Aantal", dimension: "", year: 2025, target: "0.1", value: "7.4", periodLabel: null, explanation: "+31 6" }],
  [{ key: "programma-1/lasten/wegen", programme: "1", category: "EXPENSES", functionCode: "2.1", label: "Wegen", budget: "1234567", amount: null, explanation: null }],
);

/** A minimal zip with one stored or deflated entry, for hostile files. */
function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = zlib.deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(zlib.crc32 ? zlib.crc32(e.data) : 0, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(e.declaredSize ?? e.data.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(zlib.crc32 ? zlib.crc32(e.data) : 0, 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(e.declaredSize ?? e.data.length, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10); end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe("the .xlsx template", () => {
  it("round-trips every value with its type: numbers as numbers, formula-looking text as text", async () => {
    const file = await writeWorkbook({ tables: [indicators, lines], about });
    const read = await readWorkbook(file);
    expect(read.tables.map((t) => t.name)).toEqual(["Over dit bestand", "Indicatoren", "Begrotingsposten"]);
    expect(read.tables[1]!.rows[0]!.cells).toEqual(indicators.rows[0]);
    expect(read.tables[2]!.rows[0]!.cells).toEqual(lines.rows[0]);
  });

  it("writes number formats, validation, protection, and no formula anywhere", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeWorkbook({ tables: [indicators, lines], about })) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Begrotingsposten")!;
    expect(sheet.getCell("F2").numFmt).toBe("#,##0");
    expect(sheet.getCell("G2").dataValidation).toMatchObject({ type: "whole" });
    expect(sheet.getCell("G2").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("A2").protection?.locked).not.toBe(false);
    expect(workbook.getWorksheet("Indicatoren")!.getCell("D2").type).toBe(ExcelJS.ValueType.String);
  });

  it("skips a hidden sheet, saying so, and gives a formula's result or a note", async () => {
    const workbook = new ExcelJS.Workbook();
    const visible = workbook.addWorksheet("Begrotingsposten");
    visible.addRow(["Sleutel", "Realisatie"]);
    visible.addRow(["a", { formula: "1+1", result: 2 }]);
    visible.addRow(["b", { formula: "1+1" }]);
    const hidden = workbook.addWorksheet("Geheim", { state: "hidden" });
    hidden.addRow(["Sleutel", "Realisatie"]);
    hidden.addRow(["c", 5]);
    const read = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.tables.map((t) => t.name)).toEqual(["Begrotingsposten"]);
    expect(read.warnings).toEqual(["Het verborgen blad 'Geheim' is overgeslagen."]);
    expect(read.tables[0]!.rows.map((r) => r.cells)).toEqual([["a", 2], ["b", null]]);
    expect(read.tables[0]!.notes[0]!.message).toMatch(/formule zonder berekende waarde/);
  });

  it("refuses what is no workbook, a zip bomb, and a zip that lies about its size — before inflating it", async () => {
    await expect(readWorkbook(Buffer.from("PK\u0003\u0004 geen zip"))).rejects.toThrow(/geen Excel-werkmap/);
    await expect(readWorkbook(zipOf([{ name: "a.txt", data: Buffer.from("x") }]))).rejects.toThrow(/geen Excel-werkmap/);
    const zeros = Buffer.alloc(160 * 1024 * 1024);
    await expect(readWorkbook(zipOf([{ name: "[Content_Types].xml", data: zeros }]))).rejects.toThrow(/pakt uit tot meer dan/);
    const liar = zipOf([{ name: "[Content_Types].xml", data: Buffer.alloc(5 * 1024 * 1024), declaredSize: 100 }, { name: "xl/workbook.xml", data: Buffer.from("<x/>") }]);
    await expect(readWorkbook(liar)).rejects.toThrow();
  }, 30_000);

  it("refuses a sheet with thousands of columns, and notes a 1 MB cell without losing the file", async () => {
    const wide = new ExcelJS.Workbook();
    wide.addWorksheet("Breed").getCell(1, 5000).value = "x";
    await expect(readWorkbook(Buffer.from(await wide.xlsx.writeBuffer()))).rejects.toThrow(/5\.000 kolommen/);
    const long = new ExcelJS.Workbook();
    const sheet = long.addWorksheet("Begrotingsposten");
    sheet.addRow(["Sleutel", "Toelichting"]);
    sheet.addRow(["a", "x".repeat(1024 * 1024)]);
    const read = await readWorkbook(Buffer.from(await long.xlsx.writeBuffer()));
    expect(read.tables[0]!.rows[0]!.cells).toEqual(["a", null]);
    expect(read.tables[0]!.notes[0]!.message).toMatch(/B2 is te lang \(1\.048\.576 tekens/);
  }, 30_000);
});
