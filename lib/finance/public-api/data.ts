import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere, figureWhere } from "@/lib/auth/visibility";
import type { FinancialLineDto, PrintedFigureDto } from "../data";

// Reads for the open data API: the financial lines and printed figures of a
// whole document at once (the programme list needs every programme's totals),
// each carrying the title of its own source, because the API states
// provenance per figure.

export interface SourcedLine extends FinancialLineDto {
  programmeId: string;
  sourceTitle: string | null;
}

export interface SourcedPrintedFigure extends PrintedFigureDto {
  programmeId: string;
  sourceTitle: string | null;
}

export interface DocumentFinance {
  lines: SourcedLine[];
  printed: SourcedPrintedFigure[];
}

export async function listDocumentFinance(
  scope: ReadScope,
  documentId: string,
  programmeId?: string,
): Promise<DocumentFinance> {
  const programme = programmeId === undefined ? {} : { programmeId };
  const [lines, printed] = await Promise.all([
    db().financialLine.findMany({
      where: { documentId, ...programme, ...figureWhere(scope) },
      orderBy: { sortOrder: "asc" },
      include: { goal: { select: { code: true } }, source: { select: { title: true } } },
    }),
    db().printedFigure.findMany({
      where: { documentId, ...programme, document: documentWhere(scope) },
      orderBy: { id: "asc" },
      include: { goal: { select: { code: true } }, source: { select: { title: true } } },
    }),
  ]);
  return {
    lines: lines.map((l) => ({
      id: l.id,
      programmeId: l.programmeId,
      goalId: l.goalId,
      goalCode: l.goal?.code ?? null,
      product: l.product,
      functionCode: l.functionCode,
      category: l.category,
      label: l.label,
      actualPreviousYear: l.actualPreviousYear,
      budgetOriginal: l.budgetOriginal,
      budgetAmended: l.budgetAmended,
      actual: l.actual,
      explanation: l.explanation,
      reviewStatus: l.reviewStatus,
      version: l.version,
      sourceLocation: l.sourceLocation,
      sourceTitle: l.source?.title ?? null,
    })),
    printed: printed.map((p) => ({
      programmeId: p.programmeId,
      goalId: p.goalId,
      goalCode: p.goal?.code ?? null,
      financialLineId: p.financialLineId,
      row: p.row,
      column: p.column,
      amount: p.amount,
      shareOfMunicipalTotal: p.shareOfMunicipalTotal?.toString() ?? null,
      label: p.label,
      sourceLocation: p.sourceLocation,
      sourceTitle: p.source?.title ?? null,
    })),
  };
}
