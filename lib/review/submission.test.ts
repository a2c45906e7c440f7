import { describe, expect, it } from "vitest";
import { chooseSubmission, submissionProblems } from "./submission";

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

describe("chooseSubmission: which figures indienen sends", () => {
  const rows = [
    { group: "indicators", index: 0, status: "CONCEPT" },
    { group: "indicators", index: 1, status: "TERUGGESTUURD" },
    { group: "lines", index: 0, status: "INGEDIEND" },
    { group: "lines", index: 1, status: "CONCEPT" },
  ] as const;

  it("sends every concept figure of the programme, and refuses when there is none", () => {
    expect(chooseSubmission([...rows])).toEqual({ rows: [rows[0], rows[3]] });
    expect(chooseSubmission([rows[1], rows[2]])).toEqual({ refused: "Er zijn geen conceptcijfers om in te dienen.", fieldErrors: {} });
  });

  it("sends one concept figure on its own", () => {
    expect(chooseSubmission([...rows], rows[3])).toEqual({ rows: [rows[3]] });
  });

  it("refuses an unchanged returned figure next to its toelichting: changing it is the answer", () => {
    const choice = chooseSubmission([...rows], rows[1]);
    expect(choice).toMatchObject({ refused: expect.stringMatching(/teruggestuurd.*Er is niets opgeslagen\.$/) });
    expect(choice).toMatchObject({ fieldErrors: { "indicators.1.explanation": [expect.stringMatching(/beantwoord de vraag/)] } });
  });

  it("refuses a figure that is already submitted", () => {
    expect(chooseSubmission([...rows], rows[2])).toMatchObject({ fieldErrors: { "lines.0.explanation": [expect.stringMatching(/al ingediend/)] } });
  });
});
