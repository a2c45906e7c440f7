import { describe, expect, it } from "vitest";
import { authorityText, dateText } from "./labels";

describe("authorityText", () => {
  it("names the raadsbesluit, the college's mandate, or the import's unknown authority", () => {
    expect(authorityText({ authority: "RAAD", decisionReference: "RB 2025/12", unspecified: false })).toBe("Raad, raadsbesluit RB 2025/12");
    expect(authorityText({ authority: "COLLEGE_MANDAAT", decisionReference: null, unspecified: false })).toBe("College, binnen het mandaat");
    expect(authorityText({ authority: null, decisionReference: null, unspecified: true })).toBe("Niet vermeld in de bron");
  });
});

describe("dateText", () => {
  it("shows a date the Dutch way, and a dash without one", () => {
    expect(dateText("2025-03-14")).toBe("14-03-2025");
    expect(dateText(null)).toBe("–");
  });
});
