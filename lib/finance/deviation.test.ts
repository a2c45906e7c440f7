import { describe, it, expect } from "vitest";
import {
  type ExplanationThreshold,
  canonicalDifference,
  deviationLabel,
  deviationLabelText,
  requiresExplanation,
} from "./deviation";

describe("canonicalDifference (realisatie − begroting na wijziging)", () => {
  it.each([
    [1_222_000n, 1_311_000n, 89_000n],
    [1_393_000n, 1_053_000n, -340_000n],
    [642_000n, 703_000n, 61_000n],
    [100n, 100n, 0n],
    [null, 38_000n, 38_000n],
    [0n, 38_000n, 38_000n],
    [100n, null, null],
    [null, null, null],
  ])("budget %s, actual %s -> %s", (budget, actual, expected) => {
    expect(canonicalDifference(budget, actual)).toBe(expected);
  });
});

describe("deviationLabel", () => {
  it.each([
    // lasten: spending less is favourable
    ["EXPENSES", -340_000n, "V"],
    ["EXPENSES", 89_000n, "N"],
    // baten: receiving more is favourable
    ["INCOME", 61_000n, "V"],
    ["INCOME", -11_000n, "N"],
    // toevoegingen lower the result, onttrekkingen raise it
    ["RESERVE_ADDITION", 5n, "N"],
    ["RESERVE_ADDITION", -5n, "V"],
    ["RESERVE_WITHDRAWAL", 5n, "V"],
    ["RESERVE_WITHDRAWAL", -5n, "N"],
    // saldo and resultaat: higher is better
    ["BALANCE", 317_000n, "V"],
    ["BALANCE", -159_000n, "N"],
    ["RESULT", 1n, "V"],
    ["RESULT", -1n, "N"],
  ] as const)("%s difference %s -> %s", (row, difference, label) => {
    expect(deviationLabel(row, difference)).toBe(label);
  });

  it.each(["EXPENSES", "INCOME", "RESERVE_ADDITION", "RESERVE_WITHDRAWAL", "BALANCE", "RESULT"] as const)(
    "%s: no label for zero or missing",
    (row) => {
      expect(deviationLabel(row, 0n)).toBeNull();
      expect(deviationLabel(row, null)).toBeNull();
    },
  );

  it("Hilversum 2021 Burgerzaken: lasten N, baten V, saldo N", () => {
    expect(deviationLabel("EXPENSES", canonicalDifference(2_521n, 2_916n))).toBe("N");
    expect(deviationLabel("INCOME", canonicalDifference(1_075n, 1_311n))).toBe("V");
    expect(deviationLabel("BALANCE", canonicalDifference(-1_446n, -1_605n))).toBe("N");
  });
});

describe("deviationLabelText", () => {
  it("spells the labels out in Dutch", () => {
    expect(deviationLabelText("V")).toBe("voordeel");
    expect(deviationLabelText("N")).toBe("nadeel");
  });
});

describe("requiresExplanation", () => {
  const middenGroningen: ExplanationThreshold = {
    amount: 100_000n,
    percent: null,
    rule: "AMOUNT_OR_PERCENT",
  };

  describe("Midden-Groningen 2021, € 100.000 (amount only)", () => {
    it("Bestuurlijke samenwerking lasten 1.393.000 -> 1.053.000: explain, voordeel", () => {
      expect(requiresExplanation(middenGroningen, 1_393_000n, 1_053_000n)).toBe(true);
      expect(deviationLabel("EXPENSES", canonicalDifference(1_393_000n, 1_053_000n))).toBe("V");
    });
    it("Burgerzaken lasten 1.222.000 -> 1.311.000: below threshold, nadeel", () => {
      expect(requiresExplanation(middenGroningen, 1_222_000n, 1_311_000n)).toBe(false);
      expect(deviationLabel("EXPENSES", canonicalDifference(1_222_000n, 1_311_000n))).toBe("N");
    });
    it("Burgerzaken baten 642.000 -> 703.000: voordeel", () => {
      expect(requiresExplanation(middenGroningen, 642_000n, 703_000n)).toBe(false);
      expect(deviationLabel("INCOME", canonicalDifference(642_000n, 703_000n))).toBe("V");
    });
    it("a deviation of exactly € 100.000 is not above the threshold", () => {
      expect(requiresExplanation(middenGroningen, 1_000_000n, 1_100_000n)).toBe(false);
      expect(requiresExplanation(middenGroningen, 1_000_000n, 900_000n)).toBe(false);
      expect(requiresExplanation(middenGroningen, 1_000_000n, 1_100_001n)).toBe(true);
      expect(requiresExplanation(middenGroningen, 1_000_000n, 899_999n)).toBe(true);
    });
    it("the rule does not matter when only one threshold is set", () => {
      const and = { ...middenGroningen, rule: "AMOUNT_AND_PERCENT" } as const;
      expect(requiresExplanation(and, 1_393_000n, 1_053_000n)).toBe(true);
      expect(requiresExplanation(and, 1_222_000n, 1_311_000n)).toBe(false);
    });
  });

  describe("percent only (10%)", () => {
    const tenPercent: ExplanationThreshold = { amount: null, percent: "10", rule: "AMOUNT_OR_PERCENT" };
    it.each([
      [1_000n, 1_100n, false],
      [1_000n, 1_101n, true],
      [1_000n, 900n, false],
      [1_000n, 899n, true],
      [0n, 1n, true],
      [0n, 0n, false],
      [null, 1n, true],
      [-1_000n, -1_101n, true],
      [-1_000n, -1_100n, false],
      [1_000n, null, false],
    ])("budget %s, actual %s -> %s", (budget, actual, expected) => {
      expect(requiresExplanation(tenPercent, budget, actual)).toBe(expected);
    });

    it("handles a decimal percentage exactly", () => {
      const t: ExplanationThreshold = { amount: null, percent: "2.5", rule: "AMOUNT_OR_PERCENT" };
      expect(requiresExplanation(t, 1_000n, 1_025n)).toBe(false);
      expect(requiresExplanation(t, 1_000n, 1_026n)).toBe(true);
    });
  });

  describe("amount and percent combined (€ 50.000, 10%)", () => {
    const base = { amount: 50_000n, percent: "10" };
    // [budget, actual, amount exceeded, percent exceeded]
    const cases: [bigint, bigint, boolean, boolean][] = [
      [1_000_000n, 1_060_000n, true, false],
      [100_000n, 140_000n, false, true],
      [100_000n, 160_000n, true, true],
      [1_000_000n, 1_040_000n, false, false],
    ];
    it.each(cases)("OR: budget %s, actual %s (amount %s, percent %s)", (b, a, amount, percent) => {
      const t = { ...base, rule: "AMOUNT_OR_PERCENT" } as const;
      expect(requiresExplanation(t, b, a)).toBe(amount || percent);
    });
    it.each(cases)("AND: budget %s, actual %s (amount %s, percent %s)", (b, a, amount, percent) => {
      const t = { ...base, rule: "AMOUNT_AND_PERCENT" } as const;
      expect(requiresExplanation(t, b, a)).toBe(amount && percent);
    });
  });

  describe("no threshold set", () => {
    it.each(["AMOUNT_OR_PERCENT", "AMOUNT_AND_PERCENT"] as const)("%s: never", (rule) => {
      const none: ExplanationThreshold = { amount: null, percent: null, rule };
      expect(requiresExplanation(none, 1_000n, 10_000_000n)).toBe(false);
      expect(requiresExplanation(none, 0n, 1n)).toBe(false);
    });
  });

  it("nothing to explain without a realisatie", () => {
    expect(requiresExplanation(middenGroningen, 1_000_000n, null)).toBe(false);
  });

  it("a zero budget with a non-zero actual exceeds any percentage", () => {
    const t: ExplanationThreshold = { amount: null, percent: "1000", rule: "AMOUNT_OR_PERCENT" };
    expect(requiresExplanation(t, 0n, 1n)).toBe(true);
    expect(requiresExplanation(t, 0n, -1n)).toBe(true);
  });
});
