import { describe, it, expect } from "vitest";
import { type Achievement, type Direction, achievementLabel, goalAchievement, reportedAchievement } from "./achievement";

describe("goalAchievement: Zoetermeer jaarstukken 2024, programma 6 (hoger is beter)", () => {
  it.each([
    ["Gemiddeld rapportcijfer tevredenheid gehele dienstverlening", "7.4", "7", "NIET_GEHAALD"],
    ["Gemiddeld rapportcijfer aanvraag en afhandeling digitale producten", "7.3", "6.6", "NIET_GEHAALD"],
    ["Gemiddeld rapportcijfer dienstverlening aan ondernemers", "6.9", "6.6", "NIET_GEHAALD"],
    ["Gemiddeld rapportcijfer inwoners over proces van participatie", "7", "7", "GEHAALD"],
  ] as const)("%s: begroting %s, realisatie %s -> %s", (_name, target, actual, expected) => {
    expect(goalAchievement({ direction: "HIGHER_IS_BETTER", target, actual })).toBe(expected);
  });
});

describe("goalAchievement: every direction × position", () => {
  const target = "7.0";
  // [direction, actual, expected]
  const cases: [Direction, string | null, Achievement][] = [
    ["HIGHER_IS_BETTER", "7.1", "GEHAALD"],
    ["HIGHER_IS_BETTER", "7", "GEHAALD"],
    ["HIGHER_IS_BETTER", "6.9", "NIET_GEHAALD"],
    ["HIGHER_IS_BETTER", null, "GEEN_METING"],
    ["LOWER_IS_BETTER", "7.1", "NIET_GEHAALD"],
    ["LOWER_IS_BETTER", "7", "GEHAALD"],
    ["LOWER_IS_BETTER", "6.9", "GEHAALD"],
    ["LOWER_IS_BETTER", null, "GEEN_METING"],
    ["ON_TARGET", "7.1", "NIET_GEHAALD"],
    ["ON_TARGET", "7", "GEHAALD"],
    ["ON_TARGET", "6.9", "NIET_GEHAALD"],
    ["ON_TARGET", null, "GEEN_METING"],
  ];
  it.each(cases)("%s, actual %s vs target 7.0 -> %s", (direction, actual, expected) => {
    expect(goalAchievement({ direction, target, actual })).toBe(expected);
  });

  it.each(["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "ON_TARGET"] as const)(
    "%s without a target -> GEEN_STREEFWAARDE, without both -> GEEN_METING",
    (direction) => {
      expect(goalAchievement({ direction, target: null, actual: "7" })).toBe("GEEN_STREEFWAARDE");
      expect(goalAchievement({ direction, target: null, actual: null })).toBe("GEEN_METING");
    },
  );
});

describe("goalAchievement: exact decimal comparison", () => {
  it("does not suffer from float rounding (0.1 + 0.2 territory)", () => {
    expect(goalAchievement({ direction: "ON_TARGET", target: "0.3", actual: "0.1", tolerance: "0.2" })).toBe(
      "GEHAALD",
    );
  });
  it("compares negative values and different scales", () => {
    expect(goalAchievement({ direction: "HIGHER_IS_BETTER", target: "-3", actual: "-2.5" })).toBe("GEHAALD");
    expect(goalAchievement({ direction: "LOWER_IS_BETTER", target: "-3", actual: "-2.5" })).toBe("NIET_GEHAALD");
    expect(goalAchievement({ direction: "HIGHER_IS_BETTER", target: "1387", actual: "1387.00" })).toBe("GEHAALD");
  });
  it("compares large counts", () => {
    expect(goalAchievement({ direction: "LOWER_IS_BETTER", target: "4769", actual: "4770" })).toBe(
      "NIET_GEHAALD",
    );
  });
});

describe("goalAchievement: ON_TARGET tolerance", () => {
  it.each([
    ["34", "35", "1", "GEHAALD"],
    ["34", "33", "1", "GEHAALD"],
    ["34", "35.1", "1", "NIET_GEHAALD"],
    ["34", "32.9", "1", "NIET_GEHAALD"],
    ["34", "34", "0", "GEHAALD"],
    ["34", "34.01", "0", "NIET_GEHAALD"],
    ["34", "34.5", "0.5", "GEHAALD"],
  ] as const)("target %s, actual %s, tolerance %s -> %s", (target, actual, tolerance, expected) => {
    expect(goalAchievement({ direction: "ON_TARGET", target, actual, tolerance })).toBe(expected);
  });

  it("defaults the tolerance to zero", () => {
    expect(goalAchievement({ direction: "ON_TARGET", target: "34", actual: "34.01" })).toBe("NIET_GEHAALD");
  });

  it("ignores the tolerance for the other directions", () => {
    expect(
      goalAchievement({ direction: "HIGHER_IS_BETTER", target: "7", actual: "6.9", tolerance: "1" }),
    ).toBe("NIET_GEHAALD");
    expect(
      goalAchievement({ direction: "LOWER_IS_BETTER", target: "7", actual: "7.1", tolerance: "1" }),
    ).toBe("NIET_GEHAALD");
  });
});

describe("achievementLabel", () => {
  it.each([
    ["GEHAALD", "Gehaald"],
    ["NIET_GEHAALD", "Niet gehaald"],
    ["GEEN_METING", "Geen meting"],
    ["GEEN_STREEFWAARDE", "Geen streefwaarde"],
  ] as const)("%s -> %s", (achievement, label) => {
    expect(achievementLabel(achievement)).toBe(label);
  });
});

describe("reportedAchievement", () => {
  const base = { direction: "HIGHER_IS_BETTER" as const };
  it("derives from the figures when both exist, whatever was printed", () => {
    expect(reportedAchievement({ ...base, target: "7.4", actual: "7", printedGoalAchieved: true })).toEqual({
      achievement: "NIET_GEHAALD",
      basis: "DERIVED",
    });
  });
  it("shows the printed verdict when the figures are missing (Zoetermeer 2022)", () => {
    expect(reportedAchievement({ ...base, target: null, actual: null, printedGoalAchieved: false })).toEqual({
      achievement: "NIET_GEHAALD",
      basis: "PRINTED",
    });
    expect(reportedAchievement({ ...base, target: "7", actual: null, printedGoalAchieved: true }).achievement).toBe("GEHAALD");
  });
  it("says geen meting when neither figures nor a verdict exist", () => {
    expect(reportedAchievement({ ...base, target: "7", actual: null, printedGoalAchieved: null })).toEqual({
      achievement: "GEEN_METING",
      basis: "DERIVED",
    });
  });
});
