/**
 * Whether a programme's concept figures may be submitted, as errors per form
 * field ("indicators.2.explanation", "lines.0.actual"), so the form can show
 * each message next to the field it is about. The rules themselves live with
 * their domain: lib/indicator/explanation.ts and lib/finance/rules.ts.
 *
 * Pure and isomorphic.
 */
import type { FieldErrors } from "@/lib/auth/result";
import type { Direction } from "@/lib/indicator/achievement";
import { INDICATOR_EXPLANATION_MESSAGES, indicatorSubmitProblem } from "@/lib/indicator/explanation";
import type { ExplanationThreshold } from "@/lib/finance/deviation";
import { FINANCIAL_LINE_MESSAGES, financialLineSubmitProblems } from "@/lib/finance/rules";
import type { EntryRowGroup } from "./form-state";

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
