import { describe, expect, it } from "vitest";
import { lineTitle } from "./labels";

describe("lineTitle", () => {
  it("keeps the category, so lasten and baten of one label differ", () => {
    expect(lineTitle({ category: "EXPENSES", label: "Continueren klanttevredenheid" })).toBe("Lasten: Continueren klanttevredenheid");
    expect(lineTitle({ category: "INCOME", label: "Continueren klanttevredenheid" })).toBe("Baten: Continueren klanttevredenheid");
    expect(lineTitle({ category: "RESERVE_WITHDRAWAL", label: "Algemene reserve" })).toBe("Onttrekkingen aan reserves: Algemene reserve");
  });
});
