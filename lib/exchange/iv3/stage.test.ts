import { describe, expect, it } from "vitest";
import { iv3Stage, stageProblem } from "./stage";

describe("iv3Stage", () => {
  it("reads periode 0 as the begroting, 5 as the jaarrekening and 1–4 as kwartalen", () => {
    expect(iv3Stage({ boekjaar: 2025, periode: 0, status: "Begroting" })).toEqual({ year: 2025, stage: "BEGROTING", periode: 0, label: "begroting 2025" });
    expect(iv3Stage({ boekjaar: 2023, periode: 5, status: "Realisatie" })).toEqual({ year: 2023, stage: "REALISATIE", periode: 5, label: "realisatie 2023" });
    expect(iv3Stage({ boekjaar: 2025, periode: 1, status: "Realisatie" })).toEqual({ year: 2025, stage: "KWARTAAL", periode: 1, label: "1e kwartaal 2025" });
    expect(iv3Stage({ boekjaar: 2025, periode: 4, status: "Realisatie" }).label).toBe("4e kwartaal 2025");
  });

  it("refuses a status that does not fit the periode", () => {
    expect(stageProblem("Begroting", 0)).toBeNull();
    expect(stageProblem("Realisatie", 3)).toBeNull();
    expect(stageProblem("Begroting", 5)).toMatch(/status Begroting hoort periode 0/);
    expect(stageProblem("Realisatie", 0)).toMatch(/periode 0 is een begroting/);
    expect(() => iv3Stage({ boekjaar: 2025, periode: 5, status: "Begroting" })).toThrow(/periode 0/);
    expect(() => iv3Stage({ boekjaar: 2025, periode: 6, status: "Realisatie" })).toThrow(/periode 6/);
  });
});
