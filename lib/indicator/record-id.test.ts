import { describe, expect, it } from "vitest";
import { recordIdSchema } from "./schema";

describe("recordIdSchema: a Dutch message with the right article", () => {
  it.each([
    ["rol", "de", "", "Geef aan welke rol u wijzigt"],
    ["cijfer", "het", "", "Geef aan welk cijfer u wijzigt"],
    ["cijfer", "het", "x".repeat(65), "Onbekend cijfer"],
    ["gemeente", "de", "x".repeat(65), "Onbekende gemeente"],
  ] as const)("%s (%s), case %#", (what, article, input, message) => {
    expect(recordIdSchema(what, article).safeParse(input).error?.issues[0]?.message).toBe(message);
  });

  it("trims and accepts an id", () => {
    expect(recordIdSchema("rol").parse(" abc ")).toBe("abc");
  });
});
