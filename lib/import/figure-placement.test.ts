import { describe, expect, it } from "vitest";
import { placeFigure } from "./figure-placement";

const jaarstukken2024 = { kind: "JAARSTUKKEN" as const, year: 2024, projectionYears: 0 };
const begroting2024 = { kind: "BEGROTING" as const, year: 2024, projectionYears: 3 };
const brap2024 = { kind: "BESTUURSRAPPORTAGE" as const, year: 2024, projectionYears: 0 };

describe("placeFigure", () => {
  it("keeps the jaarstukken' own realisatie with the jaarstukken", () => {
    expect(placeFigure(jaarstukken2024, 2024, "actual")).toEqual({ owner: "self" });
  });

  it("puts a jaarstukken' printed streefwaarde and begroting with a reconstructed begroting of that year", () => {
    expect(placeFigure(jaarstukken2024, 2024, "target")).toEqual({ owner: "reconstruction", kind: "BEGROTING", year: 2024 });
    expect(placeFigure(jaarstukken2024, 2024, "budget")).toEqual({ owner: "reconstruction", kind: "BEGROTING", year: 2024 });
  });

  it("puts an earlier year's printed realisatie (Zoetermeer 2024 prints 2022 and 2023) with a reconstructed jaarstukken of that year", () => {
    expect(placeFigure(jaarstukken2024, 2022, "actual")).toEqual({ owner: "reconstruction", kind: "JAARSTUKKEN", year: 2022 });
    expect(placeFigure(jaarstukken2024, 2023, "target")).toEqual({ owner: "reconstruction", kind: "BEGROTING", year: 2023 });
  });

  it("keeps a begroting's streefwaarden of its own and projected years with the begroting", () => {
    expect(placeFigure(begroting2024, 2024, "target")).toEqual({ owner: "self" });
    expect(placeFigure(begroting2024, 2027, "budget")).toEqual({ owner: "self" });
    expect(placeFigure(begroting2024, 2028, "target")).toEqual({ owner: "reconstruction", kind: "BEGROTING", year: 2028 });
  });

  it("keeps a bestuursrapportage's own-year figure as its prognose, and a begroting it prints elsewhere", () => {
    expect(placeFigure(brap2024, 2024, "actual")).toEqual({ owner: "self" });
    expect(placeFigure(brap2024, 2024, "budget")).toEqual({ owner: "reconstruction", kind: "BEGROTING", year: 2024 });
    expect(placeFigure(begroting2024, 2023, "actual")).toEqual({ owner: "reconstruction", kind: "JAARSTUKKEN", year: 2023 });
  });
});
