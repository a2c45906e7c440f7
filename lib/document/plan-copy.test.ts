import { describe, expect, it } from "vitest";
import { copyMode, planCopy, summarizePlan, type CopySource, type CopySourceDocument } from "./plan-copy";

const begroting2025: CopySourceDocument = { id: "b25", kind: "BEGROTING", year: 2025, sequence: 0, projectionYears: 3, origin: "ENTERED" };
const jaarstukken2024: CopySourceDocument = { id: "j24", kind: "JAARSTUKKEN", year: 2024, sequence: 0, projectionYears: 0, origin: "TRANSCRIBED" };

function source(document: CopySourceDocument): CopySource {
  const y = document.year;
  return {
    document,
    programmeReports: [
      { programmeId: "p1", retiredFromYear: null, sortOrder: 1, printedTitle: null, introduction: "Inleiding", intended: null, planned: null, financeExplanation: null },
      { programmeId: "pOld", retiredFromYear: y + 1, sortOrder: 2, printedTitle: null, introduction: null, intended: null, planned: null, financeExplanation: null },
    ],
    goalReports: [
      { goalId: "g1", programmeId: "p1", retiredFromYear: null, intended: "Veilige stad", planned: "Handhaven", achieved: "Gehaald", done: "Gedaan", financeExplanation: "Fin" },
      { goalId: "gRetired", programmeId: "p1", retiredFromYear: y + 1, intended: "Weg", planned: null, achieved: null, done: null, financeExplanation: null },
      { goalId: "gOld", programmeId: "pOld", retiredFromYear: null, intended: "Weg", planned: null, achieved: null, done: null, financeExplanation: null },
    ],
    activities: [
      { programmeId: "p1", goalId: "g1", code: "A1", title: "Buurtpreventie", description: "Met de buurt", status: "IN_PROGRESS", sortOrder: 0 },
      { programmeId: "p1", goalId: "gRetired", code: "A2", title: "Camera's", description: null, status: "DELAYED", sortOrder: 1 },
      { programmeId: "p1", goalId: null, code: "A3", title: "Klaar", description: null, status: "COMPLETED", sortOrder: 2 },
      { programmeId: "pOld", goalId: "gOld", code: "A4", title: "Weg", description: null, status: null, sortOrder: 3 },
    ],
    indicatorFigures: [
      { indicatorId: "i1", programmeId: "p1", retiredFromYear: null, dimensionValue: "", year: y, value: "60" },
      { indicatorId: "i1", programmeId: "p1", retiredFromYear: null, dimensionValue: "", year: y + 1, value: "62" },
      { indicatorId: "i1", programmeId: "p1", retiredFromYear: null, dimensionValue: "", year: y + 2, value: "64" },
      { indicatorId: "i2", programmeId: "p1", retiredFromYear: null, dimensionValue: "balie", year: y, value: "7.5" },
      { indicatorId: "iOld", programmeId: "pOld", retiredFromYear: null, dimensionValue: "", year: y, value: "1" },
    ],
    budgetFigures: [
      { budgetLineId: "l1", programmeId: "p1", category: "EXPENSES", retiredFromYear: null, year: y, amount: 1000n },
      { budgetLineId: "l1", programmeId: "p1", category: "EXPENSES", retiredFromYear: null, year: y + 1, amount: 1100n },
      { budgetLineId: "l1", programmeId: "p1", category: "EXPENSES", retiredFromYear: null, year: y + 4, amount: 9n },
      { budgetLineId: "l2", programmeId: "p1", category: "INCOME", retiredFromYear: null, year: y, amount: 500n },
      { budgetLineId: "lRetired", programmeId: "p1", category: "EXPENSES", retiredFromYear: y + 1, year: y + 1, amount: 5n },
    ],
  };
}

function plan(src: CopySource | null, target: Parameters<typeof planCopy>[1]) {
  const outcome = planCopy(src, target);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe("planCopy: begroting Y+1 from begroting Y", () => {
  const { plan: p, mode } = plan(source(begroting2025), { kind: "BEGROTING", year: 2026, projectionYears: 3 });

  it("carries the meerjarenraming over as the new primitief and raming, with an empty slot where none was set", () => {
    expect(mode).toBe("NEXT_BEGROTING");
    expect(p.budgetFigures).toEqual([
      { budgetLineId: "l1", programmeId: "p1", category: "EXPENSES", year: 2026, amount: 1100n },
      { budgetLineId: "l2", programmeId: "p1", category: "INCOME", year: 2026, amount: null },
    ]);
    expect(p.indicatorFigures).toEqual([
      { indicatorId: "i1", programmeId: "p1", dimensionValue: "", year: 2026, value: "62" },
      { indicatorId: "i1", programmeId: "p1", dimensionValue: "", year: 2027, value: "64" },
      { indicatorId: "i2", programmeId: "p1", dimensionValue: "balie", year: 2026, value: null },
    ]);
  });

  it("never carries a figure the source does not own as raming (2029 is beyond begroting 2025's projection)", () => {
    const far = plan(source(begroting2025), { kind: "BEGROTING", year: 2026, projectionYears: 4 }).plan;
    expect(far.budgetFigures.some((f) => f.year === 2029)).toBe(false);
  });

  it("copies the begroting's texts as a draft marked as carried from it, never the jaarstukken' answers", () => {
    expect(p.goalReports).toEqual([
      { goalId: "g1", programmeId: "p1", intended: "Veilige stad", planned: "Handhaven", achieved: null, done: null, financeExplanation: "Fin", carriedFromId: "b25" },
    ]);
    expect(p.programmeReports).toEqual([
      { programmeId: "p1", sortOrder: 1, printedTitle: null, introduction: "Inleiding", intended: null, planned: null, financeExplanation: null, carriedFromId: "b25" },
    ]);
  });

  it("carries the activities on: under way stays under way, the rest starts again, completed ones stay behind", () => {
    expect(p.activities.map((a) => [a.code, a.goalId, a.status, a.description, a.carriedFromId])).toEqual([
      ["A1", "g1", "IN_PROGRESS", "Met de buurt", "b25"],
      // Its goal is retired: the activity stays in the programme without a goal.
      ["A2", null, "NOT_STARTED", null, "b25"],
    ]);
  });

  it("leaves out retired programmes with everything in them, and retired goals and lines", () => {
    expect(p.programmeReports.map((r) => r.programmeId)).toEqual(["p1"]);
    expect(p.indicatorFigures.some((f) => f.indicatorId === "iOld")).toBe(false);
    expect(p.budgetFigures.some((f) => f.budgetLineId === "lRetired")).toBe(false);
  });

  it("summarizes per programme what the preview shows", () => {
    const { programmes, totals } = summarizePlan(p, 2026);
    expect(programmes).toEqual([
      { programmeId: "p1", goals: 1, indicators: 2, budgetLines: 2, carriedFigures: 3, emptySlots: 2, carriedAmounts: { EXPENSES: 1100n, INCOME: 0n, RESERVE_ADDITION: 0n, RESERVE_WITHDRAWAL: 0n }, carriedTargets: 2, textsCopied: 5, activities: 2 },
    ]);
    expect(totals.programmes).toBe(1);
  });
});

describe("planCopy: jaarstukken and bestuursrapportage from the begroting of their year", () => {
  it("gives the jaarstukken an empty realisatie slot per indicator and line of its year, and the intention to show beside the answers", () => {
    const { plan: p } = plan(source(begroting2025), { kind: "JAARSTUKKEN", year: 2025, projectionYears: 0 });
    expect(p.budgetFigures).toEqual([
      { budgetLineId: "l1", programmeId: "p1", category: "EXPENSES", year: 2025, amount: null },
      { budgetLineId: "l2", programmeId: "p1", category: "INCOME", year: 2025, amount: null },
      // Retired from 2026: still a line in 2025.
      { budgetLineId: "lRetired", programmeId: "p1", category: "EXPENSES", year: 2025, amount: null },
    ]);
    expect(p.indicatorFigures.map((f) => [f.indicatorId, f.dimensionValue, f.year, f.value])).toEqual([
      ["i1", "", 2025, null],
      ["i2", "balie", 2025, null],
      ["iOld", "", 2025, null],
    ]);
    // "Wat wilden we bereiken?" is shown read-only: copied, but no draft to revise.
    expect(p.goalReports.map((g) => [g.goalId, g.intended, g.planned, g.financeExplanation, g.carriedFromId])).toEqual([
      ["g1", "Veilige stad", null, null, null],
      ["gRetired", "Weg", null, null, null],
      ["gOld", "Weg", null, null, null],
    ]);
    expect(p.programmeReports.every((r) => r.introduction === null && r.carriedFromId === null)).toBe(true);
    // The activities as the begroting planned them, to report on.
    expect(p.activities.map((a) => [a.code, a.status, a.carriedFromId])).toEqual([
      ["A1", "IN_PROGRESS", null],
      ["A2", "DELAYED", null],
      ["A3", "COMPLETED", null],
      ["A4", null, null],
    ]);
  });

  it("gives a bestuursrapportage empty prognose slots of its year", () => {
    const { plan: p } = plan(source(begroting2025), { kind: "BESTUURSRAPPORTAGE", year: 2025, projectionYears: 0 });
    expect(p.budgetFigures.map((f) => [f.year, f.amount])).toEqual([
      [2025, null],
      [2025, null],
      [2025, null],
    ]);
  });
});

describe("planCopy: other starting points", () => {
  it("starts a begroting from last year's jaarstukken with the structure, empty slots and the lasting texts as a draft", () => {
    const { plan: p, mode } = plan(source(jaarstukken2024), { kind: "BEGROTING", year: 2025, projectionYears: 3 });
    expect(mode).toBe("STRUCTURE_ONLY");
    expect(p.budgetFigures.every((f) => f.amount === null && f.year === 2025)).toBe(true);
    expect(p.indicatorFigures.every((f) => f.value === null && f.year === 2025)).toBe(true);
    expect(p.goalReports.map((g) => [g.intended, g.planned, g.financeExplanation, g.carriedFromId])).toEqual([["Veilige stad", null, null, "j24"]]);
    expect(p.programmeReports.map((r) => [r.introduction, r.carriedFromId])).toEqual([["Inleiding", "j24"]]);
  });

  it("an empty document gets no structure", () => {
    expect(plan(null, { kind: "BEGROTING", year: 2025, projectionYears: 3 })).toEqual({
      ok: true,
      mode: "EMPTY",
      plan: { programmeReports: [], goalReports: [], activities: [], indicatorFigures: [], budgetFigures: [] },
    });
  });

  it("refuses a reconstructed document and starting points of another year or kind, in Dutch", () => {
    const reconstructed = { ...begroting2025, origin: "RECONSTRUCTED" as const };
    expect(planCopy(source(reconstructed), { kind: "BEGROTING", year: 2026, projectionYears: 3 })).toEqual({
      ok: false,
      message: "Een gereconstrueerd document (zoals gedrukt in een ander document) kan geen startpunt zijn.",
    });
    expect(copyMode(begroting2025, { kind: "JAARSTUKKEN", year: 2026, projectionYears: 0 })).toBe("De jaarstukken 2026 start vanuit de begroting 2026.");
    expect(copyMode(begroting2025, { kind: "BEGROTING", year: 2027, projectionYears: 3 })).toBe(
      "Een begroting 2027 start vanuit de begroting of de jaarstukken 2026.",
    );
    expect(copyMode(jaarstukken2024, { kind: "JAARSTUKKEN", year: 2024, projectionYears: 0 })).toBe("De jaarstukken 2024 start vanuit de begroting 2024.");
  });
});
