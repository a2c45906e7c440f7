import { describe, it, expect } from "vitest";
import {
  computeBalance,
  perInhabitant,
  computeResult,
  roundToThousands,
  sumAmounts,
  thousandsToEuros,
} from "./money";

describe("roundToThousands", () => {
  it.each([
    [15_781_000n, 15_781n],
    [15_781_499n, 15_781n],
    [15_781_500n, 15_782n],
    [-15_781_500n, -15_782n],
    [-15_781_499n, -15_781n],
    [499n, 0n],
    [500n, 1n],
    [-500n, -1n],
    [0n, 0n],
  ])("%s euros -> %s thousand", (euros, thousands) => {
    expect(roundToThousands(euros)).toBe(thousands);
  });
});

describe("thousandsToEuros", () => {
  it.each([
    [12_548n, 12_548_000n],
    [-7_226n, -7_226_000n],
    [0n, 0n],
  ])("%s thousand -> %s euros", (thousands, euros) => {
    expect(thousandsToEuros(thousands)).toBe(euros);
  });

  it("round-trips through roundToThousands", () => {
    for (const k of [-19_267n, -1n, 0n, 18n, 5_350n]) {
      expect(roundToThousands(thousandsToEuros(k))).toBe(k);
    }
  });
});

describe("sumAmounts", () => {
  it("adds the entered amounts", () => {
    expect(sumAmounts([12_548n, 6_719n])).toBe(19_267n);
  });
  it("skips null and undefined", () => {
    expect(sumAmounts([1n, null, undefined, 2n])).toBe(3n);
  });
  it("is null when nothing was entered", () => {
    expect(sumAmounts([])).toBeNull();
    expect(sumAmounts([null, undefined])).toBeNull();
  });
  it("keeps an entered zero", () => {
    expect(sumAmounts([null, 0n])).toBe(0n);
  });
});

describe("computeBalance (baten − lasten)", () => {
  it("Midden-Groningen 2021 begroting na wijzigingen: 661 − 3.590 = −2.929 (printed −2.928 after rounding)", () => {
    expect(computeBalance({ expenses: 3_590n, income: 661n })).toBe(-2_929n);
  });
  it("Zoetermeer 2024 doelstelling 6.1: 5.304 − 12.548", () => {
    expect(computeBalance({ expenses: 12_548n, income: 5_304n })).toBe(-7_244n);
  });
  it("treats a missing side as not entered", () => {
    expect(computeBalance({ expenses: 100n })).toBe(-100n);
    expect(computeBalance({ income: 100n, expenses: null })).toBe(100n);
  });
  it("is null when neither side was entered", () => {
    expect(computeBalance({})).toBeNull();
    expect(computeBalance({ expenses: null, income: null })).toBeNull();
  });
});

describe("computeResult (saldo + onttrekkingen − toevoegingen)", () => {
  it("Zoetermeer 2024 doelstelling 6.1: −12.548 + 5.304 − 0 + 18 = −7.226", () => {
    expect(
      computeResult({ expenses: 12_548n, income: 5_304n, additions: 0n, withdrawals: 18n }),
    ).toBe(-7_226n);
  });
  it("Zoetermeer 2024 totaal programma 6: −13.899", () => {
    expect(
      computeResult({ expenses: 19_267n, income: 5_350n, additions: 0n, withdrawals: 18n }),
    ).toBe(-13_899n);
  });
  it("subtracts additions to reserves", () => {
    expect(computeResult({ income: 100n, additions: 30n })).toBe(70n);
  });
  it("is null when nothing was entered", () => {
    expect(computeResult({})).toBeNull();
    expect(
      computeResult({ expenses: null, income: null, additions: null, withdrawals: null }),
    ).toBeNull();
  });
});

describe("perInhabitant", () => {
  it("divides exactly and rounds half away from zero (Zoetermeer 2024 lasten / 129.941 inwoners)", () => {
    expect(perInhabitant(19_267_000n, 129_941)).toBe(148n);
    expect(perInhabitant(-9_516_000n, 129_941)).toBe(-73n);
    expect(perInhabitant(3n, 2)).toBe(2n);
    expect(perInhabitant(-3n, 2)).toBe(-2n);
  });
  it("is null without amount or population", () => {
    expect(perInhabitant(null, 100)).toBeNull();
    expect(perInhabitant(100n, null)).toBeNull();
    expect(perInhabitant(100n, 0)).toBeNull();
  });
});
