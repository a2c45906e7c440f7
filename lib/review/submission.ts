/**
 * Which figures "indienen" sends to review, and whether they may go, as
 * errors per form field ("indicators.2.explanation", "lines.0.amount"), so the
 * form can show each message next to the field it is about. The rules
 * themselves live in ./owned-figures.ts (what a document owns and what it
 * needs) and the workflow in ./workflow.ts.
 *
 * Pure and isomorphic.
 */
import type { FieldErrors } from "@/lib/auth/result";
import type { ExplanationThreshold } from "@/lib/finance/deviation";
import type { EntryRowGroup } from "./form-state";
import { indicatorProblems, lineProblems, type OwnedIndicator, type OwnedLine } from "./owned-figures";
import { nextReviewStatus, REVIEW_MESSAGES, type ReviewStatus } from "./workflow";

export type SubmitCandidate =
  | {
      group: "indicators";
      /** Position of the row in the form. */
      index: number;
      /** Canonical values as they will be submitted: value, explanation. */
      values: Record<string, string | null>;
      /** The stage, direction and adopted target, read by the server. */
      context: Omit<OwnedIndicator, "value">;
    }
  | {
      group: "lines";
      index: number;
      /** Canonical values: amount, explanation. */
      values: Record<string, string | null>;
      /** The stage, category and computed begroting na wijziging. */
      context: Omit<OwnedLine, "amount">;
    };

const amount = (text: string | null | undefined) => (text == null ? null : BigInt(text));

export function submissionProblems(threshold: ExplanationThreshold, candidates: SubmitCandidate[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const c of candidates) {
    const explanation = c.values.explanation ?? null;
    const problems =
      c.group === "indicators"
        ? indicatorProblems({ ...c.context, value: c.values.value ?? null, explanation })
        : lineProblems(threshold, { ...c.context, amount: amount(c.values.amount), explanation });
    for (const [field, message] of Object.entries(problems)) errors[`${c.group}.${c.index}.${field}`] = [message];
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
