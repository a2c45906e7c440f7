import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { amendmentWhere, documentWhere, figureWhere } from "@/lib/auth/visibility";
import { FIGURE_DOCUMENT_SELECT, readingDocuments, type ReadingDocumentArg } from "@/lib/document/data";
import { documentLines, type AmendmentLineRow, type BudgetFigureRow, type BudgetLineRow, type FinancialLineDto, type ReadingDocument } from "./line-view";
import type { AmountColumn, RowKind } from "./sign-convention";

export type { FinancialLineDto } from "./line-view";

export interface PrintedFigureDto {
  goalId: string | null;
  goalCode: string | null;
  /** The id of the line (FinancialLineDto.id) the figure belongs to; null for a total or subtotal. */
  financialLineId: string | null;
  budgetLineId: string | null;
  row: RowKind;
  column: AmountColumn;
  amount: bigint | null;
  shareOfMunicipalTotal: string | null;
  label: string | null;
  sourceLocation: string | null;
  sourceTitle: string | null;
}

export interface ProgrammeFinanceDto {
  lines: FinancialLineDto[];
  printed: PrintedFigureDto[];
  sourceTitle: string | null;
}

export interface DocumentFinanceRead {
  /** Per document id, per programme id; a programme with neither lines nor printed figures is absent. */
  perDocument: Map<string, Map<string, ProgrammeFinanceDto>>;
}

const YEARS_READ = (d: ReadingDocument) => [d.year - 1, d.year];

/**
 * The lines and printed figures of several documents in a fixed number of
 * queries, however many programmes, lines, years or wijzigingen they hold
 * (decision 009 §7): D's own figures and printed figures, then every visible
 * figure of those lines for the years the documents need and the wijzigingen
 * of those years.
 */
async function readFinance(scope: ReadScope, documents: ReadingDocument[], programmeId?: string): Promise<DocumentFinanceRead> {
  const documentIds = documents.map((d) => d.id);
  const inProgramme = programmeId === undefined ? {} : { programmeId };
  const [own, printedRows] = await Promise.all([
    db().budgetFigure.findMany({
      where: { documentId: { in: documentIds }, ...figureWhere(scope), budgetLine: inProgramme },
      select: { budgetLine: { include: { goal: { select: { code: true } } } } },
    }),
    db().printedFigure.findMany({
      where: { documentId: { in: documentIds }, ...inProgramme, document: documentWhere(scope) },
      orderBy: { id: "asc" },
      include: { goal: { select: { code: true } }, source: { select: { title: true } } },
    }),
  ]);
  const lines = new Map<string, BudgetLineRow>();
  for (const { budgetLine: l } of own) lines.set(l.id, { ...l, goalCode: l.goal?.code ?? null });
  const lineIds = [...lines.keys()];
  const years = [...new Set(documents.flatMap(YEARS_READ))];
  const [figureRows, amendmentRows] = lineIds.length === 0 ? [[], []] : await Promise.all([
    db().budgetFigure.findMany({
      where: { budgetLineId: { in: lineIds }, year: { in: years }, ...figureWhere(scope) },
      orderBy: { id: "asc" },
      include: { source: { select: { title: true } }, document: { select: FIGURE_DOCUMENT_SELECT } },
    }),
    db().budgetAmendmentLine.findMany({
      where: { budgetLineId: { in: lineIds }, amendment: { year: { in: years }, ...amendmentWhere(scope) } },
      select: {
        budgetLineId: true,
        delta: true,
        amendment: {
          select: { id: true, year: true, number: true, date: true, authority: true, decisionReference: true, reason: true, status: true, unspecified: true, documentId: true },
        },
      },
    }),
  ]);
  const figures: BudgetFigureRow[] = figureRows.map(({ source, ...f }) => ({ ...f, sourceTitle: source?.title ?? null }));
  return { perDocument: assemble(documents, [...lines.values()], figures, amendmentRows, printedRows) };
}

type PrintedRowRead = Awaited<ReturnType<ReturnType<typeof db>["printedFigure"]["findMany"]>>[number] & {
  goal: { code: string | null } | null;
  source: { title: string } | null;
};

/** D's printed na-wijziging of a line, where it stands in for the missing primitief (Hilversum 2021). */
const isPrintedAmendedOfLine = (p: { budgetLineId: string | null; column: string }) => p.budgetLineId !== null && p.column === "BUDGET_AMENDED";

function assemble(
  documents: ReadingDocument[],
  lines: BudgetLineRow[],
  figures: BudgetFigureRow[],
  amendments: AmendmentLineRow[],
  printedRows: PrintedRowRead[],
): Map<string, Map<string, ProgrammeFinanceDto>> {
  const result = new Map<string, Map<string, ProgrammeFinanceDto>>();
  const programmeOf = new Map(lines.map((l) => [l.id, l.programmeId]));
  for (const document of documents) {
    const printedOfDocument = printedRows.filter((p) => p.documentId === document.id);
    const printedAmended = new Map(printedOfDocument.filter(isPrintedAmendedOfLine).map((p) => [p.budgetLineId!, p.amount]));
    const shown = documentLines({ document, lines, figures, amendments, printedAmended });
    const perProgramme = new Map<string, ProgrammeFinanceDto>();
    const entry = (programmeId: string) => {
      const dto = perProgramme.get(programmeId) ?? { lines: [], printed: [], sourceTitle: null };
      perProgramme.set(programmeId, dto);
      return dto;
    };
    for (const line of shown) {
      const dto = entry(programmeOf.get(line.budgetLineId)!);
      if (dto.lines.length === 0) dto.sourceTitle = line.sourceTitle; // the first line's source, as the page always showed
      dto.lines.push(line);
    }
    const lineIdOf = new Map(shown.map((l) => [l.budgetLineId, l.id]));
    for (const p of printedOfDocument) {
      if (isPrintedAmendedOfLine(p)) continue; // it is the line's na-wijziging (basis "printed"), not a figure beside it
      entry(p.programmeId).printed.push(toPrintedFigureDto(p, lineIdOf));
    }
    if (perProgramme.size > 0) result.set(document.id, perProgramme);
  }
  return result;
}

function toPrintedFigureDto(p: PrintedRowRead, lineIdOf: Map<string, string>): PrintedFigureDto {
  return {
    goalId: p.goalId,
    goalCode: p.goal?.code ?? null,
    // A line figure whose line is not visible must not turn into a programme total.
    financialLineId: p.budgetLineId === null ? null : (lineIdOf.get(p.budgetLineId) ?? `budget-line:${p.budgetLineId}`),
    budgetLineId: p.budgetLineId,
    row: p.row,
    column: p.column,
    amount: p.amount,
    shareOfMunicipalTotal: p.shareOfMunicipalTotal?.toString() ?? null,
    label: p.label,
    sourceLocation: p.sourceLocation,
    sourceTitle: p.source?.title ?? null,
  };
}

/** Lines and printed figures of one programme in a document. */
export async function getProgrammeFinance(scope: ReadScope, document: ReadingDocumentArg, programmeId: string): Promise<ProgrammeFinanceDto> {
  const documents = await readingDocuments(scope, [document]);
  const read = await readFinance(scope, documents, programmeId);
  return read.perDocument.get(documents[0]?.id ?? "")?.get(programmeId) ?? { lines: [], printed: [], sourceTitle: null };
}

/** Lines and printed figures of every programme of a document, for the year overview. */
export async function getDocumentFinance(scope: ReadScope, document: ReadingDocumentArg): Promise<Map<string, ProgrammeFinanceDto>> {
  const documents = await readingDocuments(scope, [document]);
  return (await readFinance(scope, documents)).perDocument.get(documents[0]?.id ?? "") ?? new Map();
}

/** The same for several documents at once (the comparison page), still in a fixed number of queries. */
export async function getDocumentsFinance(
  scope: ReadScope,
  documents: ReadingDocumentArg[],
): Promise<Map<string, Map<string, ProgrammeFinanceDto>>> {
  return (await readFinance(scope, await readingDocuments(scope, documents))).perDocument;
}
