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
