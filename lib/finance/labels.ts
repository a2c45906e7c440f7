// Dutch names of money rows and columns, shared by the pages and the API's CSV headings.
import type { AmountColumn, RowKind } from "./sign-convention";

export const COLUMN_LABELS: Record<AmountColumn, string> = {
  ACTUAL_PREVIOUS_YEAR: "Realisatie vorig jaar",
  BUDGET_ORIGINAL: "Begroting primitief",
  BUDGET_AMENDED: "Begroting na wijziging",
  ACTUAL: "Realisatie",
  DIFFERENCE: "Verschil",
};

export const CATEGORY_LABELS: Record<RowKind, string> = {
  EXPENSES: "Lasten",
  INCOME: "Baten",
  RESERVE_ADDITION: "Toevoegingen aan reserves",
  RESERVE_WITHDRAWAL: "Onttrekkingen aan reserves",
  BALANCE: "Saldo van baten en lasten",
  RESULT: "Resultaat",
};

/** A financial line as a reader sees it, e.g. "Baten: Continueren klanttevredenheid": the same label can be both lasten and baten. */
export function lineTitle(line: { category: RowKind; label: string }): string {
  return `${CATEGORY_LABELS[line.category]}: ${line.label}`;
}
