import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere, figureWhere } from "@/lib/auth/visibility";
import type { AmountColumn, RowKind } from "./sign-convention";

export interface FinancialLineDto {
  id: string;
  goalId: string | null;
  goalCode: string | null;
  product: string | null;
  functionCode: string | null;
  category: "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
  label: string;
  actualPreviousYear: bigint | null;
  budgetOriginal: bigint | null;
  budgetAmended: bigint | null;
  actual: bigint | null;
  explanation: string | null;
  reviewStatus: "CONCEPT" | "INGEDIEND" | "GOEDGEKEURD" | "TERUGGESTUURD";
  version: number;
  sourceLocation: string | null;
}

export interface PrintedFigureDto {
  goalId: string | null;
  goalCode: string | null;
  financialLineId: string | null;
  row: RowKind;
  column: AmountColumn;
  amount: bigint | null;
  shareOfMunicipalTotal: string | null;
  label: string | null;
  sourceLocation: string | null;
}

export interface ProgrammeFinanceDto {
  lines: FinancialLineDto[];
  printed: PrintedFigureDto[];
  sourceTitle: string | null;
}

export async function getProgrammeFinance(
  scope: ReadScope,
  documentId: string,
  programmeId: string,
): Promise<ProgrammeFinanceDto> {
  const [lines, printed] = await Promise.all([
    db().financialLine.findMany({
      where: { documentId, programmeId, ...figureWhere(scope) },
      orderBy: { sortOrder: "asc" },
      include: { goal: { select: { code: true } }, source: { select: { title: true } } },
    }),
    db().printedFigure.findMany({
      where: { documentId, programmeId, document: documentWhere(scope) },
      include: { goal: { select: { code: true } } },
    }),
  ]);
  return {
    sourceTitle: lines[0]?.source?.title ?? null,
    lines: lines.map(toFinancialLineDto),
    printed: printed.map(toPrintedFigureDto),
  };
}

type LineRow = Omit<FinancialLineDto, "goalCode"> & { goal: { code: string | null } | null };
type PrintedRow = Omit<PrintedFigureDto, "goalCode" | "shareOfMunicipalTotal"> & {
  goal: { code: string | null } | null;
  shareOfMunicipalTotal: { toString(): string } | null;
};

/** Row → DTO, shared with the open data API's reads. */
export function toFinancialLineDto(l: LineRow): FinancialLineDto {
  return {
    id: l.id,
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
  };
}

export function toPrintedFigureDto(p: PrintedRow): PrintedFigureDto {
  return {
    goalId: p.goalId,
    goalCode: p.goal?.code ?? null,
    financialLineId: p.financialLineId,
    row: p.row,
    column: p.column,
    amount: p.amount,
    shareOfMunicipalTotal: p.shareOfMunicipalTotal?.toString() ?? null,
    label: p.label,
    sourceLocation: p.sourceLocation,
  };
}

/** Lines and printed figures of every programme of a document, for the year overview. */
export async function getDocumentFinance(
  scope: ReadScope,
  documentId: string,
): Promise<Map<string, ProgrammeFinanceDto>> {
  return (await getDocumentsFinance(scope, [documentId])).get(documentId) ?? new Map();
}

/**
 * Lines and printed figures of every programme of several documents, in two
 * queries (not two per programme): per document id, per programme id. A
 * programme with neither lines nor printed figures is absent.
 */
export async function getDocumentsFinance(
  scope: ReadScope,
  documentIds: string[],
): Promise<Map<string, Map<string, ProgrammeFinanceDto>>> {
  const [lines, printed] = await Promise.all([
    db().financialLine.findMany({
      where: { documentId: { in: documentIds }, ...figureWhere(scope) },
      orderBy: { sortOrder: "asc" },
      include: { goal: { select: { code: true } }, source: { select: { title: true } } },
    }),
    db().printedFigure.findMany({
      where: { documentId: { in: documentIds }, document: documentWhere(scope) },
      include: { goal: { select: { code: true } } },
    }),
  ]);
  const result = new Map<string, Map<string, ProgrammeFinanceDto>>();
  const entry = (documentId: string, programmeId: string) => {
    const perProgramme = result.get(documentId) ?? new Map<string, ProgrammeFinanceDto>();
    result.set(documentId, perProgramme);
    const dto = perProgramme.get(programmeId) ?? { lines: [], printed: [], sourceTitle: null };
    perProgramme.set(programmeId, dto);
    return dto;
  };
  for (const l of lines) {
    const dto = entry(l.documentId, l.programmeId);
    if (dto.lines.length === 0) dto.sourceTitle = l.source?.title ?? null; // the first line's source, as for one programme
    dto.lines.push(toFinancialLineDto(l));
  }
  for (const p of printed) entry(p.documentId, p.programmeId).printed.push(toPrintedFigureDto(p));
  return result;
}
