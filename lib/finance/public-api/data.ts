import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere, figureWhere } from "@/lib/auth/visibility";
import { toFinancialLineDto, toPrintedFigureDto, type FinancialLineDto, type PrintedFigureDto } from "../data";

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
      ...toFinancialLineDto(l),
      programmeId: l.programmeId,
      sourceTitle: l.source?.title ?? null,
    })),
    printed: printed.map((p) => ({
      ...toPrintedFigureDto(p),
      programmeId: p.programmeId,
      sourceTitle: p.source?.title ?? null,
    })),
  };
}
