/**
 * A figure in words for the read-only and review views: what the document
 * owns and, beside it, what it only shows (the adopted target with where it
 * was set, the computed begroting na wijziging with its basis), formatted the
 * Dutch way, with doel gehaald / verschil with V/N and whether the toelichting
 * is required. Pure and isomorphic.
 */
import type { AdoptedTarget, EntryIndicatorDto, EntryLineDto } from "./data";
import { goalAchievement, type Achievement } from "@/lib/indicator/achievement";
import type { ExplanationThreshold } from "@/lib/finance/deviation";
import { FINANCIAL_LINE_MESSAGES } from "@/lib/finance/rules";
import { formatEuro, formatIndicatorValue, MISSING_VALUE } from "@/lib/format/number";
import {
  indicatorExplanationMessage,
  indicatorExplanationNeed,
  lineDeviation,
  lineNeedsExplanation,
  OWNED_INDICATOR_LABELS,
  OWNED_LINE_LABELS,
} from "./owned-figures";
import { BUDGET_BASIS_NOTES } from "./cycle";

export interface FigureValue {
  label: string;
  value: string;
  /** Where a read-only value comes from. */
  note?: string;
  /** True for what this document owns (and its entry edits). */
  owned: boolean;
}

/** "vastgesteld in Begroting 2025", a concept begroting's proposal, or that no begroting set one. */
export function targetProvenance(target: AdoptedTarget): string {
  if (target.setIn === null) return "geen streefwaarde vastgesteld";
  return target.adopted ? `vastgesteld in ${target.setIn}` : `uit ${target.setIn}, nog niet vastgesteld`;
}

export { BUDGET_BASIS_NOTES };

export interface IndicatorSummary {
  values: FigureValue[];
  /** Doel gehaald, for a realisatie only. */
  achievement: Achievement | null;
  requirement: string | null;
}

export function summarizeIndicator(row: EntryIndicatorDto): IndicatorSummary {
  const i = row.indicator;
  const format = (value: string | null) => formatIndicatorValue(value, i.unit, i.decimals, i.unitLabel);
  const owned: FigureValue = { label: `${OWNED_INDICATOR_LABELS[row.stage]} ${row.year}`, value: format(row.value), owned: true };
  const target = row.target;
  const context = { stage: row.stage, direction: i.direction, target: target?.value ?? null, value: row.value };
  const reason = indicatorExplanationNeed(context);
  return {
    values: target
      ? [{ label: `Streefwaarde ${row.year}`, value: format(target.value), note: targetProvenance(target), owned: false }, owned]
      : [owned],
    achievement: row.stage === "REALISATIE" ? goalAchievement({ direction: i.direction, target: context.target, actual: row.value }) : null,
    requirement: reason ? indicatorExplanationMessage(reason) : null,
  };
}

export interface LineSummary {
  values: FigureValue[];
  /** Verschil against the begroting na wijziging; null in a begroting. */
  difference: string | null;
  label: "V" | "N" | null;
  requirement: string | null;
}

const euro = (v: bigint | null) => (v === null ? MISSING_VALUE : formatEuro(v));
const bigintOrNull = (text: string | null) => (text === null ? null : BigInt(text));

export function summarizeLine(row: EntryLineDto, threshold: ExplanationThreshold): LineSummary {
  const amount = bigintOrNull(row.amount);
  const owned: FigureValue = { label: OWNED_LINE_LABELS[row.stage], value: euro(amount), owned: true };
  if (!row.budget) return { values: [owned], difference: null, label: null, requirement: null };
  const facts = { stage: row.stage, category: row.category, budget: bigintOrNull(row.budget.amount), amount };
  const deviation = lineDeviation(facts);
  return {
    values: [{ label: "Begroting na wijziging", value: euro(facts.budget), note: BUDGET_BASIS_NOTES[row.budget.basis], owned: false }, owned],
    difference: deviation.difference === null ? MISSING_VALUE : formatEuro(deviation.difference),
    label: deviation.label,
    requirement: lineNeedsExplanation(threshold, facts) ? FINANCIAL_LINE_MESSAGES.ABOVE_THRESHOLD : null,
  };
}
