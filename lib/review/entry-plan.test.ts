import { describe, expect, it } from "vitest";
import { indicatorValueErrors, planRow, type RowPlanInput } from "./entry-plan";

const FIELDS = ["target", "actual", "explanation"] as const;
const seen = { target: "7.4", actual: null, explanation: null };

function input(overrides: Partial<RowPlanInput>): RowPlanInput {
  return {
    fields: FIELDS,
    base: seen,
    typed: seen,
    current: seen,
    typedVersion: 3,
    currentVersion: 3,
    currentStatus: "CONCEPT",
    intent: "save",
    ...overrides,
  };
}

describe("planRow", () => {
  it("does nothing when the user changed nothing", () => {
    expect(planRow(input({}))).toEqual({ kind: "unchanged" });
  });

  it("leaves a newer value of someone else alone when the user did not touch the row", () => {
    const current = { ...seen, actual: "7.1" };
    expect(planRow(input({ current, currentVersion: 4 }))).toEqual({ kind: "unchanged" });
  });

  it("refuses to submit a row the user has not seen in its newest version", () => {
    const current = { ...seen, actual: "7.1" };
    expect(planRow(input({ current, currentVersion: 4, intent: "submit" }))).toEqual({ kind: "conflict" });
  });

  it("updates the changed fields of the version the user saw", () => {
    const typed = { ...seen, actual: "7", explanation: "Gelijk gebleven." };
    expect(planRow(input({ typed }))).toEqual({
      kind: "update",
      needsReason: false,
      statusBefore: "CONCEPT",
      changes: [
        { field: "actual", oldValue: null, newValue: "7" },
        { field: "explanation", oldValue: null, newValue: "Gelijk gebleven." },
      ],
    });
  });

  it("reports a conflict instead of overwriting a newer version", () => {
    const typed = { ...seen, actual: "7" };
    const current = { ...seen, actual: "7.2" };
    expect(planRow(input({ typed, current, currentVersion: 4 }))).toEqual({ kind: "conflict" });
  });

  it("is no conflict when the other person saved exactly what this user typed", () => {
    const typed = { ...seen, actual: "7" };
    expect(planRow(input({ typed, current: typed, currentVersion: 4 }))).toEqual({ kind: "unchanged" });
  });

  it.each([
    ["INGEDIEND", true],
    ["GOEDGEKEURD", true],
    ["TERUGGESTUURD", false],
    ["CONCEPT", false],
  ] as const)("a change of a %s figure needs a reason: %s", (status, needsReason) => {
    const plan = planRow(input({ typed: { ...seen, actual: "7" }, currentStatus: status }));
    expect(plan).toMatchObject({ kind: "update", needsReason, statusBefore: status });
  });

  it("treats a cleared field as a change to null", () => {
    const base = { target: "7.4", actual: "7", explanation: "x" };
    const typed = { target: "7.4", actual: null, explanation: "x" };
    expect(planRow(input({ base, current: base, typed }))).toMatchObject({
      kind: "update",
      changes: [{ field: "actual", oldValue: "7", newValue: null }],
    });
  });
});

describe("indicatorValueErrors", () => {
  const rules = { unit: "RAPPORTCIJFER", decimals: 1, minValue: null, maxValue: null } as const;
  const row = (typed: Record<string, string | null>, base: Record<string, string | null> = { value: null }, confirmed = false) =>
    indicatorValueErrors({ index: 2, rules, base, typed: { value: null, ...typed }, confirmed });

  it("puts the indicator's rules next to the owned figure the user typed", () => {
    expect(row({ value: "7.45" })).toEqual({ "indicators.2.value": ["Maximaal 1 decimaal"] });
    expect(row({ value: "11" })).toEqual({ "indicators.2.value": ["Een rapportcijfer ligt tussen 1 en 10"] });
  });

  it("does not refuse a value stored before the rule that the user left as it was", () => {
    expect(row({ value: "7.45" }, { value: "7.45" })).toEqual({});
  });

  it("lets a confirmed unusual percentage pass, but not an unconfirmed one", () => {
    const percent = { ...rules, unit: "PERCENTAGE" } as const;
    const input = { index: 0, rules: percent, base: { value: null }, typed: { value: "120" } };
    expect(Object.keys(indicatorValueErrors({ ...input, confirmed: false }))).toEqual(["indicators.0.value"]);
    expect(indicatorValueErrors({ ...input, confirmed: true })).toEqual({});
  });
});
