import { describe, it, expect } from "vitest";
import {
  absDecimal,
  compareDecimal,
  divideHalfAwayFromZero,
  isCanonicalDecimal,
  isDecimalString,
  normalizeDecimal,
  roundDecimal,
  subtractDecimal,
  toFraction,
} from "./decimal";

describe("normalizeDecimal", () => {
  it.each([
    ["7.4", "7.4"],
    ["7.40", "7.4"],
    ["007.40", "7.4"],
    ["-3", "-3"],
    ["-3.000", "-3"],
    ["+5", "5"],
    ["0", "0"],
    ["-0", "0"],
    ["-0.00", "0"],
    ["0.05", "0.05"],
    ["-0.5", "-0.5"],
    ["1234.5", "1234.5"],
    ["123456789012345678901234567890.1", "123456789012345678901234567890.1"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeDecimal(input)).toBe(expected);
  });

  it.each(["", "7,4", "1.234.5", ".5", "5.", "1e3", " 7", "abc", "--1", "NaN"])(
    "throws on %j",
    (input) => {
      expect(() => normalizeDecimal(input)).toThrow();
    },
  );
});

describe("isDecimalString and isCanonicalDecimal", () => {
  it.each([
    ["7.4", true, true],
    ["7.40", true, false],
    ["+7.4", true, false],
    ["07", true, false],
    ["-0", true, false],
    ["0", true, true],
    ["-3", true, true],
    ["7,4", false, false],
    ["", false, false],
    ["1 234", false, false],
  ])("%j: decimal %s, canonical %s", (input, decimal, canonical) => {
    expect(isDecimalString(input)).toBe(decimal);
    expect(isCanonicalDecimal(input)).toBe(canonical);
  });
});

describe("compareDecimal", () => {
  it.each([
    ["7.4", "7.0", 1],
    ["7", "7.0", 0],
    ["6.6", "7", -1],
    ["-3", "-2.5", -1],
    ["-0", "0", 0],
    ["0.1", "0.09", 1],
    ["1234.5", "999.99", 1],
  ] as const)("compare(%s, %s) = %d", (a, b, expected) => {
    expect(compareDecimal(a, b)).toBe(expected);
  });
});

describe("subtractDecimal", () => {
  it.each([
    ["7.3", "6.6", "0.7"],
    ["6.6", "7.3", "-0.7"],
    ["7", "7.0", "0"],
    ["0.3", "0.1", "0.2"],
    ["1234.5", "-0.55", "1235.05"],
    ["-3", "2", "-5"],
  ])("%s - %s = %s", (a, b, expected) => {
    expect(subtractDecimal(a, b)).toBe(expected);
  });
});

describe("absDecimal", () => {
  it.each([
    ["-0.7", "0.7"],
    ["0.7", "0.7"],
    ["-0.0", "0"],
    ["-12.50", "12.5"],
  ])("|%s| = %s", (input, expected) => {
    expect(absDecimal(input)).toBe(expected);
  });
});

describe("divideHalfAwayFromZero", () => {
  it.each([
    [1499n, 1000n, 1n],
    [1500n, 1000n, 2n],
    [2500n, 1000n, 3n],
    [-1499n, 1000n, -1n],
    [-1500n, 1000n, -2n],
    [-2500n, 1000n, -3n],
    [0n, 1000n, 0n],
    [999n, 1000n, 1n],
    [-499n, 1000n, 0n],
  ])("%s / %s = %s", (n, d, expected) => {
    expect(divideHalfAwayFromZero(n, d)).toBe(expected);
  });

  it("refuses a non-positive denominator", () => {
    expect(() => divideHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
    expect(() => divideHalfAwayFromZero(1n, -1n)).toThrow(RangeError);
  });
});

describe("roundDecimal", () => {
  it.each([
    ["7.45", 1, "7.5"],
    ["7.44", 1, "7.4"],
    ["-7.45", 1, "-7.5"],
    ["-7.44", 1, "-7.4"],
    ["7.05", 1, "7.1"],
    ["7.04", 1, "7"],
    ["-0.04", 1, "0"],
    ["2.5", 0, "3"],
    ["-2.5", 0, "-3"],
    ["7.4", 2, "7.4"],
    ["7.40", 3, "7.4"],
    ["1234.5", 0, "1235"],
    ["9.99", 1, "10"],
  ] as const)("round(%s, %d) = %s", (input, decimals, expected) => {
    expect(roundDecimal(input, decimals)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN])("refuses %d decimals", (decimals) => {
    expect(() => roundDecimal("1", decimals)).toThrow(RangeError);
  });
});

describe("toFraction", () => {
  it.each([
    ["2.5", 25n, 10n],
    ["10", 10n, 1n],
    ["-0.125", -125n, 1000n],
    ["3.10", 310n, 100n],
  ])("%s = %s / %s", (input, numerator, denominator) => {
    expect(toFraction(input)).toEqual({ numerator, denominator });
  });
});
