import { describe, expect, it } from "vitest";
import { dutchNumber, outputCell, plainDecimal } from "./cell-out";
import type { ColumnSpec } from "./table";

const text: ColumnSpec = { header: "Naam", type: "text" };
const decimal: ColumnSpec = { header: "Waarde", type: "decimal", decimals: 1 };

describe("outputCell", () => {
  it("keeps numbers numbers and turns canonical decimal strings in number columns into numbers", () => {
    expect(outputCell(7.4, decimal)).toEqual({ kind: "number", value: 7.4 });
    expect(outputCell("7.40", decimal)).toEqual({ kind: "number", value: 7.4 });
    expect(outputCell("-12", { header: "Bedrag", type: "integer", decimals: 0 })).toEqual({ kind: "number", value: -12 });
  });

  it("leaves a numeric-looking string in a text column a text", () => {
    expect(outputCell("0012", text)).toEqual({ kind: "text", value: "0012" });
  });

  it("writes booleans as ja/nee and empty strings as empty cells", () => {
    expect(outputCell(true, text)).toEqual({ kind: "text", value: "ja" });
    expect(outputCell(false, text)).toEqual({ kind: "text", value: "nee" });
    expect(outputCell("", text)).toEqual({ kind: "empty" });
    expect(outputCell(null, decimal)).toEqual({ kind: "empty" });
  });

  it("refuses NaN and infinity instead of writing them", () => {
    expect(() => outputCell(Number.NaN, decimal)).toThrow(RangeError);
    expect(() => outputCell(Number.POSITIVE_INFINITY, decimal)).toThrow(RangeError);
  });
});

describe("plainDecimal and dutchNumber", () => {
  it.each([
    [1234567, "1234567", "1234567"],
    [7.4, "7.4", "7,4"],
    [0.1, "0.1", "0,1"],
    [-12, "-12", "-12"],
    [-0.25, "-0.25", "-0,25"],
    [0, "0", "0"],
    [1e-7, "0.0000001", "0,0000001"],
    [-1.5e-8, "-0.000000015", "-0,000000015"],
    [1e21, "1000000000000000000000", "1000000000000000000000"],
    [1.25e22, "12500000000000000000000", "12500000000000000000000"],
  ])("%d -> %s -> %s", (value, plain, dutch) => {
    expect(plainDecimal(value)).toBe(plain);
    expect(dutchNumber(value)).toBe(dutch);
    expect(Number(plain)).toBe(value);
  });
});
