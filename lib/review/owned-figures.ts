/**
 * What the data entry of a document edits, and what it needs before a figure
 * may go to review (decision 009 §6): a document edits exactly the figures it
 * owns for its own year — the begroting the streefwaarde and the primitieve
 * begroting, a bestuursrapportage the prognose, the jaarstukken the
 * realisatie — and shows the rest read-only beside it: the adopted target and
 * the computed begroting na wijziging, which the deviation and "toelichting
 * verplicht" are measured against.
 *
 * Pure and isomorphic: the form flags fields with it as the user types, the
 * review page summarises with it, and the server refuses a submission with it.
 */
import type { Direction } from "@/lib/indicator/achievement";
import { INDICATOR_EXPLANATION_MESSAGES, indicatorExplanationReason, type IndicatorExplanationReason } from "@/lib/indicator/explanation";
import { canonicalDifference, deviationLabel, requiresExplanation, type DeviationLabel, type ExplanationThreshold } from "@/lib/finance/deviation";
import { FINANCIAL_LINE_MESSAGES } from "@/lib/finance/rules";
import type { RowKind } from "@/lib/finance/sign-convention";

/** The stage of a figure a document owns for its own year (lib/cycle ownStage). */
export type OwnedStage = "PRIMITIEF" | "PROGNOSE" | "REALISATIE";

/** The owned figure's name in the form: the field label and the error summary. */
export const OWNED_INDICATOR_LABELS: Record<OwnedStage, string> = {
  PRIMITIEF: "Streefwaarde",
  PROGNOSE: "Prognose",
  REALISATIE: "Realisatie",
};

export const OWNED_LINE_LABELS: Record<OwnedStage, string> = {
  PRIMITIEF: "Primitieve begroting",
  PROGNOSE: "Prognose",
  REALISATIE: "Realisatie",
};

/**
 * A begroting's primitieve begroting and meerjarenraming are the controller's
 * (budget.edit, lib/budget): the advisor's programme form shows them
 * read-only and refuses them when posted anyway.
 */
export const PRIMITIEF_BY_CONTROLLER_MESSAGE =
  "De primitieve begroting voert de controller of de beheerder in, bij ‘Begroting invoeren’. Dit formulier wijzigt de bedragen van een begroting niet; er is niets opgeslagen.";

/** An empty cell is not the same as 0: the advisor types 0 for "nothing". */
export const AMOUNT_MISSING_MESSAGES: Record<OwnedStage, string> = {
  PRIMITIEF: "Vul de primitieve begroting in; vul 0 in als er niets is begroot",
  PROGNOSE: "Vul de prognose in; vul 0 in als er niets wordt verwacht",
  REALISATIE: FINANCIAL_LINE_MESSAGES.ACTUAL_MISSING,
};

/** Only a measured (or expected) value can miss a target; a streefwaarde itself needs no toelichting. */
const COMPARES_WITH_TARGET: Record<OwnedStage, boolean> = { PRIMITIEF: false, PROGNOSE: false, REALISATIE: true };
/** A realisatie or a prognose is measured against the begroting na wijziging; the primitieve begroting is the budget itself. */
const COMPARES_WITH_BUDGET: Record<OwnedStage, boolean> = { PRIMITIEF: false, PROGNOSE: true, REALISATIE: true };

export interface OwnedIndicator {
  stage: OwnedStage;
  direction: Direction;
  /** The adopted streefwaarde (read-only here); null when none was set. */
  target: string | null;
  /** The figure this document owns. */
  value: string | null;
}

/** Why the toelichting of this figure is required, or null when it is not. */
export function indicatorExplanationNeed(row: OwnedIndicator): IndicatorExplanationReason | null {
  if (!COMPARES_WITH_TARGET[row.stage]) return null;
  return indicatorExplanationReason({ direction: row.direction, target: row.target, actual: row.value });
}

export function indicatorExplanationMessage(reason: IndicatorExplanationReason): string {
  return INDICATOR_EXPLANATION_MESSAGES[reason];
}

/** What stops this indicator figure from being submitted, keyed by the form field it belongs to. */
export function indicatorProblems(row: OwnedIndicator & { explanation: string | null }): Partial<Record<"explanation", string>> {
  if ((row.explanation ?? "").trim() !== "") return {};
  const reason = indicatorExplanationNeed(row);
  return reason ? { explanation: INDICATOR_EXPLANATION_MESSAGES[reason] } : {};
}

export interface OwnedLine {
  stage: OwnedStage;
  category: RowKind;
  /** The begroting na wijziging as lib/cycle computed it (read-only here); null when unknown. */
  budget: bigint | null;
  /** The figure this document owns. */
  amount: bigint | null;
}

export interface LineDeviation {
  /** |owned − begroting na wijziging|; null while the owned figure is empty or not compared. */
  difference: bigint | null;
  label: DeviationLabel | null;
}

/** The verschil against the computed budget, with V/N from the category's effect on the result. */
export function lineDeviation(row: OwnedLine): LineDeviation {
  if (!COMPARES_WITH_BUDGET[row.stage]) return { difference: null, label: null };
  const difference = canonicalDifference(row.budget, row.amount);
  return { difference: difference === null ? null : difference < 0n ? -difference : difference, label: deviationLabel(row.category, difference) };
}

/** Whether the deviation from the computed budget is above the municipality's threshold. */
export function lineNeedsExplanation(threshold: ExplanationThreshold, row: OwnedLine): boolean {
  return COMPARES_WITH_BUDGET[row.stage] && requiresExplanation(threshold, row.budget, row.amount);
}

/** Everything that stops this line's figure from being submitted, keyed by the form field it belongs to. */
export function lineProblems(
  threshold: ExplanationThreshold,
  row: OwnedLine & { explanation: string | null },
): Partial<Record<"amount" | "explanation", string>> {
  const problems: Partial<Record<"amount" | "explanation", string>> = {};
  if (row.amount === null) problems.amount = AMOUNT_MISSING_MESSAGES[row.stage];
  const explained = (row.explanation ?? "").trim() !== "";
  if (!explained && lineNeedsExplanation(threshold, row)) problems.explanation = FINANCIAL_LINE_MESSAGES.ABOVE_THRESHOLD;
  return problems;
}

/**
 * The field an audit entry names for the owned figure, so its history reads
 * as what it is ("Streefwaarde", "Realisatie") and continues the entries a
 * realisatie had before decision 009 under the same names.
 */
export const OWNED_AUDIT_FIELDS: Record<"indicators" | "lines", Record<OwnedStage, string>> = {
  indicators: { PRIMITIEF: "target", PROGNOSE: "prognosis", REALISATIE: "actual" },
  lines: { PRIMITIEF: "budgetOriginal", PROGNOSE: "prognosis", REALISATIE: "actual" },
};
