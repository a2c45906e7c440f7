import { describe, expect, it } from "vitest";
import { COMPARE_MAX_MUNICIPALITIES, COMPARE_MAX_YEARS } from "@/lib/limits";
import { comparisonSelection, selectionNotices, yearsToCompare } from "./comparison-selection";

describe("comparisonSelection", () => {
  it("selects nothing when nothing is chosen (the header link), so no comparison is read", () => {
    expect(comparisonSelection(undefined)).toEqual({ slugs: [], years: [], municipalitiesLeftOut: 0, yearsLeftOut: 0 });
  });

  it("keeps at most the cap of municipalities, in the order chosen, and counts the rest", () => {
    const chosen = Array.from({ length: COMPARE_MAX_MUNICIPALITIES + 3 }, (_, i) => `gemeente-${i}`);
    const selection = comparisonSelection(chosen);
    expect(selection.slugs).toEqual(chosen.slice(0, COMPARE_MAX_MUNICIPALITIES));
    expect(selection.municipalitiesLeftOut).toBe(3);
  });

  it("counts a municipality chosen twice once", () => {
    expect(comparisonSelection(["zoetermeer", "zoetermeer", "hilversum"]).slugs).toEqual(["zoetermeer", "hilversum"]);
  });

  it("keeps the newest chosen years up to the cap and ignores what is not a year", () => {
    const years = Array.from({ length: COMPARE_MAX_YEARS + 2 }, (_, i) => String(2015 + i));
    const selection = comparisonSelection("zoetermeer", [...years, "abc", "20245", "1800"]);
    expect(selection.years).toEqual(years.map(Number).reverse().slice(0, COMPARE_MAX_YEARS));
    expect(selection.yearsLeftOut).toBe(2);
  });
});

describe("yearsToCompare", () => {
  const tenYears = Array.from({ length: 10 }, (_, i) => 2015 + i);

  it("gives a municipality's newest years, at most the cap, when no year is chosen", () => {
    expect(yearsToCompare(tenYears, [])).toEqual([2024, 2023, 2022, 2021, 2020].slice(0, COMPARE_MAX_YEARS));
  });

  it("gives only chosen years the municipality published", () => {
    expect(yearsToCompare([2022, 2024], [2024, 2021])).toEqual([2024]);
  });
});

describe("selectionNotices", () => {
  const tenYears = Array.from({ length: 10 }, (_, i) => 2015 + i);

  it("says nothing when the choice fits", () => {
    expect(selectionNotices(comparisonSelection(["zoetermeer"]), [{ years: [2022, 2024] }])).toEqual([]);
  });

  it("tells how many municipalities were left out and how to see them", () => {
    const chosen = Array.from({ length: COMPARE_MAX_MUNICIPALITIES + 4 }, (_, i) => `gemeente-${i}`);
    expect(selectionNotices(comparisonSelection(chosen), [])).toEqual([
      `U koos ${COMPARE_MAX_MUNICIPALITIES + 4} gemeenten; er worden er hoogstens ${COMPARE_MAX_MUNICIPALITIES} tegelijk vergeleken. ` +
        "De laatste 4 zijn weggelaten: vergelijk ze in een tweede keer.",
    ]);
  });

  it("tells that only the newest years are shown when a municipality published more", () => {
    expect(selectionNotices(comparisonSelection(["a"]), [{ years: tenYears }])).toEqual([
      `Per gemeente staan hier de ${COMPARE_MAX_YEARS} nieuwste jaren. Kies hierboven jaren om andere te zien.`,
    ]);
  });

  it("tells that chosen years above the cap were left out", () => {
    const years = tenYears.map(String);
    expect(selectionNotices(comparisonSelection(["a"], years), [{ years: tenYears }])).toEqual([
      `U koos meer dan ${COMPARE_MAX_YEARS} jaren; alleen de ${COMPARE_MAX_YEARS} nieuwste daarvan worden getoond.`,
    ]);
  });
});
