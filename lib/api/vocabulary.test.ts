import { describe, expect, it } from "vitest";
import * as enums from "@/lib/generated/prisma/enums";
import * as vocabulary from "./vocabulary";

// A database enum value without a Dutch API name would reach the API as undefined.
const pairs = [
  [enums.DocumentKind, vocabulary.documentKind],
  [enums.DocumentStatus, vocabulary.documentStatus],
  [enums.SignConvention, vocabulary.signConvention],
  [enums.DeviationRule, vocabulary.deviationRule],
  [enums.GoalLevel, vocabulary.goalLevel],
  [enums.IndicatorUnit, vocabulary.indicatorUnit],
  [enums.IndicatorDirection, vocabulary.indicatorDirection],
  [enums.IndicatorFrequency, vocabulary.indicatorFrequency],
  [enums.PrintedRow, vocabulary.rowKind],
  [enums.AmountColumn, vocabulary.amountColumn],
] as const;

describe("the API vocabulary", () => {
  it.each(pairs.map(([e, v]) => [Object.keys(e).join(","), e, v] as const))("translates every value of %s", (_name, e, v) => {
    expect(Object.keys(v.map).sort()).toEqual(Object.values(e).sort());
  });

  it("translates back", () => {
    expect(vocabulary.rowKind.keyOf("saldo")).toBe("BALANCE");
    expect(vocabulary.documentKind.keyOf("jaarstukken")).toBe("JAARSTUKKEN");
  });

  it("uses distinct Dutch values", () => {
    for (const [, v] of pairs) expect(new Set(Object.values(v.map)).size).toBe(Object.keys(v.map).length);
  });
});
