import { describe, expect, it } from "vitest";
import { checkIndicatorValue, type ValueRuleIndicator } from "./value-rules";

const indicator = (over: Partial<ValueRuleIndicator> = {}): ValueRuleIndicator => ({
  unit: "RAPPORTCIJFER",
  decimals: 1,
  minValue: null,
  maxValue: null,
  ...over,
});

const error = (message: string) => ({ severity: "error", message });

describe("checkIndicatorValue: decimals are the indicator's own", () => {
  it("refuses 7.45 on a 1-decimal rapportcijfer with 'Maximaal 1 decimaal'", () => {
    expect(checkIndicatorValue("7.45", indicator())).toEqual(error("Maximaal 1 decimaal"));
  });

  it("accepts as many decimals as the indicator has, and fewer", () => {
    expect(checkIndicatorValue("7.4", indicator())).toBeNull();
    expect(checkIndicatorValue("7", indicator())).toBeNull();
    expect(checkIndicatorValue("7.45", indicator({ decimals: 2 }))).toBeNull();
  });

  it("says 'decimalen' in the plural and asks for a whole number at 0 decimals", () => {
    expect(checkIndicatorValue("7.455", indicator({ decimals: 2 }))).toEqual(error("Maximaal 2 decimalen"));
    expect(checkIndicatorValue("12.5", indicator({ unit: "AANTAL", decimals: 0 }))).toEqual(
      error("Vul een geheel getal in, zonder cijfers achter de komma"),
    );
  });

  it("checks decimals before the range: an over-precise out-of-range value is told about its decimals", () => {
    expect(checkIndicatorValue("11.25", indicator())).toEqual(error("Maximaal 1 decimaal"));
  });

  it("leaves an empty value alone", () => {
    expect(checkIndicatorValue(null, indicator())).toBeNull();
  });
});

describe("checkIndicatorValue: plausible ranges per unit", () => {
  it.each(["0.9", "0", "-1", "10.1", "11"])("refuses rapportcijfer %s outside 1–10", (value) => {
    expect(checkIndicatorValue(value, indicator())).toEqual(error("Een rapportcijfer ligt tussen 1 en 10"));
  });

  it.each(["1", "5.5", "10"])("accepts rapportcijfer %s, bounds included", (value) => {
    expect(checkIndicatorValue(value, indicator())).toBeNull();
  });

  it("refuses a negative count, accepts zero and large counts", () => {
    const count = indicator({ unit: "AANTAL", decimals: 0 });
    expect(checkIndicatorValue("-1", count)).toEqual(error("Een aantal kan niet negatief zijn"));
    expect(checkIndicatorValue("0", count)).toBeNull();
    expect(checkIndicatorValue("1387000", count)).toBeNull();
  });

  it("warns (confirmable) for a percentage above 100 or below 0, not for 0 and 100", () => {
    const percent = indicator({ unit: "PERCENTAGE", decimals: 1 });
    for (const value of ["100.1", "150", "-0.5"]) {
      const problem = checkIndicatorValue(value, percent);
      expect(problem?.severity).toBe("warning");
      expect(problem?.message).toContain("Een percentage ligt meestal tussen 0 en 100");
      expect(problem?.message).toContain("Ja, deze waarde klopt");
      expect(checkIndicatorValue(value, percent, { confirmed: true })).toBeNull();
    }
    expect(checkIndicatorValue("0", percent)).toBeNull();
    expect(checkIndicatorValue("100", percent)).toBeNull();
  });

  it("never lets a confirmation pass a hard error", () => {
    expect(checkIndicatorValue("11", indicator(), { confirmed: true })).toEqual(error("Een rapportcijfer ligt tussen 1 en 10"));
    expect(checkIndicatorValue("7.45", indicator(), { confirmed: true })).toEqual(error("Maximaal 1 decimaal"));
  });

  it("has no range for euros and other units", () => {
    expect(checkIndicatorValue("-1234567", indicator({ unit: "EURO", decimals: 0 }))).toBeNull();
    expect(checkIndicatorValue("-3.5", indicator({ unit: "OVERIG" }))).toBeNull();
  });
});

describe("checkIndicatorValue: the indicator's own minimum and maximum win", () => {
  it("a growth percentage with its own bounds: -100 to 500 hard, 250 fine without confirming", () => {
    const growth = indicator({ unit: "PERCENTAGE", minValue: "-100", maxValue: "500" });
    expect(checkIndicatorValue("250", growth)).toBeNull();
    expect(checkIndicatorValue("-20", growth)).toBeNull();
    expect(checkIndicatorValue("500.5", growth)).toEqual(error("Vul een waarde in van -100% tot en met 500%"));
    expect(checkIndicatorValue("-101", growth, { confirmed: true })).toEqual(error("Vul een waarde in van -100% tot en met 500%"));
  });

  it("replaces one bound and keeps the unit's other one", () => {
    const share = indicator({ unit: "PERCENTAGE", maxValue: "80" });
    expect(checkIndicatorValue("81", share)).toEqual(error("Vul een waarde in van maximaal 80%"));
    expect(checkIndicatorValue("-1", share)?.severity).toBe("warning");
    expect(checkIndicatorValue("-1", share)?.message).toContain("niet onder 0");
  });

  it("narrows a rapportcijfer and gives bounds in Dutch notation", () => {
    const grade = indicator({ minValue: "5.5" });
    expect(checkIndicatorValue("5.4", grade)).toEqual(error("Vul een waarde in van 5,5 tot en met 10"));
    expect(checkIndicatorValue("10.5", grade)).toEqual(error("Vul een waarde in van 5,5 tot en met 10"));
    expect(checkIndicatorValue("5.5", grade)).toBeNull();
  });

  it("gives a count a maximum, and a euro amount a minimum", () => {
    expect(checkIndicatorValue("2001", indicator({ unit: "AANTAL", decimals: 0, maxValue: "2000" }))).toEqual(
      error("Vul een waarde in van 0 tot en met 2.000"),
    );
    expect(checkIndicatorValue("-1", indicator({ unit: "EURO", decimals: 0, minValue: "0" }))).toEqual(
      error("Vul een waarde in van minimaal 0"),
    );
  });
});
