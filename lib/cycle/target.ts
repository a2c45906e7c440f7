/**
 * Streefwaarde na wijziging (decision 009 §3, §4): targets change through the
 * same begrotingswijziging records, and the same adoption, as money.
 */
import { normalizeDecimal } from "@/lib/format/decimal";
import { olderFirst } from "./amendment-order";
import type { AmendmentStatus } from "./amended-budget";

export interface TargetAmendmentInput {
  amendmentId: string;
  number: string;
  date: Date | null;
  status: AmendmentStatus;
  /** The new streefwaarde as a decimal string; null when the wijziging drops the target. */
  value: string | null;
  reason: string | null;
}

export interface TargetAfterAmendments {
  value: string | null;
  /** The wijziging that set `value`; null when it is the begroting's own target. */
  amendedBy: TargetAmendmentInput | null;
}

const canonical = (value: string | null) => (value === null ? null : normalizeDecimal(value));

/**
 * The newest adopted wijziging wins (by date, then number), else the
 * begroting's target. Unlike money, target wijzigingen do not add up: each
 * states the new value.
 */
export function targetAfterAmendments(input: { target: string | null; amendments: TargetAmendmentInput[] }): TargetAfterAmendments {
  const adopted = input.amendments.filter((a) => a.status === "VASTGESTELD").sort(olderFirst);
  const newest = adopted.at(-1);
  if (newest) return { value: canonical(newest.value), amendedBy: newest };
  return { value: canonical(input.target), amendedBy: null };
}
