import { describe, expect, it } from "vitest";
import { indicatorValueTitle, MISSING_INDICATOR_NAME, withPeriod } from "./labels";

describe("indicatorValueTitle", () => {
  it("is the name alone for an indicator without a dimension", () => {
    expect(indicatorValueTitle({ name: "Gemiddeld rapportcijfer", dimensionValue: "" })).toBe("Gemiddeld rapportcijfer");
    expect(indicatorValueTitle({ name: "Gemiddeld rapportcijfer", dimensionValue: null })).toBe("Gemiddeld rapportcijfer");
    expect(indicatorValueTitle({ name: "Gemiddeld rapportcijfer" })).toBe("Gemiddeld rapportcijfer");
  });

  it("tells the values of a split indicator apart by their dimension value", () => {
    expect(indicatorValueTitle({ name: "Geboorte aangifte (%)", dimensionValue: "balie" })).toBe("Geboorte aangifte (%) (balie)");
    expect(indicatorValueTitle({ name: "Geboorte aangifte (%)", dimensionValue: "digitaal" })).toBe("Geboorte aangifte (%) (digitaal)");
  });

  it("uses the one fallback when the source printed no name", () => {
    expect(indicatorValueTitle({ name: null, dimensionValue: "" })).toBe(MISSING_INDICATOR_NAME);
    expect(indicatorValueTitle({ name: "", dimensionValue: "" })).toBe(MISSING_INDICATOR_NAME);
    expect(indicatorValueTitle({ name: "  ", dimensionValue: "" })).toBe(MISSING_INDICATOR_NAME);
    expect(indicatorValueTitle({ name: null, dimensionValue: "balie" })).toBe(`${MISSING_INDICATOR_NAME} (balie)`);
    expect(MISSING_INDICATOR_NAME).toBe("Naam ontbreekt in de bron");
  });

  it("ignores a blank dimension value", () => {
    expect(indicatorValueTitle({ name: "Aantal", dimensionValue: " " })).toBe("Aantal");
  });
});

describe("withPeriod", () => {
  it("shows a period that is not the calendar year beside the value", () => {
    expect(withPeriod("12,3", "12.3", "eerste halfjaar 2019")).toBe("12,3 (eerste halfjaar 2019)");
    expect(withPeriod("12,3", "12.3", null)).toBe("12,3");
    // No value: no period to qualify.
    expect(withPeriod("–", null, "eerste halfjaar 2019")).toBe("–");
  });
});
