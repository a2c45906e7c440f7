import { describe, expect, it } from "vitest";
import { comparePrinted, compareRow, hasRoundingDifference, inCanonicalSigns, shownFirst } from "./printed";

describe("comparePrinted", () => {
  it("Midden-Groningen 2021 Totaal baten realisatie: printed 754, the lines add to 753", () => {
    const f = comparePrinted("BOTH_POSITIVE", "INCOME", "ACTUAL", 753_000n, 754_000n);
    expect(f).toEqual({ printed: 754n, computed: 753n, roundingDifference: 1n });
    expect(shownFirst(f)).toBe(754n);
    expect(hasRoundingDifference(f)).toBe(true);
  });

  it("Hilversum 2021 lasten verschil: printed 394 in its own signs, 2.916 − 2.521 = 395", () => {
    // Canonical verschil = realisatie − begroting = +395.000; Hilversum prints nadeel without a sign.
    const f = comparePrinted("ADVANTAGE_NEGATIVE", "EXPENSES", "DIFFERENCE", 395_000n, 394_000n);
    expect(f).toEqual({ printed: 394n, computed: 395n, roundingDifference: -1n });
  });

  it("Midden-Groningen prints verschil = begroting − realisatie, so both versions flip sign alike", () => {
    const f = comparePrinted("BOTH_POSITIVE", "INCOME", "DIFFERENCE", 91_000n, 92_000n);
    expect(f).toEqual({ printed: -92n, computed: -91n, roundingDifference: -1n });
  });

  it("has no printed figure where the document printed none, and shows the app's own then", () => {
    const f = comparePrinted("EXPENSES_NEGATIVE", "BALANCE", "ACTUAL", -13_917_000n, null);
    expect(f).toEqual({ printed: null, computed: -13_917n, roundingDifference: null });
    expect(shownFirst(f)).toBe(-13_917n);
    expect(hasRoundingDifference(f)).toBe(false);
  });

  it("an equal printed figure is no rounding difference", () => {
    expect(hasRoundingDifference(comparePrinted("EXPENSES_NEGATIVE", "RESULT", "ACTUAL", -13_899_000n, -13_899_000n))).toBe(false);
  });
});

describe("compareRow", () => {
  it("compares every column asked for", () => {
    const row = { kind: "EXPENSES" as const, cells: { BUDGET_AMENDED: 2_521_000n, ACTUAL: 2_916_000n, DIFFERENCE: 395_000n }, printed: { DIFFERENCE: 394_000n } };
    const out = compareRow("ADVANTAGE_NEGATIVE", row, ["BUDGET_AMENDED", "DIFFERENCE"]);
    expect(Object.keys(out)).toEqual(["BUDGET_AMENDED", "DIFFERENCE"]);
    expect(out.BUDGET_AMENDED).toEqual({ printed: null, computed: 2_521n, roundingDifference: null });
    expect(out.DIFFERENCE?.printed).toBe(394n);
  });
});

describe("inCanonicalSigns", () => {
  it("Zoetermeer prints lasten negative: side by side they are positive, printed and computed alike", () => {
    const f = comparePrinted("EXPENSES_NEGATIVE", "EXPENSES", "ACTUAL", 15_781_400n, 15_781_000n);
    expect(f.printed).toBe(-15_781n);
    expect(inCanonicalSigns("EXPENSES_NEGATIVE", "EXPENSES", "ACTUAL", f)).toEqual({ printed: 15_781n, computed: 15_781n, roundingDifference: 0n });
  });

  it("Hilversum prints baten negative and a nadeel saldo without a sign: canonical saldo is baten − lasten", () => {
    // Canonical saldo −2.000.000 (lasten exceed baten); Hilversum prints that nadeel as 2.000.
    const f = comparePrinted("ADVANTAGE_NEGATIVE", "BALANCE", "ACTUAL", -2_000_400n, -2_001_000n);
    expect(f.printed).toBe(2_001n);
    expect(inCanonicalSigns("ADVANTAGE_NEGATIVE", "BALANCE", "ACTUAL", f)).toEqual({ printed: -2_001n, computed: -2_000n, roundingDifference: -1n });
  });

  it("keeps a missing printed figure missing", () => {
    const f = comparePrinted("BOTH_POSITIVE", "INCOME", "ACTUAL", 753_000n, null);
    expect(inCanonicalSigns("BOTH_POSITIVE", "INCOME", "ACTUAL", f)).toEqual({ printed: null, computed: 753n, roundingDifference: null });
  });
});
