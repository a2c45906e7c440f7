import { describe, expect, it } from "vitest";
import type { CellValue, TableData, TableSpec } from "../table";
import { readCsv } from "./read";
import { writeCsv } from "./write";

const spec: TableSpec = {
  name: "Indicatorwaarden",
  columns: [
    { header: "Code", type: "text", locked: true },
    { header: "Bedrag", type: "integer", decimals: 0 },
    { header: "Waarde", type: "decimal", decimals: 1 },
    { header: "Bereikt", type: "boolean" },
    { header: "Toelichting", type: "text" },
  ],
};

function csv(rows: CellValue[][]): string {
  return writeCsv({ spec, rows } satisfies TableData);
}

describe("writeCsv", () => {
  it("writes BOM, ';' and CRLF, numbers in Dutch notation without thousands separators", () => {
    expect(csv([["P1", 1234567, 7.4, true, null], ["P2", -12, "0.1", false, "gewoon"]])).toBe(
      "\uFEFFCode;Bedrag;Waarde;Bereikt;Toelichting\r\nP1;1234567;7,4;ja;\r\nP2;-12;0,1;nee;gewoon\r\n",
    );
  });

  it("quotes fields with ';', '\"', CR or LF, doubling the quotes", () => {
    expect(csv([["P1", null, null, null, 'Een; "twee"\r\ndrie']]).split("\r\n")[1]).toBe('P1;;;;"Een; ""twee""');
  });

  it("neutralises formula-like texts, but never a negative number", () => {
    const lines = csv([["=SOM(A1:A3)", -12, -0.5, null, "@HYPERLINK(\"x\")"], ["\t=1+1", null, null, null, "-gevaarlijk"]]).split("\r\n");
    expect(lines[1]).toBe(`'=SOM(A1:A3);-12;-0,5;;"'@HYPERLINK(""x"")"`);
    expect(lines[2]).toBe("'\t=1+1;;;;'-gevaarlijk");
  });

  it("round-trips through readCsv: every text exact, numbers as their Dutch text", () => {
    const long = "Lange toelichting ".repeat(300);
    const rows: CellValue[][] = [
      ["P1", 1234567, 7.4, true, 'Met ; en "aanhalingstekens"\nen een regel erbij'],
      ["P2", -12, 0.1, false, long],
      ["=SOM(A1)", null, null, null, "-12"],
      ["P4", 0, null, null, "  spaties blijven  "],
    ];
    const read = readCsv(Buffer.from(csv(rows), "utf8"), "Indicatorwaarden");
    expect(read.warnings).toEqual([]);
    expect(read.tables).toEqual([
      {
        name: "Indicatorwaarden",
        header: ["Code", "Bedrag", "Waarde", "Bereikt", "Toelichting"],
        rows: [
          { line: 2, cells: ["P1", "1234567", "7,4", "ja", 'Met ; en "aanhalingstekens"\nen een regel erbij'] },
          { line: 3, cells: ["P2", "-12", "0,1", "nee", long] },
          { line: 4, cells: ["=SOM(A1)", null, null, null, "-12"] },
          { line: 5, cells: ["P4", "0", null, null, "  spaties blijven  "] },
        ],
        notes: [],
      },
    ]);
  });
});
