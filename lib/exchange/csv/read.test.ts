import { describe, expect, it } from "vitest";
import { ExchangeFileError, FILE_LIMITS } from "../table";
import { readCsv } from "./read";

function refusal(bytes: Buffer): string {
  try {
    readCsv(bytes, "Waarden");
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeFileError);
    return (error as ExchangeFileError).message;
  }
  throw new Error("readCsv accepted the file");
}

const utf8 = (text: string) => Buffer.from(text, "utf8");

describe("readCsv", () => {
  it("reads UTF-8 with and without BOM alike, the BOM not in the first header", () => {
    const text = "Code;Naam\r\nP1;Wonen en welzijn\r\n";
    const withBom = readCsv(utf8(`\uFEFF${text}`), "Waarden");
    expect(withBom).toEqual(readCsv(utf8(text), "Waarden"));
    expect(withBom.tables[0]?.header).toEqual(["Code", "Naam"]);
    expect(withBom.warnings).toEqual([]);
  });

  it("reads Windows-1252 as Excel writes it on Dutch Windows, with a warning", () => {
    const bytes = Buffer.from("Code;Naam\r\nP1;Caf\xe9 \x80 1.234,5 \x93ja\x94 \x96 na\xefef\r\n", "latin1");
    const read = readCsv(bytes, "Waarden");
    expect(read.tables[0]?.rows[0]?.cells).toEqual(["P1", "Café € 1.234,5 “ja” – naïef"]);
    expect(read.warnings[0]).toMatch(/gelezen als Windows-1252/);
  });

  it("refuses a file that claims UTF-8 by its BOM but is not", () => {
    expect(refusal(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Code;Naam\r\nP1;Caf\xe9\r\n", "latin1")]))).toMatch(
      /geen geldig UTF-8/,
    );
  });

  it("reads UTF-16 'Unicode-tekst' with tabs", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Code\tNaam\r\nP1\tëë\r\n", "utf16le")]);
    expect(readCsv(bytes, "Waarden").tables[0]?.rows).toEqual([{ line: 2, cells: ["P1", "ëë"] }]);
  });

  it("keeps ';' and line breaks inside quoted fields, numbering rows as records", () => {
    const read = readCsv(utf8('Code;Toelichting\r\nP1;"Een; twee\r\ndrie"\r\n\r\nP2;"Zei ""ja"""\r\n'), "Waarden");
    expect(read.tables[0]?.rows).toEqual([
      { line: 2, cells: ["P1", "Een; twee\r\ndrie"] },
      { line: 4, cells: ["P2", 'Zei "ja"'] },
    ]);
  });

  it("keeps cells as strings: no number is converted, empty is null", () => {
    const read = readCsv(utf8("Code;Waarde;Leeg;Bedrag\nP1;7,4;;1.234.567\n"), "Waarden");
    expect(read.tables[0]?.rows).toEqual([{ line: 2, cells: ["P1", "7,4", null, "1.234.567"] }]);
  });

  it("detects ',' and tab from the header line, but prefers ';' when a header holds a comma", () => {
    expect(readCsv(utf8("Code,Naam\nP1,Wonen\n"), "W").tables[0]?.rows[0]?.cells).toEqual(["P1", "Wonen"]);
    expect(readCsv(utf8("Code\tNaam\nP1\tWonen\n"), "W").tables[0]?.rows[0]?.cells).toEqual(["P1", "Wonen"]);
    expect(readCsv(utf8("Doel, ambitie, wens;Naam\nP1, P2;Wonen\n"), "W").tables[0]?.rows[0]?.cells).toEqual(["P1, P2", "Wonen"]);
  });

  it("drops the empty columns Excel pads at the end, and warns about values without a header", () => {
    const read = readCsv(utf8("Code;Naam;;\r\nP1;Wonen;;\r\nP2;Werk;;extra\r\n"), "Waarden");
    expect(read.tables[0]?.header).toEqual(["Code", "Naam"]);
    expect(read.tables[0]?.rows.map((row) => row.cells)).toEqual([["P1", "Wonen"], ["P2", "Werk"]]);
    expect(read.warnings).toEqual(["Sommige rijen hebben waarden in kolommen zonder kop; die zijn niet gelezen."]);
  });

  it("refuses a cell over the limit as a cell note, not the file", () => {
    const read = readCsv(utf8(`Code;Toelichting\r\nP1;${"x".repeat(1_000_000)}\r\n`), "Waarden");
    expect(read.tables[0]?.rows).toEqual([{ line: 2, cells: ["P1", null] }]);
    expect(read.tables[0]?.notes).toEqual([
      { line: 2, column: 1, message: "Rij 2, kolom 2 bevat 1.000.000 tekens; er passen hoogstens 10.000 in een cel." },
    ]);
  });

  it("refuses more rows than the limit", () => {
    const text = `Code\r\n${"P\r\n".repeat(FILE_LIMITS.maxRows + 1)}`;
    expect(refusal(utf8(text))).toBe("Het bestand bevat meer dan 60.000 rijen met gegevens; splits het in kleinere bestanden.");
    expect(readCsv(utf8(`Code\r\n${"P\r\n".repeat(FILE_LIMITS.maxRows)}`), "W").tables[0]?.rows).toHaveLength(FILE_LIMITS.maxRows);
  });

  it("refuses more columns than a template has", () => {
    const header = Array.from({ length: 250 }, (_, i) => `K${i}`).join(";");
    expect(refusal(utf8(`${header}\r\n`))).toBe("Het bestand heeft 250 kolommen; een sjabloon heeft er hoogstens 200.");
  });

  it("refuses an unterminated quote instead of swallowing the rest of the file", () => {
    expect(refusal(utf8('Code;Naam\r\nP1;"Wonen\r\nP2;Werk\r\n'))).toMatch(/aanhalingsteken/);
  });

  it("refuses what is no CSV: an image, a workbook, an empty file, an oversized upload", () => {
    expect(refusal(Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.alloc(64)]))).toMatch(/geen CSV-bestand/);
    expect(refusal(Buffer.from("504b0304140000000800", "hex"))).toMatch(/Excel-werkmap \(\.xlsx\)/);
    expect(refusal(Buffer.alloc(0))).toMatch(/leeg/);
    expect(refusal(Buffer.alloc(FILE_LIMITS.maxUploadBytes + 1, 0x41))).toMatch(/groter dan 15 MB/);
  });
});
