/**
 * When an indicator value needs a toelichting before it may be submitted.
 *
 * Two cases, both things a controller and the council will ask about:
 * - the target was missed ("Doel gehaald: Nee" — lib/indicator/achievement);
 * - there is no realisatie at all: a two-yearly survey without a measurement
 *   this year, or a source that was not delivered. An empty cell without a word
 *   reads as "forgotten", so the advisor says why.
 * A value without a target needs no explanation: there is nothing to miss.
 *
 * Pure and isomorphic: the form flags fields with it as the user types, and the
 * server refuses a submission with it.
 */
import { goalAchievement, type Direction } from "./achievement";

export type IndicatorExplanationReason = "TARGET_MISSED" | "NO_MEASUREMENT";

export const INDICATOR_EXPLANATION_MESSAGES: Record<IndicatorExplanationReason, string> = {
  TARGET_MISSED: "Toelichting verplicht: de streefwaarde is niet gehaald",
  NO_MEASUREMENT: "Toelichting verplicht: er is geen realisatie; leg uit waarom",
};

export interface IndicatorExplanationInput {
  direction: Direction;
  /** Canonical decimal strings ("7.4"), null when empty. */
  target: string | null;
  actual: string | null;
}

export function indicatorExplanationReason(input: IndicatorExplanationInput): IndicatorExplanationReason | null {
  switch (goalAchievement(input)) {
    case "NIET_GEHAALD":
      return "TARGET_MISSED";
    case "GEEN_METING":
      return "NO_MEASUREMENT";
    case "GEHAALD":
    case "GEEN_STREEFWAARDE":
      return null;
  }
}

/** The reason this value may not be submitted yet: a required toelichting is empty. */
export function indicatorSubmitProblem(
  input: IndicatorExplanationInput & { explanation: string | null },
): IndicatorExplanationReason | null {
  if ((input.explanation ?? "").trim() !== "") return null;
  return indicatorExplanationReason(input);
}
