import { describe, expect, it } from "vitest";
import type { EntryIndicatorDto, EntryLineDto } from "./data";
import { summarizeIndicator, summarizeLine, targetProvenance } from "./figure-summary";

const THRESHOLD = { amount: 100_000n, percent: null, rule: "AMOUNT_OR_PERCENT" } as const;

const meta = { id: "x", version: 1, reviewStatus: "CONCEPT", reviewComment: null, updatedBy: null, updatedAt: "2026-01-01T00:00:00.000Z" } as const;
const indicator = {
  key: "id:i1",
  name: "Rapportcijfer",
  definition: null,
  unit: "RAPPORTCIJFER",
  unitLabel: null,
  decimals: 1,
  minValue: null,
  maxValue: null,
  direction: "HIGHER_IS_BETTER",
  sourceName: null,
  frequency: "YEARLY",
  goalCode: null,
  goalTitle: null,
} as const;
const indicatorRow = (over: Partial<EntryIndicatorDto>): EntryIndicatorDto => ({
  ...meta,
  stage: "REALISATIE",
  value: "7",
  explanation: null,
  periodLabel: null,
  year: 2025,
  projected: false,
  dimensionValue: "",
  indicator,
  target: { value: "7.4", setIn: "Begroting 2025", adopted: true },
  previous: null,
  ...over,
});
const lineRow = (over: Partial<EntryLineDto>): EntryLineDto => ({
  ...meta,
  stage: "REALISATIE",
  key: "programma-1/lasten/lasten",
  category: "EXPENSES",
  label: "Lasten",
  functionCode: null,
  goalCode: null,
  goalTitle: null,
  amount: "1200000",
  explanation: null,
  budget: { amount: "1000000", basis: "computed" },
  ...over,
});

describe("figure summaries: what the document owns, and what it only shows", () => {
  it("shows a realisatie beside the adopted target, with where it was set, and asks for a toelichting when missed", () => {
    const s = summarizeIndicator(indicatorRow({}));
    expect(s.values).toEqual([
      { label: "Streefwaarde 2025", value: "7,4", note: "vastgesteld in Begroting 2025", owned: false },
      { label: "Realisatie 2025", value: "7,0", owned: true },
    ]);
    expect(s.achievement).toBe("NIET_GEHAALD");
    expect(s.requirement).toMatch(/niet gehaald/);
    expect(targetProvenance({ value: null, setIn: null, adopted: false })).toBe("geen streefwaarde vastgesteld");
    expect(targetProvenance({ value: "7.4", setIn: "Begroting 2025", adopted: false })).toBe("uit Begroting 2025, nog niet vastgesteld");
    expect(targetProvenance({ value: "7.4", setIn: "Begroting 2025", adopted: true })).toBe("vastgesteld in Begroting 2025");
  });

  it("shows a begroting's streefwaarde alone, without doel gehaald", () => {
    const s = summarizeIndicator(indicatorRow({ stage: "PRIMITIEF", target: null, value: "7.4" }));
    expect(s.values).toEqual([{ label: "Streefwaarde 2025", value: "7,4", owned: true }]);
    expect(s.achievement).toBeNull();
    expect(s.requirement).toBeNull();
  });

  it("measures a realisatie against the computed begroting na wijziging, with its basis", () => {
    const s = summarizeLine(lineRow({}), THRESHOLD);
    expect(s.values[0]).toMatchObject({ label: "Begroting na wijziging", value: "€ 1.000.000", note: expect.stringMatching(/^berekend/), owned: false });
    expect(s.values[1]).toEqual({ label: "Realisatie", value: "€ 1.200.000", owned: true });
    expect([s.difference, s.label]).toEqual(["€ 200.000", "N"]);
    expect(s.requirement).toMatch(/grens/);
    expect(summarizeLine(lineRow({ budget: { amount: "1150000", basis: "printed" } }), THRESHOLD)).toMatchObject({
      values: [{ note: "zoals gedrukt; primitieve begroting niet in de bron" }, {}],
      requirement: null,
    });
  });

  it("shows a primitieve begroting without verschil", () => {
    const s = summarizeLine(lineRow({ stage: "PRIMITIEF", budget: null, amount: "9000000" }), THRESHOLD);
    expect(s).toEqual({ values: [{ label: "Primitieve begroting", value: "€ 9.000.000", owned: true }], difference: null, label: null, requirement: null });
  });
});
