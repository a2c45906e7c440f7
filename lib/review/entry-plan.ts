/**
 * What saving one row of the programme form does, decided without the
 * database: the caller passes what the page showed (base + version), what the
 * user typed, and what the database holds now. Values are canonical strings
 * (decimals "7.4", amounts "12548000") or null.
 *
 * - The user changed nothing → nothing happens, even if someone else saved in
 *   between (their value stays; the page shows it after the save). Except on
 *   submit: submitting a figure the user has not seen would be a blind
 *   signature, so a newer version is a conflict then.
 * - The user changed something and the database already holds exactly that →
 *   nothing to do (two people typed the same).
 * - The user changed something and someone else saved a newer version → a
 *   conflict: nothing is overwritten, the user sees the other value.
 * - Otherwise → an update of the changed fields, which sends the figure back to
 *   CONCEPT and needs a reason when it was submitted or approved.
 *
 * Pure and isomorphic.
 */
import { checkIndicatorValue, type ValueRuleIndicator } from "@/lib/indicator/value-rules";
import { editNeedsReason, type ReviewStatus } from "./workflow";

export type RowValues = Record<string, string | null>;

export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export type RowPlan =
  | { kind: "unchanged" }
  | { kind: "conflict" }
  | { kind: "update"; changes: FieldChange[]; needsReason: boolean; statusBefore: ReviewStatus };

export interface RowPlanInput {
  fields: readonly string[];
  base: RowValues;
  typed: RowValues;
  current: RowValues;
  typedVersion: number;
  currentVersion: number;
  currentStatus: ReviewStatus;
  intent: "save" | "submit";
}

const same = (a: RowValues, b: RowValues, fields: readonly string[]) =>
  fields.every((f) => (a[f] ?? null) === (b[f] ?? null));

export function planRow(input: RowPlanInput): RowPlan {
  const { fields, base, typed, current, typedVersion, currentVersion, currentStatus, intent } = input;
  const stale = typedVersion !== currentVersion;
  if (same(base, typed, fields)) {
    return stale && intent === "submit" ? { kind: "conflict" } : { kind: "unchanged" };
  }
  if (same(current, typed, fields)) return { kind: "unchanged" };
  if (stale) return { kind: "conflict" };
  const changes = fields
    .filter((f) => (current[f] ?? null) !== (typed[f] ?? null))
    .map((field) => ({ field, oldValue: current[field] ?? null, newValue: typed[field] ?? null }));
  return { kind: "update", changes, needsReason: editNeedsReason(currentStatus), statusBefore: currentStatus };
}

/**
 * The value rules (lib/indicator/value-rules.ts) applied to what the user
 * changed in one indicator row: a value left as the page showed it is not
 * refused, so a figure stored before the rule existed does not block saving
 * the rest of the programme. Errors are keyed by the field's form name.
 */
export function indicatorValueErrors(input: {
  index: number;
  rules: ValueRuleIndicator;
  base: RowValues;
  typed: RowValues;
  /** The user ticked "Ja, deze waarde klopt" for this row. */
  confirmed: boolean;
}): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const field of ["value"] as const) {
    const typed = input.typed[field] ?? null;
    if (typed === (input.base[field] ?? null)) continue;
    const problem = checkIndicatorValue(typed, input.rules, { confirmed: input.confirmed });
    if (problem) errors[`indicators.${input.index}.${field}`] = [problem.message];
  }
  return errors;
}
