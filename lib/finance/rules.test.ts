import { describe, expect, it } from "vitest";
import type { ExplanationThreshold } from "./deviation";
import { describeThreshold, financialLineNeedsExplanation, financialLineSubmitProblems, thresholdFromSettings } from "./rules";
import { formatEuro } from "../format/number";

const MIDDEN_GRONINGEN: ExplanationThreshold = { amount: 100_000n, percent: null, rule: "AMOUNT_OR_PERCENT" };
const NONE: ExplanationThreshold = { amount: null, percent: null, rule: "AMOUNT_OR_PERCENT" };
const AMOUNT_OR_10: ExplanationThreshold = { amount: 100_000n, percent: "10", rule: "AMOUNT_OR_PERCENT" };
const AMOUNT_AND_10: ExplanationThreshold = { amount: 100_000n, percent: "10", rule: "AMOUNT_AND_PERCENT" };

describe("financialLineNeedsExplanation: deviation above the municipality's threshold", () => {
  it.each([
    // [threshold, budget, actual, expected]
    [MIDDEN_GRONINGEN, 1_222_000n, 1_311_000n, false], // 89.000: under the € 100.000 limit
    [MIDDEN_GRONINGEN, 1_393_000n, 1_053_000n, true], // 340.000 less spent: also explained
    [MIDDEN_GRONINGEN, 100_000n, 200_000n, false], // exactly 100.000: "above" is strict
    [MIDDEN_GRONINGEN, 100_000n, 200_001n, true],
    [MIDDEN_GRONINGEN, null, 150_000n, true], // unbudgeted: the whole amount deviates
    [MIDDEN_GRONINGEN, 150_000n, null, false], // nothing realised yet: no deviation to explain
    [NONE, 1_000n, 10_000_000n, false], // no threshold set: nothing is required
    [AMOUNT_OR_10, 500_000n, 560_000n, true], // 12% but only 60.000
    [AMOUNT_AND_10, 500_000n, 560_000n, false],
    [AMOUNT_AND_10, 5_000_000n, 5_200_000n, false], // 200.000 but only 4%
    [AMOUNT_AND_10, 1_000_000n, 1_200_000n, true], // both
  ] as const)("%o: budget %s, actual %s -> %s", (threshold, budgetAmended, actual, expected) => {
    expect(financialLineNeedsExplanation(threshold, { budgetAmended, actual })).toBe(expected);
  });
});

describe("financialLineSubmitProblems", () => {
  it("asks for a realisatie, since empty is not zero", () => {
    expect(financialLineSubmitProblems(MIDDEN_GRONINGEN, { budgetAmended: 10n, actual: null, explanation: null })).toEqual({ actual: "ACTUAL_MISSING" });
    expect(financialLineSubmitProblems(MIDDEN_GRONINGEN, { budgetAmended: 0n, actual: 0n, explanation: null })).toEqual({});
  });

  it("asks for a toelichting above the threshold, and is satisfied by one", () => {
    const line = { budgetAmended: 1_393_000n, actual: 1_053_000n };
    expect(financialLineSubmitProblems(MIDDEN_GRONINGEN, { ...line, explanation: null })).toEqual({ explanation: "ABOVE_THRESHOLD" });
    expect(financialLineSubmitProblems(MIDDEN_GRONINGEN, { ...line, explanation: " " })).toEqual({ explanation: "ABOVE_THRESHOLD" });
    expect(financialLineSubmitProblems(MIDDEN_GRONINGEN, { ...line, explanation: "Minder inhuur." })).toEqual({});
  });

  it("does not ask for a toelichting where the municipality set no threshold", () => {
    expect(financialLineSubmitProblems(NONE, { budgetAmended: 1n, actual: 9_999_999n, explanation: null })).toEqual({});
  });
});

describe("thresholdFromSettings and describeThreshold", () => {
  it("reads the stored settings", () => {
    expect(thresholdFromSettings({ deviationThresholdAmount: "100000", deviationThresholdPercent: null, deviationRule: "AMOUNT_OR_PERCENT" })).toEqual(MIDDEN_GRONINGEN);
    expect(thresholdFromSettings({ deviationThresholdAmount: 5n, deviationThresholdPercent: "2.5", deviationRule: "AMOUNT_AND_PERCENT" })).toEqual({ amount: 5n, percent: "2.5", rule: "AMOUNT_AND_PERCENT" });
  });

  it.each([
    [MIDDEN_GRONINGEN, "meer dan € 100.000 afwijkt"],
    [AMOUNT_OR_10, "€ 100.000 of 10% van de begroting na wijziging"],
    [AMOUNT_AND_10, "€ 100.000 én 10% van de begroting na wijziging"],
    [{ amount: null, percent: "2.5", rule: "AMOUNT_OR_PERCENT" } as ExplanationThreshold, "meer dan 2,5% van de begroting"],
    [NONE, "geen grens"],
  ] as const)("%o", (threshold, text) => {
    expect(describeThreshold(threshold, formatEuro)).toContain(text);
  });
});
