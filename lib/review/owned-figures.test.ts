import { describe, expect, it } from "vitest";
import { indicatorExplanationNeed, indicatorProblems, lineDeviation, lineNeedsExplanation, lineProblems, OWNED_AUDIT_FIELDS } from "./owned-figures";

const THRESHOLD = { amount: 100_000n, percent: null, rule: "AMOUNT_OR_PERCENT" } as const;

describe("what a document owns and needs before indienen", () => {
  it("asks a realisatie that misses the adopted target for a toelichting, not a streefwaarde or a prognose", () => {
    const missed = { direction: "HIGHER_IS_BETTER", target: "7.4", value: "7" } as const;
    expect(indicatorExplanationNeed({ ...missed, stage: "REALISATIE" })).toBe("TARGET_MISSED");
    expect(indicatorExplanationNeed({ ...missed, stage: "PRIMITIEF" })).toBeNull();
    expect(indicatorExplanationNeed({ ...missed, stage: "PROGNOSE" })).toBeNull();
    expect(indicatorProblems({ ...missed, stage: "REALISATIE", explanation: " Uitgesteld. " })).toEqual({});
  });

  it("measures the verschil and V/N against the computed begroting na wijziging", () => {
    const row = { stage: "REALISATIE", category: "EXPENSES", budget: 1_000_000n, amount: 1_200_000n } as const;
    expect(lineDeviation(row)).toEqual({ difference: 200_000n, label: "N" });
    expect(lineDeviation({ ...row, category: "INCOME" })).toEqual({ difference: 200_000n, label: "V" });
    expect(lineNeedsExplanation(THRESHOLD, row)).toBe(true);
    expect(lineNeedsExplanation(THRESHOLD, { ...row, budget: 1_150_000n })).toBe(false);
  });

  it("has no verschil in a begroting: the primitieve begroting is the budget itself", () => {
    const row = { stage: "PRIMITIEF", category: "EXPENSES", budget: null, amount: 9_000_000n } as const;
    expect(lineDeviation(row)).toEqual({ difference: null, label: null });
    expect(lineProblems(THRESHOLD, { ...row, explanation: null })).toEqual({});
    expect(lineProblems(THRESHOLD, { ...row, amount: null, explanation: null }).amount).toMatch(/primitieve begroting/);
  });

  it("names the owned figure in the audit trail by what it is", () => {
    expect(OWNED_AUDIT_FIELDS.indicators).toEqual({ PRIMITIEF: "target", PROGNOSE: "prognosis", REALISATIE: "actual" });
    expect(OWNED_AUDIT_FIELDS.lines.PRIMITIEF).toBe("budgetOriginal");
  });
});
