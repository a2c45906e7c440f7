import "server-only";
import type { Db } from "@/lib/db";
import type {
  AmountColumn,
  FinancialCategory,
  PrintedRow,
  ReviewStatus,
} from "@/lib/generated/prisma/enums";

export interface BudgetLineInput {
  municipalityId: string;
  programmeId: string;
  goalId: string | null;
  /** Stable key for imports (lib/finance/line-key.ts), unique per municipality. */
  key: string;
  product: string | null;
  functionCode: string | null;
  category: FinancialCategory;
  label: string;
  sortOrder: number;
}

/** Budget lines outlive a document: a later document's import finds the same line by its key. */
export async function upsertBudgetLine(db: Db, input: BudgetLineInput) {
  const { municipalityId, key, ...data } = input;
  return db.budgetLine.upsert({
    where: { municipalityId_key: { municipalityId, key } },
    create: { municipalityId, key, ...data },
    update: data,
    select: { id: true },
  });
}

export interface BudgetFigureInput {
  budgetLineId: string;
  documentId: string;
  year: number;
  /** Whole euros, canonical; null: a slot still to be filled in. */
  amount: bigint | null;
  explanation: string | null;
  reviewStatus: ReviewStatus;
  sourceId: string | null;
  sourceLocation: string | null;
}

/** An empty slot a document owns, for the data entry to fill in (spread it, then set line, document and year). */
export const EMPTY_BUDGET_FIGURE = {
  amount: null,
  explanation: null,
  reviewStatus: "CONCEPT",
  sourceId: null,
  sourceLocation: null,
} as const satisfies Omit<BudgetFigureInput, "budgetLineId" | "documentId" | "year">;

/** One amount a document owns for a line and year (decision 009 §2). */
export async function upsertBudgetFigure(db: Db, input: BudgetFigureInput) {
  const { budgetLineId, year, documentId, ...data } = input;
  return db.budgetFigure.upsert({
    where: { budgetLineId_year_documentId: { budgetLineId, year, documentId } },
    create: { budgetLineId, year, documentId, ...data },
    update: { ...data, version: { increment: 1 } },
    select: { id: true },
  });
}

export interface PrintedFigureInput {
  documentId: string;
  programmeId: string;
  goalId: string | null;
  budgetLineId: string | null;
  row: PrintedRow;
  column: AmountColumn;
  amount: bigint | null;
  shareOfMunicipalTotal: string | null;
  label: string | null;
  sourceId: string | null;
  sourceLocation: string | null;
}

export async function createPrintedFigures(db: Db, figures: PrintedFigureInput[]) {
  if (figures.length === 0) return;
  await db.printedFigure.createMany({ data: figures });
}
