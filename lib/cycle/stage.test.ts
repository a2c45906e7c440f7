import { describe, expect, it } from "vitest";
import { STAGE_LABELS, ownStage, ownedYears, stageOf, type StageDocument } from "./stage";

const begroting = (year: number, projectionYears = 3): StageDocument => ({ kind: "BEGROTING", year, projectionYears });
const berap = (year: number): StageDocument => ({ kind: "BESTUURSRAPPORTAGE", year, projectionYears: 0 });
const jaarstukken = (year: number): StageDocument => ({ kind: "JAARSTUKKEN", year, projectionYears: 0 });

describe("stageOf (decision 009 §2)", () => {
  it.each([
    // begroting 2025 with a meerjarenraming 2026–2028
    [begroting(2025), 2025, "PRIMITIEF"],
    [begroting(2025), 2026, "MEERJARENRAMING"],
    [begroting(2025), 2028, "MEERJARENRAMING"],
    [begroting(2025), 2029, null], // one past the raming
    [begroting(2025), 2024, null], // a begroting never owns the past
    [berap(2025), 2025, "PROGNOSE"],
    [berap(2025), 2026, null],
    [berap(2025), 2024, null],
    [jaarstukken(2024), 2024, "REALISATIE"],
    // a jaarrekening prints "realisatie vorig jaar" and "begroting volgend jaar": owned by other stages
    [jaarstukken(2024), 2023, null],
    [jaarstukken(2024), 2025, null],
  ] as const)("%o owns %i as %s", (doc, year, stage) => {
    expect(stageOf(doc, year)).toBe(stage);
  });

  it("a begroting without meerjarenraming owns only its own year", () => {
    expect(stageOf(begroting(2025, 0), 2025)).toBe("PRIMITIEF");
    expect(stageOf(begroting(2025, 0), 2026)).toBeNull();
  });

  it("only a begroting projects, whatever projectionYears a jaarstukken or bestuursrapportage carries", () => {
    expect(stageOf({ kind: "JAARSTUKKEN", year: 2024, projectionYears: 3 }, 2025)).toBeNull();
    expect(stageOf({ kind: "BESTUURSRAPPORTAGE", year: 2024, projectionYears: 2 }, 2025)).toBeNull();
  });

  it.each([-1, 1.5, Number.NaN])("refuses a begroting with projectionYears %s instead of guessing", (n) => {
    expect(() => stageOf(begroting(2025, n), 2026)).toThrow(RangeError);
  });
});

describe("ownedYears", () => {
  it("is the begroting's own year followed by its raming years", () => {
    expect(ownedYears(begroting(2025, 3))).toEqual([2025, 2026, 2027, 2028]);
  });

  it("is the own year alone without a raming, and for the other kinds", () => {
    expect(ownedYears(begroting(2025, 0))).toEqual([2025]);
    expect(ownedYears(berap(2025))).toEqual([2025]);
    expect(ownedYears({ kind: "JAARSTUKKEN", year: 2024, projectionYears: 3 })).toEqual([2024]);
  });

  it("agrees with stageOf on every year around the document", () => {
    for (const doc of [begroting(2025, 2), berap(2025), jaarstukken(2025)]) {
      const allowed = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029].filter((y) => stageOf(doc, y) !== null);
      expect(ownedYears(doc)).toEqual(allowed);
    }
  });
});

describe("ownStage and labels", () => {
  it("maps each kind to the stage of its own year", () => {
    expect(ownStage("BEGROTING")).toBe("PRIMITIEF");
    expect(ownStage("BESTUURSRAPPORTAGE")).toBe("PROGNOSE");
    expect(ownStage("JAARSTUKKEN")).toBe("REALISATIE");
  });

  it("names the stages in Dutch as the pages show them", () => {
    expect(STAGE_LABELS).toEqual({
      PRIMITIEF: "primitieve begroting",
      MEERJARENRAMING: "meerjarenraming",
      PROGNOSE: "prognose",
      REALISATIE: "realisatie",
    });
  });
});
