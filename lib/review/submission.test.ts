import { describe, expect, it } from "vitest";
import { submissionProblems } from "./submission";

const THRESHOLD = { amount: 100_000n, percent: null, rule: "AMOUNT_OR_PERCENT" } as const;

describe("submissionProblems: errors keyed by the form field they belong to", () => {
  it("puts each problem under its row and field", () => {
    const errors = submissionProblems(THRESHOLD, [
      { group: "indicators", index: 0, direction: "HIGHER_IS_BETTER", values: { target: "7.4", actual: "7", explanation: null } },
      { group: "indicators", index: 1, direction: "HIGHER_IS_BETTER", values: { target: "7", actual: "7", explanation: null } },
      { group: "indicators", index: 2, direction: "HIGHER_IS_BETTER", values: { target: "6.9", actual: null, explanation: null } },
      { group: "lines", index: 0, direction: null, values: { budgetAmended: "1000000", actual: "1200000", explanation: null } },
      { group: "lines", index: 1, direction: null, values: { budgetAmended: "1000000", actual: null, explanation: null } },
      { group: "lines", index: 2, direction: null, values: { budgetAmended: "1000000", actual: "1050000", explanation: null } },
    ]);
    expect(Object.keys(errors).sort()).toEqual(["indicators.0.explanation", "indicators.2.explanation", "lines.0.explanation", "lines.1.actual"]);
    expect(errors["indicators.0.explanation"]![0]).toMatch(/niet gehaald/);
    expect(errors["indicators.2.explanation"]![0]).toMatch(/geen realisatie/);
    expect(errors["lines.0.explanation"]![0]).toMatch(/grens/);
    expect(errors["lines.1.actual"]![0]).toMatch(/Vul de realisatie in/);
  });

  it("has nothing to say about complete figures", () => {
    expect(
      submissionProblems(THRESHOLD, [
        { group: "indicators", index: 0, direction: "LOWER_IS_BETTER", values: { target: "10", actual: "9", explanation: null } },
        { group: "lines", index: 0, direction: null, values: { budgetAmended: "5", actual: "0", explanation: null } },
      ]),
    ).toEqual({});
  });
});
