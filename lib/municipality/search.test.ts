import { describe, expect, it } from "vitest";
import { matchesName, normalizeName } from "./search";

describe("matchesName", () => {
  it.each([
    ["Leidschendam-Voorburg", "leidschendam voorburg", true],
    ["Leidschendam-Voorburg", "VOORBURG", true],
    ["Súdwest-Fryslân", "sudwest fryslan", true],
    ["Zoetermeer", "", true],
    ["Zoetermeer", "  ", true],
    ["Zoetermeer", "hilver", false],
    ["'s-Hertogenbosch", "hertogenbosch", true],
  ])("%s with %j -> %s", (name, query, expected) => {
    expect(matchesName(name, query)).toBe(expected);
  });

  it("normalises punctuation and spaces", () => {
    expect(normalizeName("  Midden--Groningen ")).toBe("midden groningen");
  });
});
