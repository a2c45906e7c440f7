import { describe, expect, it } from "vitest";
import { chooseSubmission, submissionProblems } from "./submission";

const THRESHOLD = { amount: 100_000n, percent: null, rule: "AMOUNT_OR_PERCENT" } as const;

const realisatie = (direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER", target: string | null) =>
  ({ stage: "REALISATIE", direction, target }) as const;
const line = (stage: "PRIMITIEF" | "PROGNOSE" | "REALISATIE", budget: bigint | null) => ({ stage, category: "EXPENSES", budget }) as const;

describe("submissionProblems: errors keyed by the form field they belong to", () => {
  it("measures a realisatie against the adopted target and the computed budget, each problem under its row and field", () => {
    const errors = submissionProblems(THRESHOLD, [
      { group: "indicators", index: 0, context: realisatie("HIGHER_IS_BETTER", "7.4"), values: { value: "7", explanation: null } },
      { group: "indicators", index: 1, context: realisatie("HIGHER_IS_BETTER", "7"), values: { value: "7", explanation: null } },
      { group: "indicators", index: 2, context: realisatie("HIGHER_IS_BETTER", "6.9"), values: { value: null, explanation: null } },
      { group: "lines", index: 0, context: line("REALISATIE", 1_000_000n), values: { amount: "1200000", explanation: null } },
      { group: "lines", index: 1, context: line("REALISATIE", 1_000_000n), values: { amount: null, explanation: null } },
      { group: "lines", index: 2, context: line("REALISATIE", 1_000_000n), values: { amount: "1050000", explanation: null } },
    ]);
    expect(Object.keys(errors).sort()).toEqual(["indicators.0.explanation", "indicators.2.explanation", "lines.0.explanation", "lines.1.amount"]);
    expect(errors["indicators.0.explanation"]![0]).toMatch(/niet gehaald/);
    expect(errors["indicators.2.explanation"]![0]).toMatch(/geen realisatie/);
    expect(errors["lines.0.explanation"]![0]).toMatch(/grens/);
    expect(errors["lines.1.amount"]![0]).toMatch(/Vul de realisatie in/);
  });

  it("has nothing to say about complete figures", () => {
    expect(
      submissionProblems(THRESHOLD, [
        { group: "indicators", index: 0, context: realisatie("LOWER_IS_BETTER", "10"), values: { value: "9", explanation: null } },
        { group: "lines", index: 0, context: line("REALISATIE", 5n), values: { amount: "0", explanation: null } },
      ]),
    ).toEqual({});
  });

  it("asks a begroting for its primitieve begroting, not for a toelichting on a deviation or a missed target", () => {
    const errors = submissionProblems(THRESHOLD, [
      { group: "indicators", index: 0, context: { stage: "PRIMITIEF", direction: "HIGHER_IS_BETTER", target: null }, values: { value: null, explanation: null } },
      { group: "lines", index: 0, context: line("PRIMITIEF", null), values: { amount: null, explanation: null } },
      { group: "lines", index: 1, context: line("PRIMITIEF", null), values: { amount: "9000000", explanation: null } },
    ]);
    expect(errors).toEqual({ "lines.0.amount": [expect.stringMatching(/Vul de primitieve begroting in/)] });
  });

  it("measures a prognose against the computed budget", () => {
    const errors = submissionProblems(THRESHOLD, [
      { group: "lines", index: 0, context: line("PROGNOSE", 1_000_000n), values: { amount: "1200000", explanation: null } },
      { group: "lines", index: 1, context: line("PROGNOSE", 1_000_000n), values: { amount: null, explanation: null } },
    ]);
    expect(errors).toEqual({
      "lines.0.explanation": [expect.stringMatching(/grens/)],
      "lines.1.amount": [expect.stringMatching(/Vul de prognose in/)],
    });
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
