import { describe, expect, it } from "vitest";
import { yearParam } from "./params";

describe("yearParam", () => {
  it("reads a year written in four decimal digits", () => {
    expect(yearParam.parse("2024")).toBe(2024);
    expect(yearParam.parse("1990")).toBe(1990);
  });

  it.each(["0x7e8", " 2022", "2022 ", "2022.0", "2e3", "+2022", "02022", "２０２２", "", "abc"])(
    "refuses %j: only decimal digits name a year",
    (input) => {
      const result = yearParam.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.message)).toEqual(["Schrijf het jaar als vier cijfers, bijvoorbeeld 2024"]);
    },
  );

  it.each(["1800", "2101"])("refuses %j as out of range, with one reason", (input) => {
    const result = yearParam.safeParse(input);
    expect(result.error!.issues.map((i) => i.message)).toEqual(["Vul een jaartal in tussen 1990 en 2100"]);
  });

  it("documents the pattern in the OpenAPI parameter", async () => {
    const { z } = await import("zod");
    expect(z.toJSONSchema(yearParam, { io: "input" })).toMatchObject({ type: "string", pattern: "^\\d{4}$" });
  });
});
