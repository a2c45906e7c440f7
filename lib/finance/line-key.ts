// The stable key of a budget line (begrotingspost) for imports: a later
// document's line with the same programme, category, product, taakveld and
// label is the same line (decision 009 §1), so its figures join the line's
// history instead of starting a new one. Pure and isomorphic.
import type { FinancialCategoryName } from "@/lib/import/transcription-types";

const CATEGORY_CODES: Record<FinancialCategoryName, string> = {
  EXPENSES: "lasten",
  INCOME: "baten",
  RESERVE_ADDITION: "toevoeging",
  RESERVE_WITHDRAWAL: "onttrekking",
};

/** Lower case, accents gone, anything else than letters and digits one "-". */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export interface BudgetLineIdentity {
  programmeNumber: string;
  category: FinancialCategoryName;
  label: string;
  product: string | null;
  functionCode: string | null;
}

export function budgetLineKey(line: BudgetLineIdentity): string {
  const parts = [
    `programma-${slug(line.programmeNumber)}`,
    CATEGORY_CODES[line.category],
    line.functionCode ? `tv-${slug(line.functionCode)}` : null,
    line.product ? slug(line.product) : null,
    slug(line.label) || "regel",
  ];
  return parts.filter((p): p is string => p !== null && p !== "").join("/");
}
