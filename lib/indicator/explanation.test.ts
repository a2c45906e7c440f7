import { describe, expect, it } from "vitest";
import type { Direction } from "./achievement";
import { indicatorExplanationReason, indicatorSubmitProblem, INDICATOR_EXPLANATION_MESSAGES } from "./explanation";

describe("indicatorExplanationReason: when a toelichting is required", () => {
  // [direction, target, actual, expected]
  const cases: [Direction, string | null, string | null, ReturnType<typeof indicatorExplanationReason>][] = [
    // Zoetermeer 2024, programma 6 (hoger is beter), as printed
    ["HIGHER_IS_BETTER", "7.4", "7", "TARGET_MISSED"],
    ["HIGHER_IS_BETTER", "7.3", "6.6", "TARGET_MISSED"],
    ["HIGHER_IS_BETTER", "6.9", "6.6", "TARGET_MISSED"],
    ["HIGHER_IS_BETTER", "7", "7", null],
    ["HIGHER_IS_BETTER", "7", "7.0001", null],
    ["HIGHER_IS_BETTER", "7", "6.9999", "TARGET_MISSED"],
    ["LOWER_IS_BETTER", "10", "9", null],
    ["LOWER_IS_BETTER", "10", "10", null],
    ["LOWER_IS_BETTER", "10", "10.5", "TARGET_MISSED"],
    ["ON_TARGET", "100", "100", null],
    ["ON_TARGET", "100", "99", "TARGET_MISSED"],
    ["ON_TARGET", "100", "101", "TARGET_MISSED"],
    // no realisatie: a survey that did not run, or a source not delivered
    ["HIGHER_IS_BETTER", "7", null, "NO_MEASUREMENT"],
    ["LOWER_IS_BETTER", null, null, "NO_MEASUREMENT"],
    ["ON_TARGET", "5", null, "NO_MEASUREMENT"],
    // nothing to miss without a target
    ["HIGHER_IS_BETTER", null, "3", null],
    ["LOWER_IS_BETTER", null, "3", null],
    ["ON_TARGET", null, "3", null],
    // negative values (e.g. a change in %)
    ["HIGHER_IS_BETTER", "-2", "-3", "TARGET_MISSED"],
    ["LOWER_IS_BETTER", "-2", "-3", null],
  ];
  it.each(cases)("%s, target %s, actual %s -> %s", (direction, target, actual, expected) => {
    expect(indicatorExplanationReason({ direction, target, actual })).toBe(expected);
  });
});

describe("indicatorSubmitProblem: a required toelichting must not be empty", () => {
  it("refuses a missed target without a toelichting, and accepts one with", () => {
    const missed = { direction: "HIGHER_IS_BETTER" as const, target: "7.4", actual: "7" };
    expect(indicatorSubmitProblem({ ...missed, explanation: null })).toBe("TARGET_MISSED");
    expect(indicatorSubmitProblem({ ...missed, explanation: "" })).toBe("TARGET_MISSED");
    expect(indicatorSubmitProblem({ ...missed, explanation: "   \n " })).toBe("TARGET_MISSED");
    expect(indicatorSubmitProblem({ ...missed, explanation: "Het waarderingscijfer is gelijk gebleven." })).toBeNull();
  });

  it("refuses an empty realisatie without a word, and accepts the reason why", () => {
    const empty = { direction: "HIGHER_IS_BETTER" as const, target: "6.9", actual: null };
    expect(indicatorSubmitProblem({ ...empty, explanation: null })).toBe("NO_MEASUREMENT");
    expect(indicatorSubmitProblem({ ...empty, explanation: "De ondernemerspeiling is tweejaarlijks; geen meting in 2025." })).toBeNull();
  });

  it("never needs a toelichting for a reached target", () => {
    expect(indicatorSubmitProblem({ direction: "HIGHER_IS_BETTER", target: "7", actual: "7", explanation: null })).toBeNull();
  });

  it("has a Dutch message for every reason", () => {
    expect(INDICATOR_EXPLANATION_MESSAGES.TARGET_MISSED).toMatch(/Toelichting verplicht/);
    expect(INDICATOR_EXPLANATION_MESSAGES.NO_MEASUREMENT).toMatch(/geen realisatie/);
  });
});
