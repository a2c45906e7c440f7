import { describe, expect, it } from "vitest";
import { previousYearActual, type YearFigure } from "./previous-year";

const figure = (year: number, stage: YearFigure["stage"], amount: bigint | null, origin?: YearFigure["origin"]): YearFigure => ({
  year,
  stage,
  amount,
  origin,
});

describe("previousYearActual (realisatie vorig jaar)", () => {
  it("is the REALISATIE of the year before", () => {
    const figures = [figure(2023, "REALISATIE", 900n), figure(2024, "REALISATIE", 1_000n), figure(2022, "REALISATIE", 800n)];
    expect(previousYearActual(figures, 2024)).toBe(900n);
  });

  it("never takes another stage of the year before", () => {
    const figures = [figure(2023, "PRIMITIEF", 1n), figure(2023, "MEERJARENRAMING", 2n), figure(2023, "PROGNOSE", 3n)];
    expect(previousYearActual(figures, 2024)).toBeNull();
  });

  it("is null for an empty realisatie slot, not zero", () => {
    expect(previousYearActual([figure(2023, "REALISATIE", null)], 2024)).toBeNull();
  });

  it("keeps a realised zero and negative amounts", () => {
    expect(previousYearActual([figure(2023, "REALISATIE", 0n)], 2024)).toBe(0n);
    expect(previousYearActual([figure(2023, "REALISATIE", -12n)], 2024)).toBe(-12n);
  });

  it("prefers the real jaarstukken over a column reconstructed from the next jaarrekening", () => {
    const figures = [figure(2023, "REALISATIE", 901_000n, "RECONSTRUCTED"), figure(2023, "REALISATIE", 900_512n, "IMPORTED")];
    expect(previousYearActual(figures, 2024)).toBe(900_512n);
  });

  it("uses the reconstructed realisatie when it is the only one", () => {
    expect(previousYearActual([figure(2020, "REALISATIE", 5n, "RECONSTRUCTED")], 2021)).toBe(5n);
  });

  it("refuses two real realisaties of one year instead of picking one", () => {
    const figures = [figure(2023, "REALISATIE", 1n, "ENTERED"), figure(2023, "REALISATIE", 2n, "IMPORTED")];
    expect(() => previousYearActual(figures, 2024)).toThrow(/2023/);
  });
});
