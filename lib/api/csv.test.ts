import { describe, expect, it } from "vitest";
import { neutralise, toCsv, type CsvColumn } from "./csv";

type Row = { text: string | null; amount: bigint | string | number | null; flag?: boolean };
const columns: CsvColumn<Row>[] = [
  { header: "Omschrijving", kind: "text", value: (r) => r.text },
  { header: "Bedrag (euro)", kind: "number", value: (r) => r.amount },
  { header: "Vlag", kind: "text", value: (r) => r.flag },
];
const BOM = "\uFEFF";
const lines = (csv: string) => csv.slice(BOM.length).split("\r\n");

describe("neutralise", () => {
  it.each(["=1+1", "+31 6", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠A1"])("prefixes %j with a quote", (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it.each(["Lasten", "1+1", " =1+1", "'al geciteerd", "", "€ 1.000"])("leaves %j alone", (text) => {
    expect(neutralise(text)).toBe(text);
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark, separates with ; and ends lines with CRLF", () => {
    const csv = toCsv(columns, [{ text: "Lasten", amount: 19267000n, flag: true }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines(csv)).toEqual(["Omschrijving;Bedrag (euro);Vlag", "Lasten;19267000;ja", ""]);
  });

  it("keeps negative amounts numeric in a number column", () => {
    const csv = toCsv(columns, [{ text: "Saldo", amount: -19267000n }, { text: "Verschil", amount: -89 }]);
    expect(lines(csv)[1]).toBe("Saldo;-19267000;");
    expect(lines(csv)[2]).toBe("Verschil;-89;");
  });

  it("writes decimals with a comma and no thousands separator", () => {
    const csv = toCsv(columns, [{ text: "Cijfer", amount: "7.4" }, { text: "Groot", amount: "1234567.25" }, { text: "Min", amount: "-0.5" }]);
    expect(lines(csv).slice(1, 4)).toEqual(["Cijfer;7,4;", "Groot;1234567,25;", "Min;-0,5;"]);
  });

  it("neutralises a text cell that merely looks like a negative number", () => {
    expect(lines(toCsv(columns, [{ text: "-19267", amount: -19267n }]))[1]).toBe("'-19267;-19267;");
  });

  it("neutralises formulas in text cells and anything non-numeric in a number column", () => {
    const csv = toCsv(columns, [
      { text: "=HYPERLINK(\"http://x\")", amount: "-1+1" },
      { text: "@SUM(A1)", amount: "=2" },
    ]);
    expect(lines(csv)[1]).toBe(`"'=HYPERLINK(""http://x"")";'-1+1;`);
    expect(lines(csv)[2]).toBe("'@SUM(A1);'=2;");
  });

  it("quotes cells with separators, quotes or line breaks", () => {
    const csv = toCsv(columns, [{ text: 'Regel; met "aanhalingstekens"\nen een nieuwe regel', amount: null, flag: false }]);
    expect(csv.slice(BOM.length)).toContain('"Regel; met ""aanhalingstekens""\nen een nieuwe regel";;nee\r\n');
  });

  it("leaves missing values empty, so an empty cell never reads as 0", () => {
    expect(lines(toCsv(columns, [{ text: null, amount: null }]))[1]).toBe(";;");
  });

  it("neutralises a cell starting with a tab or carriage return and quotes the latter", () => {
    const csv = toCsv(columns, [{ text: "\t=1", amount: null }, { text: "\r=1", amount: null }]);
    expect(csv).toContain("\r\n'\t=1;;\r\n");
    expect(csv).toContain('\r\n"\'\r=1";;\r\n');
  });
});
