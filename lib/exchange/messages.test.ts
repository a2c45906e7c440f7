import { describe, expect, it } from "vitest";
import { backTo } from "./messages";

describe("where an import form returns to", () => {
  it("returns to the werkplek page it came from, with the refusal", () => {
    expect(backTo("/werkplek/ede/2027/uitwisseling/c1?stuk=jaarstukken", "Niet gelukt")).toBe("/werkplek/ede/2027/uitwisseling/c1?stuk=jaarstukken&fout=Niet%20gelukt");
    expect(backTo("/werkplek/ede/2027/uitwisseling/c1", null)).toBe("/werkplek/ede/2027/uitwisseling/c1");
  });

  it("never sends anyone to another site", () => {
    expect(backTo("https://evil.example/", null)).toBe("/werkplek");
    expect(backTo("//evil.example/werkplek", null)).toBe("/werkplek");
    expect(backTo("/werkplek//evil.example", null)).toBe("/werkplek");
    expect(backTo("/werkplek/\\evil", null)).toBe("/werkplek");
  });
});
