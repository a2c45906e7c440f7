// How an indicator value is named on screen, shared by server pages, client
// forms and audit subjects so the same figure reads the same everywhere.

/** Shown when the source printed a value without the indicator's name. */
export const MISSING_INDICATOR_NAME = "Naam ontbreekt in de bron";

/**
 * The title of one indicator value: the indicator's name plus, for an
 * indicator split by a dimension (balie / digitaal), the dimension value —
 * without it the rows of such an indicator read as identical.
 */
export function indicatorValueTitle({ name, dimensionValue }: { name: string | null; dimensionValue?: string | null }): string {
  const title = name?.trim() ? name : MISSING_INDICATOR_NAME;
  return dimensionValue?.trim() ? `${title} (${dimensionValue})` : title;
}

/** "12,3 (eerste halfjaar 2019)": the period beside the value, when it is not the calendar year (decision 011). */
export function withPeriod(formatted: string, value: string | null, periodLabel: string | null): string {
  return value !== null && periodLabel ? `${formatted} (${periodLabel})` : formatted;
}
