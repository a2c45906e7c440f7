/**
 * Budget deviations: the verschil between realisatie and begroting na wijziging,
 * whether it is a voordeel (V) or nadeel (N), and whether it must be explained.
 */
import { toFraction } from "../format/decimal";
import { effectOnResult, type RowKind } from "./sign-convention";

export type DeviationLabel = "V" | "N";

export interface ExplanationThreshold {
  amount: bigint | null;
  /** A decimal string: "10" means 10% of the amended budget. */
  percent: string | null;
  rule: "AMOUNT_OR_PERCENT" | "AMOUNT_AND_PERCENT";
}

/**
 * Realisatie − begroting na wijziging, canonical. Null while nothing is realised
 * yet; a missing budget counts as zero, because unbudgeted spending or income is
 * exactly the kind of deviation that needs to be seen.
 */
export function canonicalDifference(
  budgetAmended: bigint | null,
  actual: bigint | null,
): bigint | null {
  if (actual === null) return null;
  return actual - (budgetAmended ?? 0n);
}

/** V when the deviation improves the result: less spent or more received than budgeted. */
export function deviationLabel(row: RowKind, difference: bigint | null): DeviationLabel | null {
  if (difference === null || difference === 0n) return null;
  return difference * BigInt(effectOnResult(row)) > 0n ? "V" : "N";
}

export function deviationLabelText(label: DeviationLabel): "voordeel" | "nadeel" {
  return label === "V" ? "voordeel" : "nadeel";
}

const abs = (n: bigint) => (n < 0n ? -n : n);

/** |difference| > percent% of |budget|, exactly; any deviation exceeds a zero budget. */
function exceedsPercent(difference: bigint, budget: bigint, percent: string): boolean {
  const { numerator, denominator } = toFraction(percent);
  return abs(difference) * 100n * denominator > numerator * abs(budget);
}

/**
 * Whether a deviation is above the municipality's threshold and so needs a
 * toelichting. Both limits are strict ("above € 100.000"); when only one is set
 * only that one counts, and with none set nothing needs explaining.
 */
export function requiresExplanation(
  threshold: ExplanationThreshold,
  budgetAmended: bigint | null,
  actual: bigint | null,
): boolean {
  const difference = canonicalDifference(budgetAmended, actual);
  if (difference === null) return false;
  const checks: boolean[] = [];
  if (threshold.amount !== null) checks.push(abs(difference) > threshold.amount);
  if (threshold.percent !== null) {
    checks.push(exceedsPercent(difference, budgetAmended ?? 0n, threshold.percent));
  }
  if (checks.length === 0) return false;
  return threshold.rule === "AMOUNT_OR_PERCENT" ? checks.some(Boolean) : checks.every(Boolean);
}
