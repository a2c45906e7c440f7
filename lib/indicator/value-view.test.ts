import { describe, expect, it } from "vitest";
import type { FigureDocument } from "@/lib/document/stage-figure";
import { indicatorValues, stageFigures, type IndicatorFigureRow, type TargetAmendmentRow } from "./value-view";

function doc(id: string, kind: FigureDocument["kind"], year: number, o: Partial<FigureDocument> = {}): FigureDocument {
  return { id, kind, year, sequence: 0, origin: "ENTERED", projectionYears: 0, reconstructedFromId: null, title: id, reconstructedFrom: null, ...o };
}

const js2024 = doc("js-2024", "JAARSTUKKEN", 2024, { title: "Jaarstukken 2024", origin: "TRANSCRIBED" });
const fromJs2024 = { id: "js-2024", kind: "JAARSTUKKEN" as const, year: 2024, title: "Jaarstukken 2024" };
const begroting2022FromJs = doc("rb-2022", "BEGROTING", 2022, {
  origin: "RECONSTRUCTED",
  reconstructedFromId: "js-2024",
  title: "Begroting 2022 (zoals gedrukt in Jaarstukken 2024)",
  reconstructedFrom: fromJs2024,
});
const jaarstukken2022FromJs = doc("rj-2022", "JAARSTUKKEN", 2022, { origin: "RECONSTRUCTED", reconstructedFromId: "js-2024", reconstructedFrom: fromJs2024 });

let n = 0;
function figure(document: FigureDocument, year: number, value: string | null, o: Partial<IndicatorFigureRow> = {}): IndicatorFigureRow {
  return {
    id: `f-${++n}`,
    year,
    dimensionValue: "",
    value,
    benchmark: null,
    benchmarkLabel: null,
    printedGoalAchieved: null,
    explanation: null,
    reviewStatus: "GOEDGEKEURD",
    version: 1,
    sourceLocation: null,
    sourceTitle: null,
    document,
    ...o,
  };
}

function targetAmendment(value: string, o: Partial<TargetAmendmentRow["amendment"]> = {}): TargetAmendmentRow {
  return { year: 2025, dimensionValue: "", value, reason: "Nieuwe ambitie", amendment: { id: `a-${++n}`, number: "2025-04", date: new Date("2025-05-01"), status: "VASTGESTELD", ...o } };
}

describe("indicator values", () => {
  it("puts the begroting's streefwaarde beside the jaarstukken' realisatie, with the realisatie's review and explanation", () => {
    const begroting = doc("b-2024", "BEGROTING", 2024, { title: "Begroting 2024" });
    const target = figure(begroting, 2024, "7.5", { sourceLocation: "begroting p. 3" });
    const actual = figure(js2024, 2024, "7.4", { explanation: "Net niet", benchmark: "7.1", benchmarkLabel: "benchmark", printedGoalAchieved: false, sourceLocation: "p. 7", sourceTitle: "Jaarstukken" });
    const [value] = indicatorValues([target, actual], [], "js-2024");
    expect(value).toEqual({
      id: actual.id,
      year: 2024,
      dimensionValue: "",
      target: "7.5",
      actual: "7.4",
      benchmark: "7.1",
      benchmarkLabel: "benchmark",
      printedGoalAchieved: false,
      explanation: "Net niet",
      reviewStatus: "GOEDGEKEURD",
      version: 1,
      sourceLocation: "p. 7",
      sourceTitle: "Jaarstukken",
      targetFigureId: target.id,
      actualFigureId: actual.id,
      targetSetBy: { id: "b-2024", kind: "BEGROTING", year: 2024, title: "Begroting 2024" },
      targetAmendedBy: null,
      targetPeriodLabel: null,
      actualPeriodLabel: null,
      printedIn: { id: "js-2024", kind: "JAARSTUKKEN", year: 2024, title: "Jaarstukken 2024" },
    });
  });

  it("names the jaarstukken that printed a value of an earlier year, not its reconstruction", () => {
    const [value] = indicatorValues([figure(begroting2022FromJs, 2022, "7"), figure(jaarstukken2022FromJs, 2022, "7.2")], [], "js-2024");
    expect(value).toMatchObject({ year: 2022, target: "7", actual: "7.2", printedIn: fromJs2024 });
    expect(value!.targetSetBy!.title).toBe("Begroting 2022 (zoals gedrukt in Jaarstukken 2024)");
  });

  it("takes a later year's streefwaarde from the newest begroting whose meerjarenraming covers it, unless that year's own begroting set one", () => {
    const b2023 = doc("b-2023", "BEGROTING", 2023, { projectionYears: 3 });
    const b2024 = doc("b-2024", "BEGROTING", 2024, { projectionYears: 3 });
    const b2025 = doc("b-2025", "BEGROTING", 2025, { projectionYears: 3 });
    const ramingen = [figure(b2023, 2025, "7"), figure(b2024, 2025, "7.2")];
    expect(indicatorValues(ramingen, [], null)[0]!.target).toBe("7.2");
    expect(indicatorValues([...ramingen, figure(b2025, 2025, "7.6")], [], null)[0]!.target).toBe("7.6");
  });

  it("shows the streefwaarde an adopted wijziging set, and which wijziging did", () => {
    const b2025 = doc("b-2025", "BEGROTING", 2025);
    const adopted = targetAmendment("8");
    const values = indicatorValues([figure(b2025, 2025, "7.5")], [adopted, targetAmendment("9", { status: "CONCEPT", number: "2025-05" })], null);
    expect(values[0]).toMatchObject({ target: "8", targetAmendedBy: { id: adopted.amendment.id, number: "2025-04", reason: "Nieuwe ambitie" } });
  });

  it("shows a year with only a streefwaarde, carried by the streefwaarde figure", () => {
    const b2025 = doc("b-2025", "BEGROTING", 2025, { projectionYears: 1 });
    const target = figure(b2025, 2026, "8", { sourceLocation: "begroting p. 9" });
    expect(indicatorValues([target], [], null)).toEqual([expect.objectContaining({ id: target.id, year: 2026, target: "8", actual: null, actualFigureId: null, sourceLocation: "begroting p. 9" })]);
  });

  it("prefers the real jaarstukken' realisatie over a later document's reprint", () => {
    const js2022 = doc("js-2022", "JAARSTUKKEN", 2022);
    const values = indicatorValues([figure(jaarstukken2022FromJs, 2022, "7.2"), figure(js2022, 2022, "7.3")], [], "js-2024");
    expect(values[0]!.actual).toBe("7.3");
  });

  it("keeps the values of different dimension values apart, oldest year first", () => {
    const values = indicatorValues(
      [figure(js2024, 2024, "60", { dimensionValue: "digitaal" }), figure(js2024, 2024, "40", { dimensionValue: "balie" }), figure(jaarstukken2022FromJs, 2022, "30", { dimensionValue: "balie" })],
      [],
      "js-2024",
    );
    expect(values.map((v) => [v.year, v.dimensionValue, v.actual])).toEqual([
      [2022, "balie", "30"],
      [2024, "digitaal", "60"],
      [2024, "balie", "40"],
    ]);
  });

  it("does not show a prognose as a realisatie", () => {
    const brap = doc("brap-1", "BESTUURSRAPPORTAGE", 2024, { sequence: 1 });
    expect(indicatorValues([figure(brap, 2024, "7")], [], null)).toEqual([]);
  });
});

describe("stageFigures", () => {
  it("lists every streefwaarde with the begroting that set it, including superseded ramingen", () => {
    const b2023 = doc("b-2023", "BEGROTING", 2023, { projectionYears: 3, title: "Begroting 2023" });
    const b2025 = doc("b-2025", "BEGROTING", 2025, { title: "Begroting 2025" });
    const figures = [figure(b2025, 2025, "7.6"), figure(b2023, 2025, "7"), figure(js2024, 2024, "7.4")];
    expect(stageFigures(figures, ["PRIMITIEF", "MEERJARENRAMING"]).map((f) => [f.year, f.stage, f.value, f.document.title])).toEqual([
      [2025, "MEERJARENRAMING", "7", "Begroting 2023"],
      [2025, "PRIMITIEF", "7.6", "Begroting 2025"],
    ]);
    expect(stageFigures(figures, ["REALISATIE"]).map((f) => f.value)).toEqual(["7.4"]);
  });
});
