/**
 * What a financial line needs before it may be submitted for review.
 *
 * - A realisatie: the jaarstukken account for every line, and an empty cell is
 *   not the same as "nothing spent" (type 0 for that).
 * - A toelichting when the deviation from the begroting na wijziging is above
 *   the municipality's threshold (lib/finance/deviation `requiresExplanation`,
 *   the same rule the public table marks). A municipality without a threshold
 *   requires none.
 *
 * Pure and isomorphic: the form flags fields with it, the server refuses with it.
 */
import { requiresExplanation, type ExplanationThreshold } from "./deviation";

export type FinancialLineProblem = "ACTUAL_MISSING" | "ABOVE_THRESHOLD";

export const FINANCIAL_LINE_MESSAGES: Record<FinancialLineProblem, string> = {
  ACTUAL_MISSING: "Vul de realisatie in; vul 0 in als er niets is uitgegeven of ontvangen",
  ABOVE_THRESHOLD: "Toelichting verplicht: de afwijking van de begroting is groter dan de grens van de gemeente",
};

export interface FinancialLineFigures {
  budgetAmended: bigint | null;
  actual: bigint | null;
}

/** Whether the toelichting is required (shown next to the field while typing). */
export function financialLineNeedsExplanation(threshold: ExplanationThreshold, line: FinancialLineFigures): boolean {
  return requiresExplanation(threshold, line.budgetAmended, line.actual);
}

/** Everything that stops this line from being submitted, keyed by the field it belongs to. */
export function financialLineSubmitProblems(
  threshold: ExplanationThreshold,
  line: FinancialLineFigures & { explanation: string | null },
): Partial<Record<"actual" | "explanation", FinancialLineProblem>> {
  const problems: Partial<Record<"actual" | "explanation", FinancialLineProblem>> = {};
  if (line.actual === null) problems.actual = "ACTUAL_MISSING";
  const explained = (line.explanation ?? "").trim() !== "";
  if (!explained && financialLineNeedsExplanation(threshold, line)) problems.explanation = "ABOVE_THRESHOLD";
  return problems;
}

/** The threshold as the municipality row stores it, for the rules above. */
export function thresholdFromSettings(settings: {
  deviationThresholdAmount: bigint | string | null;
  deviationThresholdPercent: string | null;
  deviationRule: ExplanationThreshold["rule"];
}): ExplanationThreshold {
  const amount = settings.deviationThresholdAmount;
  return {
    amount: amount === null ? null : BigInt(amount),
    percent: settings.deviationThresholdPercent,
    rule: settings.deviationRule,
  };
}

/** The threshold in words, for the form's introduction to the financial lines. */
export function describeThreshold(threshold: ExplanationThreshold, formatAmount: (euros: bigint) => string): string {
  const amount = threshold.amount === null ? null : `${formatAmount(threshold.amount)}`;
  const percent = threshold.percent === null ? null : `${threshold.percent.replace(".", ",")}% van de begroting na wijziging`;
  if (amount === null && percent === null) {
    return "Deze gemeente heeft geen grens voor toelichtingen ingesteld: een toelichting bij een afwijking is niet verplicht, wel welkom.";
  }
  const limits = amount && percent ? `${amount} ${threshold.rule === "AMOUNT_OR_PERCENT" ? "of" : "én"} ${percent}` : (amount ?? percent);
  return `Een toelichting is verplicht als de realisatie meer dan ${limits} afwijkt van de begroting na wijziging.`;
}
