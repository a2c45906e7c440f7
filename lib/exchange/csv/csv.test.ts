import { describe, expect, it } from "vitest";
import { FILE_LIMITS } from "../table";
import { readCsv } from "./read";
import { writeCsv } from "./write";

const spec = { name: "Begrotingsposten", columns: [{ header: "Sleutel", type: "text" as const }, { header: "Bedrag", type: "integer" as const }, { header: "Toelichting", type: "text" as const }] };

describe("CSV as Excel writes it", () => {
  it("round-trips texts with ; quotes and line breaks; numbers come back in Dutch notation", () => {
    const text = writeCsv({ spec, rows: [["a;b", 1234567, 'Zei "ja"\r\nen nee'], ["c", -7.5, null]] });
    expect(text.startsWith("\uFEFFSleutel;Bedrag;Toelichting\r\n")).toBe(true);
    const { tables } = readCsv(Buffer.from(text, "utf8"), "posten");
    expect(tables[0]!.rows).toEqual([
      { line: 2, cells: ["a;b", "1234567", 'Zei "ja"\r\nen nee'] },
      { line: 3, cells: ["c", "-7,5", null] },
    ]);
  });

  it("neutralises text that a spreadsheet would run as a formula, but never a number", () => {
    const text = writeCsv({ spec, rows: [["=HYPERLINK(\"http://x\")", -12, "+31 6"], ["@SUM(A1)", 0, "\t=1"]] });
    const { tables } = readCsv(Buffer.from(text, "utf8"), "posten");
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([
      ["'=HYPERLINK(\"http://x\")", "-12", "'+31 6"],
      ["'@SUM(A1)", "0", "'\t=1"],
    ]);
  });

  it("reads UTF-8 without BOM, and Windows-1252 with a warning", () => {
    expect(readCsv(Buffer.from("Sleutel;Naam\r\nx;Café\r\n", "utf8"), "t").tables[0]!.rows[0]!.cells).toEqual(["x", "Café"]);
    const ansi = Buffer.from([...Buffer.from("Sleutel;Naam\r\nx;Caf", "latin1"), 0xe9, 0x0d, 0x0a]);
    const read = readCsv(ansi, "t");
    expect(read.tables[0]!.rows[0]!.cells).toEqual(["x", "Café"]);
    expect(read.warnings[0]).toMatch(/niet in UTF-8/);
  });

  it("refuses a file with too many rows or columns, and notes an overlong cell without losing the row", () => {
    const many = `Sleutel\r\n${"x\r\n".repeat(FILE_LIMITS.maxRows + 1)}`;
    expect(() => readCsv(Buffer.from(many), "t")).toThrow(/meer dan 60\.000 rijen/);
    expect(() => readCsv(Buffer.from(`${Array.from({ length: 300 }, (_, i) => `k${i}`).join(";")}\r\n`), "t")).toThrow(/300 kolommen/);
    const long = readCsv(Buffer.from(`Sleutel;Toelichting\r\nx;${"a".repeat(1024 * 1024)}\r\n`), "t");
    expect(long.tables[0]!.rows[0]!.cells).toEqual(["x", null]);
    expect(long.tables[0]!.notes[0]!.message).toMatch(/te lang \(1\.048\.576 tekens/);
  });
});
