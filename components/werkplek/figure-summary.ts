/**
 * A figure in words for the read-only and review views: values formatted the
 * Dutch way, doel gehaald / verschil with V/N, and whether the toelichting is
 * required. Isomorphic.
 */
import type { EntryIndicatorDto, EntryLineDto } from "@/lib/review/data";
import { goalAchievement, type Achievement } from "@/lib/indicator/achievement";
import { indicatorExplanationReason, INDICATOR_EXPLANATION_MESSAGES } from "@/lib/indicator/explanation";
import { canonicalDifference, deviationLabel, type ExplanationThreshold } from "@/lib/finance/deviation";
import { FINANCIAL_LINE_MESSAGES, financialLineNeedsExplanation } from "@/lib/finance/rules";
import { formatEuro, formatIndicatorValue, MISSING_VALUE } from "@/lib/format/number";

export interface IndicatorSummary {
  target: string;
  actual: string;
  achievement: Achievement;
  requirement: string | null;
}

export function summarizeIndicator(row: EntryIndicatorDto): IndicatorSummary {
  const i = row.indicator;
  const reason = indicatorExplanationReason({ direction: i.direction, target: row.target, actual: row.actual });
  return {
    target: formatIndicatorValue(row.target, i.unit, i.decimals, i.unitLabel),
    actual: formatIndicatorValue(row.actual, i.unit, i.decimals, i.unitLabel),
    achievement: goalAchievement({ direction: i.direction, target: row.target, actual: row.actual }),
    requirement: reason ? INDICATOR_EXPLANATION_MESSAGES[reason] : null,
  };
}

export interface LineSummary {
  budget: string;
  actual: string;
  difference: string;
  label: "V" | "N" | null;
  requirement: string | null;
}

const euro = (v: bigint | null) => (v === null ? MISSING_VALUE : formatEuro(v));

export function summarizeLine(row: EntryLineDto, threshold: ExplanationThreshold): LineSummary {
  const budget = row.budgetAmended === null ? null : BigInt(row.budgetAmended);
  const actual = row.actual === null ? null : BigInt(row.actual);
  const difference = canonicalDifference(budget, actual);
  const needed = financialLineNeedsExplanation(threshold, { budgetAmended: budget, actual });
  return {
    budget: euro(budget),
    actual: euro(actual),
    difference: difference === null ? MISSING_VALUE : formatEuro(difference < 0n ? -difference : difference),
    label: deviationLabel(row.category, difference),
    requirement: needed ? FINANCIAL_LINE_MESSAGES.ABOVE_THRESHOLD : null,
  };
}
