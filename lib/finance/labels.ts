// Dutch names of money rows and columns, shared by the pages, the API and its CSV headings.
// Each word means one figure: "saldo van baten en lasten" is always baten − lasten, the
// figure after reserve mutations is always "resultaat na reserves", and a figure the
// document printed is always "als gedrukt", never the app's own sum ("berekend uit regels").
import type { AmountColumn, RowKind } from "./sign-convention";

export const COLUMN_LABELS: Record<AmountColumn, string> = {
  ACTUAL_PREVIOUS_YEAR: "Realisatie vorig jaar",
  BUDGET_ORIGINAL: "Begroting primitief",
  BUDGET_AMENDED: "Begroting na wijziging",
  ACTUAL: "Realisatie",
  DIFFERENCE: "Verschil",
};

/** The two saldo figures, with the definition a reader needs to tell them apart. */
export const BALANCE_TERM = { label: "Saldo van baten en lasten", definition: "baten − lasten" } as const;
export const RESULT_TERM = {
  label: "Resultaat na reserves",
  definition: "saldo van baten en lasten + onttrekkingen − toevoegingen aan reserves (saldo na bestemming)",
} as const;

export const CATEGORY_LABELS: Record<RowKind, string> = {
  EXPENSES: "Lasten",
  INCOME: "Baten",
  RESERVE_ADDITION: "Toevoegingen aan reserves",
  RESERVE_WITHDRAWAL: "Onttrekkingen aan reserves",
  BALANCE: BALANCE_TERM.label,
  RESULT: RESULT_TERM.label,
};

/** The label of a row's total in a table ("Totaal lasten"); saldo and resultaat are totals by name. */
export const TOTAL_LABELS: Record<RowKind, string> = {
  EXPENSES: "Totaal lasten",
  INCOME: "Totaal baten",
  RESERVE_ADDITION: "Totaal toevoegingen aan reserves",
  RESERVE_WITHDRAWAL: "Totaal onttrekkingen aan reserves",
  BALANCE: BALANCE_TERM.label,
  RESULT: RESULT_TERM.label,
};

/** Suffixes of a figure's two versions: what the document printed and the app's own sum of the lines. */
export const PRINTED_SUFFIX = "als gedrukt";
export const COMPUTED_SUFFIX = "berekend uit regels";

/** One sentence under a table that says which of the two a reader sees. */
export const PRINTED_FIRST_LEGEND =
  "Totalen staan zoals de gemeente ze drukte en vaststelde. Waar de som van de regels door afronding anders uitkomt, staat die eronder als ‘berekend uit regels’; waar het document een totaal niet drukte, staat de som van de regels met ‘berekend’.";

/** A financial line as a reader sees it, e.g. "Baten: Continueren klanttevredenheid": the same label can be both lasten and baten. */
export function lineTitle(line: { category: RowKind; label: string }): string {
  return `${CATEGORY_LABELS[line.category]}: ${line.label}`;
}
