/**
 * "Doel gehaald: Ja/Nee": realisatie against streefwaarde, by the indicator's direction.
 * Values are canonical decimal strings, compared exactly.
 */
import { absDecimal, compareDecimal, subtractDecimal } from "../format/decimal";

export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "ON_TARGET";

export type Achievement = "GEHAALD" | "NIET_GEHAALD" | "GEEN_METING" | "GEEN_STREEFWAARDE";

export interface AchievementInput {
  direction: Direction;
  target: string | null;
  actual: string | null;
  /** For ON_TARGET only: how far the actual may be off either way; default "0". */
  tolerance?: string;
}

function isReached(input: AchievementInput & { target: string; actual: string }): boolean {
  const { direction, target, actual, tolerance = "0" } = input;
  switch (direction) {
    case "HIGHER_IS_BETTER":
      return compareDecimal(actual, target) >= 0;
    case "LOWER_IS_BETTER":
      return compareDecimal(actual, target) <= 0;
    case "ON_TARGET":
      return compareDecimal(absDecimal(subtractDecimal(actual, target)), tolerance) <= 0;
  }
}

/**
 * A missing measurement wins over a missing target: a two-yearly survey without
 * a measurement this year says nothing, whatever the target.
 */
export function goalAchievement(input: AchievementInput): Achievement {
  const { target, actual } = input;
  if (actual === null) return "GEEN_METING";
  if (target === null) return "GEEN_STREEFWAARDE";
  return isReached({ ...input, target, actual }) ? "GEHAALD" : "NIET_GEHAALD";
}

const LABELS: Record<Achievement, string> = {
  GEHAALD: "Gehaald",
  NIET_GEHAALD: "Niet gehaald",
  GEEN_METING: "Geen meting",
  GEEN_STREEFWAARDE: "Geen streefwaarde",
};

export function achievementLabel(achievement: Achievement): string {
  return LABELS[achievement];
}

export interface ReportedAchievement {
  achievement: Achievement;
  /** DERIVED from target and actual; PRINTED when the source states it but lacks the figures. */
  basis: "DERIVED" | "PRINTED";
}

/**
 * What to show as "doel gehaald". Derived whenever target and actual exist
 * (the source's own verdict is then only a check). When the source printed a
 * verdict but not the figures (Zoetermeer 2022), its verdict is shown, marked
 * as such, rather than pretending nothing was measured.
 */
export function reportedAchievement(input: AchievementInput & { printedGoalAchieved: boolean | null }): ReportedAchievement {
  const derived = goalAchievement(input);
  const hasFigures = derived === "GEHAALD" || derived === "NIET_GEHAALD";
  if (hasFigures || input.printedGoalAchieved === null) return { achievement: derived, basis: "DERIVED" };
  return { achievement: input.printedGoalAchieved ? "GEHAALD" : "NIET_GEHAALD", basis: "PRINTED" };
}
