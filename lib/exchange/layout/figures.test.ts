import { describe, expect, it } from "vitest";
import { figureTables } from "./figures";

const indicator = {
  key: "bbv:banen",
  programme: "3",
  goal: "3.1 Meer werk",
  name: "Banen",
  unit: "Aantal per 1.000 inwoners",
  dimension: "",
  year: 2025,
  target: "650.5",
  value: "7.4",
  periodLabel: null,
  explanation: null,
};
const line = { key: "programma-3/lasten/tv-3.1/economie", programme: "3", category: "EXPENSES" as const, functionCode: "3.1", label: "Economie", budget: "1234567", amount: null, explanation: "Later" };

describe("the cijfers workbook", () => {
  it("writes a jaarstukken' realisatie beside the streefwaarde and the begroting na wijziging, as real numbers", () => {
    const [indicators, lines] = figureTables("REALISATIE", [indicator], [line]);
    expect(indicators.spec.columns.map((c) => c.header)).toEqual(["Sleutel", "Programma", "Doel", "Indicator", "Eenheid", "Dimensie", "Jaar", "Streefwaarde", "Realisatie", "Periode", "Toelichting"]);
    expect(indicators.rows[0]).toEqual(["bbv:banen", "3", "3.1 Meer werk", "Banen", "Aantal per 1.000 inwoners", null, 2025, 650.5, 7.4, null, null]);
    expect(lines.spec.columns.map((c) => c.header)).toContain("Begroting na wijziging");
    expect(lines.rows[0]).toEqual(["programma-3/lasten/tv-3.1/economie", "3", "Lasten", "3.1", "Economie", 1234567, null, "Later"]);
  });

  it("protects what is only there for reference, and leaves the own figure and toelichting open", () => {
    const [indicators, lines] = figureTables("PROGNOSE", [indicator], [line]);
    const open = (t: typeof indicators) => t.spec.columns.filter((c) => !c.locked).map((c) => c.header);
    expect(open(indicators)).toEqual(["Prognose", "Periode", "Toelichting"]);
    expect(open(lines)).toEqual(["Prognose", "Toelichting"]);
  });

  it("has no streefwaarde or budget column in a begroting, whose own figures are those", () => {
    const [indicators, lines] = figureTables("PRIMITIEF", [indicator], [line]);
    // The own figure of a begroting's indicator is its streefwaarde: one column, open.
    expect(indicators.spec.columns.filter((c) => c.header === "Streefwaarde").map((c) => c.locked ?? false)).toEqual([false]);
    expect(lines.spec.columns.map((c) => c.header)).toEqual(["Sleutel", "Programma", "Categorie", "Taakveld", "Omschrijving", "Primitieve begroting", "Toelichting"]);
  });

  it("never rounds: an amount beyond what a spreadsheet number holds exactly stays its exact text", () => {
    const [, lines] = figureTables("REALISATIE", [], [{ ...line, budget: "90071992547409930" }]);
    expect(lines.rows[0]?.[5]).toBe("90071992547409930");
  });
});
