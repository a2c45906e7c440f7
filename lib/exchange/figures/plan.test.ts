import { describe, expect, it } from "vitest";
import { figureTables } from "../layout/figures";
import type { Table } from "../table";
import { matchFigureTables, type OwnedIndicatorFigure, type OwnedLineFigure } from "./match";
import { planFigureImport, type PlanContext } from "./plan";

const ids = { doc: "cdoc0000000000000000000000", p1: "cprog100000000000000000000", p2: "cprog200000000000000000000" };
const indicator: OwnedIndicatorFigure = { id: "cfig100000000000000000000", version: 3, programmeId: ids.p1, key: "bbv:banen", dimension: "", year: 2025, name: "Banen", value: "7.4", explanation: null, periodLabel: null };
const line: OwnedLineFigure = { id: "cfig200000000000000000000", version: 1, programmeId: ids.p2, key: "programma-2/lasten/wegen", label: "Wegen", amount: "1234567", explanation: "Groot onderhoud" };
const owned = { indicators: [indicator], lines: [line] };
const context: PlanContext = { documentId: ids.doc, intent: "save", refusal: () => null };

/** The exported file as a reader gives it back: header row 1, data from row 2. */
function exported(edit: (rows: (string | number | boolean | null)[][], sheet: number) => void = () => {}): Table[] {
  const tables = figureTables("REALISATIE",
    [{ key: indicator.key, programme: "1", goal: null, name: "Banen", unit: "Aantal", dimension: "", year: 2025, target: "8", value: indicator.value, periodLabel: null, explanation: null }],
    [{ key: line.key, programme: "2", category: "EXPENSES", functionCode: null, label: "Wegen", budget: "1200000", amount: line.amount, explanation: line.explanation }]);
  return tables.map((t, sheet) => {
    const rows = t.rows.map((r) => [...r]);
    edit(rows, sheet);
    return { name: t.spec.name, header: t.spec.columns.map((c) => c.header), rows: rows.map((cells, i) => ({ line: i + 2, cells })), notes: [] };
  });
}
const plan = (tables: Table[], ctx: PlanContext = context) => planFigureImport(matchFigureTables(tables, "REALISATIE", owned), ctx);
const VALUE = 8; // column "Realisatie" of the indicators sheet
const AMOUNT = 6; // column "Realisatie" of the budget lines sheet

describe("importing a cijfers file", () => {
  it("changes nothing when the exported file comes back unchanged", () => {
    const result = plan(exported());
    expect(result.rows.map((r) => [r.at, r.changes, r.problems])).toEqual([
      ["Indicatoren, rij 2", [], []],
      ["Begrotingsposten, rij 2", [], []],
    ]);
    expect(result.entries).toEqual([]);
  });

  it("shows old → new and writes exactly those figures, whether a number or Dutch text was typed", () => {
    const result = plan(exported((rows, sheet) => {
      if (sheet === 0) rows[0]![VALUE] = "7,5";
      else rows[0]![AMOUNT] = 1300000;
    }));
    expect(result.rows.flatMap((r) => r.changes)).toEqual([
      { field: "value", old: "7.4", new: "7.5" },
      { field: "value", old: "1234567", new: "1300000" },
    ]);
    expect(result.entries.map((e) => [e.programmeId, e.indicators.map((i) => (i as { value: string }).value), e.lines.map((l) => (l as { amount: string }).amount)])).toEqual([
      [ids.p1, ["7,5"], []],
      [ids.p2, [], ["1300000"]],
    ]);
  });

  it("writes nothing when one row is bad, and says in Dutch what is wrong with it", () => {
    const result = plan(exported((rows, sheet) => {
      if (sheet === 0) rows[0]![VALUE] = "zeven";
      else rows[0]![AMOUNT] = 1300000;
    }));
    expect(result.rows[0]!.problems.join(" ")).toMatch(/getal/i);
    expect(result.rows[1]!.problems).toEqual([]);
    expect(result.entries).toEqual([]);
  });

  it("refuses an amount with cents, as the form does", () => {
    const result = plan(exported((rows, sheet) => {
      if (sheet === 1) rows[0]![AMOUNT] = 1300000.5;
    }));
    expect(result.rows[1]!.problems.length).toBeGreaterThan(0);
    expect(result.entries).toEqual([]);
  });

  it("names an unknown identifier and a figure that appears twice", () => {
    const result = plan(exported((rows, sheet) => {
      if (sheet === 1) rows.push(["programma-9/lasten/onbekend", "9", "Lasten", null, "?", null, 5, null], [...rows[0]!]);
    }));
    const problems = result.rows.flatMap((r) => r.problems);
    expect(problems.some((p) => p.includes("Onbekende sleutel 'programma-9/lasten/onbekend'"))).toBe(true);
    expect(problems.some((p) => p.includes("twee keer"))).toBe(true);
    expect(result.entries).toEqual([]);
  });

  it("refuses the rows of a programme the user may not write, with the gate's reason, and writes none of the others", () => {
    const ctx: PlanContext = { ...context, refusal: (programmeId) => (programmeId === ids.p2 ? "U bent niet aan programma 2 toegewezen." : null) };
    const result = plan(exported((rows, sheet) => {
      if (sheet === 0) rows[0]![VALUE] = 7.5;
      else rows[0]![AMOUNT] = 1300000;
    }), ctx);
    expect(result.rows.find((r) => r.group === "lines")!.problems).toEqual(["U bent niet aan programma 2 toegewezen."]);
    expect(result.entries).toEqual([]);
  });

  it("says so when no table of the file is a cijfers table", () => {
    const result = plan([{ name: "Blad1", header: ["Naam", "Bedrag"], rows: [], notes: [] }]);
    expect(result.fileProblems[0]).toMatch(/Geen tabel herkend/);
  });
});
