import "server-only";
import type { Db } from "@/lib/db";
import type {
  AmountColumn,
  FinancialCategory,
  PrintedRow,
  ReviewStatus,
} from "@/lib/generated/prisma/enums";

export interface FinancialLineInput {
  documentId: string;
  programmeId: string;
  goalId: string | null;
  product: string | null;
  functionCode: string | null;
  category: FinancialCategory;
  label: string;
  actualPreviousYear: bigint | null;
  budgetOriginal: bigint | null;
  budgetAmended: bigint | null;
  actual: bigint | null;
  explanation: string | null;
  reviewStatus: ReviewStatus;
  sortOrder: number;
  sourceId: string | null;
  sourceLocation: string | null;
}

export async function createFinancialLine(db: Db, input: FinancialLineInput) {
  return db.financialLine.create({ data: input });
}

export interface PrintedFigureInput {
  documentId: string;
  programmeId: string;
  goalId: string | null;
  financialLineId: string | null;
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
