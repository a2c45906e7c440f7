import { describe, expect, it } from "vitest";
import type { CellValue, TableData, TableSpec } from "../table";
import { readWorkbook } from "./read";
import { unzipTexts } from "./test-zips";
import { writeWorkbook } from "./write";

const spec: TableSpec = {
  name: "Indicatorwaarden",
  columns: [
    { header: "Code", type: "text", locked: true, note: "Niet wijzigen: hiermee vindt de import de indicator." },
    { header: "Jaar", type: "integer", locked: true },
    { header: "Bedrag", type: "integer", decimals: 0 },
    { header: "Waarde", type: "decimal", decimals: 1, width: 12 },
    { header: "Bereikt", type: "boolean" },
    { header: "Status", type: "list", list: ["Op koers", "Achter", "Bereikt"] },
    { header: "Toelichting", type: "text", width: 60 },
  ],
};

const rows: CellValue[][] = [
  ["IND-1", 2025, 1234567, 7.4, true, "Op koers", "Een tekst; met \"aanhalingstekens\"\nen een nieuwe regel"],
  ["IND-2", 2025, -12, 0.1, false, null, "x".repeat(5000)],
  ["IND-3", 2026, 0, null, null, "Achter", null],
  ["=SOM(A1:A3)", 2026, null, "7.45", null, null, "+31 6 12345678"],
  ["@formule", 2027, 1e15 - 1, -0.25, null, null, "-gevaarlijk"],
];

async function written(tables: TableData[] = [{ spec, rows }]): Promise<{ file: Buffer; texts: Map<string, string> }> {
  const file = await writeWorkbook({ tables, about: { title: "Indicatorwaarden 2025", lines: [["Gemeente", "Zoetermeer"]] } });
  return { file, texts: await unzipTexts(file) };
}

/** The sheet XML of the table (sheet 1 is "Over dit bestand"). */
function tableSheet(texts: Map<string, string>): string {
  return texts.get("xl/worksheets/sheet2.xml") ?? "";
}

/** The cellXfs entries of styles.xml, by index. */
function cellFormats(texts: Map<string, string>): string[] {
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(texts.get("xl/styles.xml") ?? "")?.[1] ?? "";
  return xfs.match(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs) ?? [];
}

/** The cell format of a column's <col> element (exceljs joins alike neighbours: min="5" max="6"). */
function columnFormat(texts: Map<string, string>, column: number): string {
  for (const [, min, max, style] of tableSheet(texts).matchAll(/<col min="(\d+)" max="(\d+)"[^>]*style="(\d+)"/g)) {
    if (Number(min) <= column && column <= Number(max)) return cellFormats(texts)[Number(style)] ?? "";
  }
  return "";
}

describe("writeWorkbook", () => {
  it("round-trips every value and type through readWorkbook", async () => {
    const { file } = await written();
    const read = await readWorkbook(file);
    expect(read.warnings).toEqual([]);
    expect(read.tables).toHaveLength(1);
    const [table] = read.tables;
    expect(table?.header).toEqual(spec.columns.map((column) => column.header));
    expect(table?.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
    expect(table?.rows.map((row) => row.cells)).toEqual([
      // Booleans come back as the words a user types in the drop-down; the schema reads them.
      ["IND-1", 2025, 1234567, 7.4, "ja", "Op koers", "Een tekst; met \"aanhalingstekens\"\nen een nieuwe regel"],
      ["IND-2", 2025, -12, 0.1, "nee", null, "x".repeat(5000)],
      ["IND-3", 2026, 0, null, null, "Achter", null],
      ["=SOM(A1:A3)", 2026, null, 7.45, null, null, "+31 6 12345678"],
      ["@formule", 2027, 1e15 - 1, -0.25, null, null, "-gevaarlijk"],
    ]);
  });

  it("writes formula-like texts as text cells: no formula anywhere in the file", async () => {
    const { texts } = await written();
    for (const [name, xml] of texts) {
      if (name.startsWith("xl/worksheets/")) expect(xml).not.toMatch(/<f[ >]/);
    }
    const sheet = tableSheet(texts);
    expect(sheet).toMatch(/<c r="A5"[^>]* t="s"/);
    expect(texts.get("xl/sharedStrings.xml")).toContain("=SOM(A1:A3)");
  });

  it("writes numbers as numbers, never as text", async () => {
    const sheet = tableSheet((await written()).texts);
    expect(sheet).toMatch(/<c r="C2"[^>]*><v>1234567<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="D2"[^>]*><v>7.4<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="D5"[^>]*><v>7.45<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="C3"[^>]*><v>-12<\/v><\/c>/);
    // No data cell of a number column is a string (row 1 holds the header texts).
    expect(sheet).not.toMatch(/<c r="[B-D](?:[2-9]|\d\d+)"[^>]* t="(s|str|inlineStr)"/);
  });

  it("gives amounts a thousands format, years none, decimals their decimals", async () => {
    const { texts } = await written();
    expect(columnFormat(texts, 3)).toContain('numFmtId="3"'); // built-in #,##0
    expect(columnFormat(texts, 2)).toContain('numFmtId="1"'); // built-in 0: 2025, not 2.025
    const decimalId = /numFmtId="(\d+)"/.exec(columnFormat(texts, 4))?.[1];
    expect(texts.get("xl/styles.xml")).toContain(`<numFmt numFmtId="${decimalId}" formatCode="0.0###"/>`);
  });

  it("adds data validation with Dutch messages for the data rows and 500 more", async () => {
    const sheet = tableSheet((await written()).texts);
    const rule = (column: string) => new RegExp(`<dataValidation [^>]*sqref="${column}2:${column}506"[^>]*>(.*?)</dataValidation>`).exec(sheet)?.[0] ?? "";
    expect(rule("C")).toMatch(/type="whole".*error="Vul een geheel getal in, zonder decimalen\."/);
    expect(rule("D")).toMatch(/type="decimal".*error="Vul een getal in, met een komma voor de decimalen \(bijvoorbeeld 7,4\)\."/);
    expect(rule("E")).toContain("<formula1>&quot;ja,nee&quot;</formula1>");
    expect(rule("F")).toContain("<formula1>&quot;Op koers,Achter,Bereikt&quot;</formula1>");
    expect(rule("G")).toMatch(/type="textLength" operator="lessThanOrEqual"/);
    // Locked columns are not for typing: no validation.
    expect(rule("A")).toBe("");
  });

  it("protects the sheet without a password, with the free columns unlocked", async () => {
    const { texts } = await written();
    const protection = /<sheetProtection [^>]*\/>/.exec(tableSheet(texts))?.[0] ?? "";
    expect(protection).toContain('sheet="1"');
    expect(protection).toMatch(/insertRows="0".*sort="0".*autoFilter="0"/);
    expect(protection).not.toContain("hashValue");
    expect(columnFormat(texts, 1)).not.toContain('locked="0"');
    expect(columnFormat(texts, 2)).not.toContain('locked="0"');
    for (const column of [3, 4, 5, 6, 7]) expect(columnFormat(texts, column)).toContain('<protection locked="0"/>');
  });

  it("freezes a bold header with notes, sets widths and a filter", async () => {
    const { texts } = await written();
    const sheet = tableSheet(texts);
    expect(sheet).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain('<autoFilter ref="A1:G6"/>');
    expect(sheet).toMatch(/<col min="7" max="7" width="60"/);
    expect([...texts.values()].some((xml) => xml.includes("Niet wijzigen: hiermee vindt de import de indicator."))).toBe(true);
  });

  it("puts a list too long for an inline drop-down on a visible, locked Keuzelijsten sheet", async () => {
    const programmes = Array.from({ length: 40 }, (_, i) => `Programma ${i + 1}: Wonen, werken en leven`);
    const long: TableData = { spec: { name: "Doelen", columns: [{ header: "Programma", type: "list", list: programmes }] }, rows: [] };
    const { file, texts } = await written([long]);
    const workbook = texts.get("xl/workbook.xml") ?? "";
    expect(workbook).toMatch(/<sheet [^>]*name="Over dit bestand" state="visible"/);
    expect(workbook).toMatch(/<sheet [^>]*name="Keuzelijsten" state="visible"/);
    expect(workbook).not.toMatch(/state="(hidden|veryHidden)"/);
    expect(tableSheet(texts)).toContain("<formula1>&apos;Keuzelijsten&apos;!$A$2:$A$41</formula1>");
    expect(texts.get("xl/worksheets/sheet3.xml")).toContain('<sheetProtection sheet="1"');
    // Reading our own export back gives the tables only.
    expect((await readWorkbook(file)).tables.map((table) => table.name)).toEqual(["Doelen"]);
  });
});
