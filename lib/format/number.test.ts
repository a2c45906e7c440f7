import { describe, it, expect } from "vitest";
import {
  MISSING_VALUE,
  formatDecimal,
  formatEuro,
  formatIndicatorValue,
  formatInteger,
  formatPercent,
  formatThousands,
} from "./number";

describe("formatInteger", () => {
  it.each([
    [15_781n, "15.781"],
    [-9_516n, "-9.516"],
    [0n, "0"],
    [7n, "7"],
    [999n, "999"],
    [1_000n, "1.000"],
    [-1_000n, "-1.000"],
    [1_234_567n, "1.234.567"],
    [-100_000n, "-100.000"],
    [123_456_789_012_345_678_901n, "123.456.789.012.345.678.901"],
  ])("bigint %s -> %s", (n, expected) => {
    expect(formatInteger(n)).toBe(expected);
  });

  it.each([
    [15781, "15.781"],
    [-9516, "-9.516"],
    [0, "0"],
    [-0, "0"],
    [1234, "1.234"],
  ])("number %d -> %s", (n, expected) => {
    expect(formatInteger(n)).toBe(expected);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])("refuses %d", (n) => {
    expect(() => formatInteger(n)).toThrow(RangeError);
  });
});

describe("formatThousands", () => {
  it.each([
    [15_781_000n, "15.781"],
    [12_548_499n, "12.548"],
    [12_548_500n, "12.549"],
    [-12_548_500n, "-12.549"],
    [-7_226_000n, "-7.226"],
    [400n, "0"],
    [-400n, "0"],
    [0n, "0"],
  ])("%s euros -> %s", (euros, expected) => {
    expect(formatThousands(euros)).toBe(expected);
  });
});

describe("formatEuro", () => {
  it.each([
    [1_234_567n, "€ 1.234.567"],
    [-89n, "€ -89"],
    [0n, "€ 0"],
    [100_000n, "€ 100.000"],
  ])("%s -> %s", (euros, expected) => {
    expect(formatEuro(euros)).toBe(expected);
  });
});

describe("formatDecimal", () => {
  it.each([
    ["7.4", 1, "7,4"],
    ["7", 1, "7,0"],
    ["1234.5", 1, "1.234,5"],
    ["1234.5", 0, "1.235"],
    ["7.45", 1, "7,5"],
    ["-7.45", 1, "-7,5"],
    ["-3", 0, "-3"],
    ["-3", 2, "-3,00"],
    ["0.05", 1, "0,1"],
    ["-0.04", 1, "0,0"],
    ["1234567.891", 2, "1.234.567,89"],
    ["0", 0, "0"],
  ] as const)("(%s, %d) -> %s", (value, decimals, expected) => {
    expect(formatDecimal(value, decimals)).toBe(expected);
  });

  it("refuses a value that is not a decimal string", () => {
    expect(() => formatDecimal("7,4", 1)).toThrow();
  });
});

describe("formatPercent", () => {
  it.each([
    ["3.3", 1, "3,3%"],
    ["34", 0, "34%"],
    ["69", 1, "69,0%"],
    ["-34", 0, "-34%"],
  ] as const)("(%s, %d) -> %s", (value, decimals, expected) => {
    expect(formatPercent(value, decimals)).toBe(expected);
  });
});

describe("formatIndicatorValue", () => {
  it("shows a dash for a missing value, whatever the unit", () => {
    for (const unit of ["RAPPORTCIJFER", "PERCENTAGE", "AANTAL", "EURO", "OVERIG"] as const) {
      expect(formatIndicatorValue(null, unit, 1, "panelleden")).toBe(MISSING_VALUE);
    }
    expect(MISSING_VALUE).toBe("–");
  });

  it.each([
    ["7.4", "RAPPORTCIJFER", 1, undefined, "7,4"],
    ["7", "RAPPORTCIJFER", 1, undefined, "7,0"],
    ["34", "PERCENTAGE", 0, undefined, "34%"],
    ["3.3", "PERCENTAGE", 1, undefined, "3,3%"],
    ["1387", "AANTAL", 0, undefined, "1.387"],
    ["1234", "EURO", 0, undefined, "€ 1.234"],
    ["-89", "EURO", 0, undefined, "€ -89"],
    ["946", "OVERIG", 0, "panelleden", "946 panelleden"],
    ["946", "OVERIG", 0, null, "946"],
    ["946", "OVERIG", 0, "", "946"],
    ["946", "AANTAL", 0, "panelleden", "946"],
    // Stored before the decimals rule: shown with every stored digit, as the API's JSON and CSV give it, not rounded.
    ["7.45", "RAPPORTCIJFER", 1, undefined, "7,45"],
    ["33.25", "PERCENTAGE", 1, undefined, "33,25%"],
  ] as const)("%s %s (%d decimals, label %j) -> %s", (value, unit, decimals, label, expected) => {
    expect(formatIndicatorValue(value, unit, decimals, label)).toBe(expected);
  });
});
