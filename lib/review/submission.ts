/**
 * Which figures "indienen" sends to review, and whether they may go, as
 * errors per form field ("indicators.2.explanation", "lines.0.actual"), so the
 * form can show each message next to the field it is about. The rules
 * themselves live with their domain: lib/indicator/explanation.ts,
 * lib/finance/rules.ts and the workflow in ./workflow.ts.
 *
 * Pure and isomorphic.
 */
import type { FieldErrors } from "@/lib/auth/result";
import type { Direction } from "@/lib/indicator/achievement";
import { INDICATOR_EXPLANATION_MESSAGES, indicatorSubmitProblem } from "@/lib/indicator/explanation";
import type { ExplanationThreshold } from "@/lib/finance/deviation";
import { FINANCIAL_LINE_MESSAGES, financialLineSubmitProblems } from "@/lib/finance/rules";
import type { EntryRowGroup } from "./form-state";
import { nextReviewStatus, REVIEW_MESSAGES, type ReviewStatus } from "./workflow";

export interface SubmitCandidate {
  group: EntryRowGroup;
  /** Position of the row in the form. */
  index: number;
  /** Canonical values: indicators target/actual/explanation, lines budgetAmended/actual/explanation. */
  values: Record<string, string | null>;
  /** Indicators only. */
  direction: Direction | null;
}

const amount = (text: string | null | undefined) => (text == null ? null : BigInt(text));

export function submissionProblems(threshold: ExplanationThreshold, candidates: SubmitCandidate[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const c of candidates) {
    const explanation = c.values.explanation ?? null;
    if (c.group === "indicators") {
      const problem = indicatorSubmitProblem({
        direction: c.direction ?? "HIGHER_IS_BETTER",
        target: c.values.target ?? null,
        actual: c.values.actual ?? null,
        explanation,
      });
      if (problem) errors[`indicators.${c.index}.explanation`] = [INDICATOR_EXPLANATION_MESSAGES[problem]];
      continue;
    }
    const problems = financialLineSubmitProblems(threshold, {
      budgetAmended: amount(c.values.budgetAmended),
      actual: amount(c.values.actual),
      explanation,
    });
    for (const [field, problem] of Object.entries(problems)) {
      errors[`lines.${c.index}.${field}`] = [FINANCIAL_LINE_MESSAGES[problem]];
    }
  }
  return errors;
}

/** A row of the form as it stands after the save, before submitting. */
export interface SubmitRow {
  group: EntryRowGroup;
  index: number;
  status: ReviewStatus;
}

export type SubmitChoice<R> = { rows: R[] } | { refused: string; fieldErrors: FieldErrors };

/**
 * The programme's "Opslaan en indienen" sends every figure that can be
 * submitted, and needs at least one; a row's "Indienen" (`only`) sends that
 * figure, and says next to its toelichting why not when it cannot go.
 */
export function chooseSubmission<R extends SubmitRow>(rows: R[], only?: R): SubmitChoice<R> {
  const submittable = (row: R) => nextReviewStatus(row.status, "submit") !== null;
  if (!only) {
    const concepts = rows.filter(submittable);
    return concepts.length > 0 ? { rows: concepts } : { refused: REVIEW_MESSAGES.nothingToSubmit, fieldErrors: {} };
  }
  if (submittable(only)) return { rows: [only] };
  const why = only.status === "TERUGGESTUURD" ? REVIEW_MESSAGES.answerReturned : REVIEW_MESSAGES.alreadySubmitted;
  return { refused: `${why} Er is niets opgeslagen.`, fieldErrors: { [`${only.group}.${only.index}.explanation`]: [why] } };
}
