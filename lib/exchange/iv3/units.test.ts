import { describe, expect, it } from "vitest";
import { bedragToEuros, eurosToBedrag } from "./units";

describe("bedragToEuros: x € 1.000 to whole euros, without floats", () => {
  it("converts whole and decimal thousands exactly", () => {
    expect(bedragToEuros(3509)).toEqual({ euros: 3_509_000n, exact: true });
    expect(bedragToEuros(1234.567)).toEqual({ euros: 1_234_567n, exact: true });
    expect(bedragToEuros(-102)).toEqual({ euros: -102_000n, exact: true });
    expect(bedragToEuros(0.1)).toEqual({ euros: 100n, exact: true }); // 0.1 * 1000 in floats is 100.00000000000001
    expect(bedragToEuros(999_999_999_999.999)).toEqual({ euros: 999_999_999_999_999n, exact: true });
  });

  it("rounds finer amounts half away from zero to whole euros, and says so", () => {
    expect(bedragToEuros(0.0005)).toEqual({ euros: 1n, exact: false });
    expect(bedragToEuros(-0.0005)).toEqual({ euros: -1n, exact: false });
    expect(bedragToEuros(1.2344)).toEqual({ euros: 1234n, exact: false });
    expect(bedragToEuros(1e-7)).toEqual({ euros: 0n, exact: false });
  });
});

describe("eurosToBedrag", () => {
  it("writes euros as thousands with at most three decimals, and reads back the same", () => {
    expect(eurosToBedrag(1_234_567n)).toBe(1234.567);
    expect(eurosToBedrag(3_509_000n)).toBe(3509);
    expect(eurosToBedrag(-89n)).toBe(-0.089);
    expect(eurosToBedrag(0n)).toBe(0);
    for (const euros of [1n, -1n, 7_915_843_123n, 123_456_789_012_345n]) expect(bedragToEuros(eurosToBedrag(euros)).euros).toBe(euros);
  });

  it("refuses an amount no bedrag can hold exactly", () => {
    expect(() => eurosToBedrag(10n ** 15n)).toThrow(RangeError);
  });
});
