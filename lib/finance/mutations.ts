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

// ---------------------------------------------------------------- programme form rows
// (Imports kept with the code that needs them: appended to a file others edit.)
// The row-level reads and writes the programme form's transaction
// (lib/review/mutations.ts) is built from. Every write is conditional on the
// version the caller planned with, so a concurrent save makes it report false
// instead of overwriting. Amounts travel as canonical strings of whole euros.
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";

export const FINANCIAL_ENTRY_FIELDS = ["budgetAmended", "actual", "explanation"] as const;
export type FinancialEntryField = (typeof FINANCIAL_ENTRY_FIELDS)[number];

export interface FinancialEntryRow {
  id: string;
  version: number;
  reviewStatus: ReviewStatus;
  updatedById: string | null;
  values: Record<FinancialEntryField, string | null>;
}

const amountText = (amount: bigint | null) => (amount === null ? null : amount.toString());
const amountValue = (text: string | null) => (text === null ? null : BigInt(text));

/** The financial lines of a programme in a document, within the authorised municipality. */
export async function readFinancialEntryRows(
  tx: Db,
  scope: { documentId: string; programmeId: string; municipalityId: AuthorizedMunicipalityId },
): Promise<FinancialEntryRow[]> {
  const rows = await tx.financialLine.findMany({
    where: {
      documentId: scope.documentId,
      programmeId: scope.programmeId,
      document: { municipalityId: scope.municipalityId },
      programme: { municipalityId: scope.municipalityId },
    },
    select: { id: true, version: true, reviewStatus: true, updatedById: true, budgetAmended: true, actual: true, explanation: true },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    reviewStatus: r.reviewStatus,
    updatedById: r.updatedById,
    values: { budgetAmended: amountText(r.budgetAmended), actual: amountText(r.actual), explanation: r.explanation },
  }));
}

/** Writes typed values; the line goes back to CONCEPT. False when the version moved on. */
export async function writeFinancialEntry(
  tx: Db,
  input: { id: string; documentId: string; expectedVersion: number; values: Record<FinancialEntryField, string | null>; userId: string },
): Promise<boolean> {
  const { count } = await tx.financialLine.updateMany({
    where: { id: input.id, documentId: input.documentId, version: input.expectedVersion },
    data: {
      budgetAmended: amountValue(input.values.budgetAmended),
      actual: amountValue(input.values.actual),
      explanation: input.values.explanation,
      reviewStatus: "CONCEPT",
      version: { increment: 1 },
      updatedById: input.userId,
    },
  });
  return count === 1;
}

/** A review step (indienen, goedkeuren, terugsturen). False when the version or status moved on. */
export async function writeFinancialReviewStatus(
  tx: Db,
  input: { id: string; documentId: string; expectedVersion: number; from: ReviewStatus; to: ReviewStatus; comment?: string | null },
): Promise<boolean> {
  const { count } = await tx.financialLine.updateMany({
    where: { id: input.id, documentId: input.documentId, version: input.expectedVersion, reviewStatus: input.from },
    data: {
      reviewStatus: input.to,
      version: { increment: 1 },
      ...(input.comment !== undefined ? { reviewComment: input.comment } : {}),
    },
  });
  return count === 1;
}
