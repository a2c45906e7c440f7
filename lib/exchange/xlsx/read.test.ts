import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ExchangeFileError, FILE_LIMITS } from "../table";
import { readWorkbook } from "./read";

type Build = (workbook: ExcelJS.Workbook) => void;

async function xlsx(build: Build): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(buffer: Buffer): Promise<string> {
  const error: unknown = await readWorkbook(buffer).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExchangeFileError);
  return (error as ExchangeFileError).message;
}

function sheet(build: (worksheet: ExcelJS.Worksheet) => void, name = "Waarden"): Build {
  return (workbook) => build(workbook.addWorksheet(name));
}

describe("readWorkbook", () => {
  it("reads header and rows with their row numbers, keeping each cell's type", async () => {
    const file = await xlsx(
      sheet((ws) => {
        ws.addRow([" Code ", "Waarde", "Actief", "Peildatum", "Toelichting"]);
        ws.addRow(["P1", 7.4, true, new Date(Date.UTC(2025, 2, 31)), "  met spaties  "]);
        ws.addRow([]);
        ws.addRow(["P2", 1234567, false, null, { richText: [{ text: "Zoeter" }, { text: "meer", font: { bold: true } }] }]);
        ws.addRow(["P3", 0.1, null, new Date(Date.UTC(2025, 2, 31, 14, 30)), { text: "Website", hyperlink: "https://example.org" }]);
      }),
    );
    const { tables, warnings } = await readWorkbook(file);
    expect(warnings).toEqual([]);
    expect(tables).toEqual([
      {
        name: "Waarden",
        header: ["Code", "Waarde", "Actief", "Peildatum", "Toelichting"],
        rows: [
          { line: 2, cells: ["P1", 7.4, true, "2025-03-31", "  met spaties  "] },
          { line: 4, cells: ["P2", 1234567, false, null, "Zoetermeer"] },
          { line: 5, cells: ["P3", 0.1, null, "2025-03-31T14:30:00", "Website"] },
        ],
        notes: [],
      },
    ]);
  });

  it("takes a formula's cached result, and notes a formula without one", async () => {
    const file = await xlsx(
      sheet((ws) => {
        ws.addRow(["Code", "Basis", "Berekend"]);
        ws.addRow(["P1", 7, { formula: "B2*2", result: 14 }]);
        ws.addRow(["P2", 8, { formula: "B3*2" }]);
        ws.addRow(["P3", 9, { formula: "B4/0", result: { error: "#DIV/0!" } }]);
      }),
    );
    const [table] = (await readWorkbook(file)).tables;
    expect(table?.rows).toEqual([
      { line: 2, cells: ["P1", 7, 14] },
      { line: 3, cells: ["P2", 8, null] },
      { line: 4, cells: ["P3", 9, null] },
    ]);
    expect(table?.notes).toEqual([
      { line: 3, column: 2, message: "Cel C3 bevat een formule zonder berekende waarde; plak de waarden als getal." },
      { line: 4, column: 2, message: "Cel C4 bevat de foutwaarde #DIV/0!; vul een geldige waarde in." },
    ]);
  });

  it("skips hidden and very hidden sheets with a warning, and returns none of their data", async () => {
    const file = await xlsx((workbook) => {
      workbook.addWorksheet("Waarden").addRows([["Code"], ["P1"]]);
      workbook.addWorksheet("Geheim", { state: "hidden" }).addRows([["Code"], ["GEHEIM-1"]]);
      workbook.addWorksheet("Nog geheimer", { state: "veryHidden" }).addRows([["Code"], ["GEHEIM-2"]]);
    });
    const read = await readWorkbook(file);
    expect(read.tables.map((table) => table.name)).toEqual(["Waarden"]);
    expect(JSON.stringify(read.tables)).not.toContain("GEHEIM");
    expect(read.warnings).toEqual([
      "Het verborgen blad 'Geheim' is niet gelezen; maak het zichtbaar als het gegevens bevat.",
      "Het verborgen blad 'Nog geheimer' is niet gelezen; maak het zichtbaar als het gegevens bevat.",
    ]);
  });

  it("refuses a cell of a megabyte as a cell, not the file", async () => {
    const file = await xlsx(sheet((ws) => ws.addRows([["Code", "Toelichting"], ["P1", "x".repeat(1_000_000)]])));
    const [table] = (await readWorkbook(file)).tables;
    expect(table?.rows).toEqual([{ line: 2, cells: ["P1", null] }]);
    expect(table?.notes).toEqual([
      { line: 2, column: 1, message: "Cel B2 bevat 1.000.000 tekens; er passen hoogstens 10.000 in een cel." },
    ]);
  });

  it("refuses a sheet with thousands of columns", async () => {
    const file = await xlsx(sheet((ws) => ws.addRow(Array.from({ length: 3000 }, (_, i) => `Kolom ${i + 1}`))));
    expect(await refusal(file)).toBe(
      "Het blad 'Waarden' heeft 3.000 kolommen; een sjabloon heeft er hoogstens 200. Verwijder de overbodige kolommen.",
    );
  });

  it("drops empty header columns at the end, and warns about values beyond the header", async () => {
    const file = await xlsx(
      sheet((ws) => {
        ws.addRow(["Code", "Naam", "", "  "]);
        ws.addRow(["P1", "Veiligheid"]);
        ws.getCell("E3").value = "kanttekening";
        ws.getCell("A3").value = "P2";
      }),
    );
    const read = await readWorkbook(file);
    expect(read.tables[0]?.header).toEqual(["Code", "Naam"]);
    expect(read.tables[0]?.rows).toEqual([
      { line: 2, cells: ["P1", "Veiligheid"] },
      { line: 3, cells: ["P2", null] },
    ]);
    expect(read.warnings).toEqual([
      "Het blad 'Waarden' heeft waarden in kolommen zonder kop (zoals cel E3); die zijn niet gelezen.",
    ]);
  });

  it("skips a sheet whose first row is empty with a warning, and an empty sheet silently", async () => {
    const file = await xlsx((workbook) => {
      workbook.addWorksheet("Zonder kop").getCell("B3").value = "los";
      workbook.addWorksheet("Blad2");
    });
    const read = await readWorkbook(file);
    expect(read.tables).toEqual([]);
    expect(read.warnings).toEqual(["Het blad 'Zonder kop' heeft geen kopregel in rij 1 en is niet gelezen."]);
  });

  it("refuses more data rows than the limit over all sheets together", async () => {
    const half = Math.ceil(FILE_LIMITS.maxRows / 2) + 1;
    const file = await xlsx((workbook) => {
      for (const name of ["Een", "Twee"]) {
        const ws = workbook.addWorksheet(name);
        ws.addRow(["Code"]);
        for (let i = 0; i < half; i += 1) ws.addRow([i]);
      }
    });
    expect(await refusal(file)).toBe("Het bestand bevat meer dan 60.000 rijen met gegevens; splits het in kleinere bestanden.");
  });

  it("reports progress about every 500 rows and once at the end", async () => {
    const file = await xlsx(
      sheet((ws) => {
        ws.addRow(["Code"]);
        for (let i = 0; i < 1199; i += 1) ws.addRow([`P${i}`]);
      }),
    );
    const calls: [number, number][] = [];
    await readWorkbook(file, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
  });

  it("refuses a file that is no workbook with the Dutch message, before exceljs", async () => {
    expect(await refusal(Buffer.from("Code;Naam\r\n"))).toMatch(/^Dit is geen Excel-bestand \(\.xlsx\)/);
  });

  it("reads a merged cell once, at its top-left cell", async () => {
    const file = await xlsx(
      sheet((ws) => {
        ws.addRows([["Code", "Naam", "Toelichting"], ["P1", "Breed", null]]);
        ws.mergeCells("B2:C2");
      }),
    );
    expect((await readWorkbook(file)).tables[0]?.rows).toEqual([{ line: 2, cells: ["P1", "Breed", null] }]);
  });
});
