/**
 * A budget line as one document shows it (I9 contract, "Reading a document D"):
 * the columns a municipality prints — realisatie vorig jaar, begroting
 * primitief, begroting na wijziging, realisatie — assembled from the figures
 * the stages own, with the cycle's rules (lib/cycle) and no arithmetic of its
 * own. The public pages, the API and the CSV all read lines through here.
 */
import { AMENDED_BASIS_LABELS, amendedBudget, ownStage, previousYearActual, type AmendmentStatus, type BudgetBasis, type LineAmendment } from "@/lib/cycle";
import { chooseFigure, figuresOfStage, type FigureDocument } from "@/lib/document/stage-figure";
import type { Category } from "./table";

type ReviewStatus = "CONCEPT" | "INGEDIEND" | "GOEDGEKEURD" | "TERUGGESTUURD";

export interface BudgetLineRow {
  id: string;
  programmeId: string;
  goalId: string | null;
  goalCode: string | null;
  product: string | null;
  functionCode: string | null;
  category: Category;
  label: string;
  sortOrder: number;
}

export interface BudgetFigureRow {
  id: string;
  budgetLineId: string;
  year: number;
  amount: bigint | null;
  explanation: string | null;
  reviewStatus: ReviewStatus;
  version: number;
  sourceLocation: string | null;
  sourceTitle: string | null;
  document: FigureDocument;
}

export type AmendmentAuthority = "RAAD" | "COLLEGE_MANDAAT";

/** One line of a wijziging, with the wijziging it belongs to. */
export interface AmendmentLineRow {
  budgetLineId: string;
  delta: bigint;
  amendment: {
    id: string;
    year: number;
    number: string;
    date: Date | null;
    authority: AmendmentAuthority | null;
    decisionReference: string | null;
    reason: string;
    status: AmendmentStatus;
    unspecified: boolean;
    documentId: string | null;
  };
}

export interface LineAmendmentDto {
  id: string;
  number: string;
  date: Date | null;
  authority: AmendmentAuthority | null;
  decisionReference: string | null;
  reason: string;
  delta: bigint;
  unspecified: boolean;
}

export interface LinePrognosisDto {
  figureId: string;
  documentId: string;
  documentTitle: string;
  sequence: number;
  amount: bigint | null;
}

export interface FinancialLineDto {
  /** The id of the figure the document owns for this line (the old FinancialLine id after the migration). */
  id: string;
  budgetLineId: string;
  goalId: string | null;
  goalCode: string | null;
  product: string | null;
  functionCode: string | null;
  category: Category;
  label: string;
  actualPreviousYear: bigint | null;
  budgetOriginal: bigint | null;
  budgetAmended: bigint | null;
  actual: bigint | null;
  /** How the na-wijziging came about; null when there is none. */
  basis: BudgetBasis | null;
  /** The adopted wijzigingen the na-wijziging is made of, oldest first. */
  amendments: LineAmendmentDto[];
  /** The prognoses of the year's bestuursrapportages, in their order. */
  prognoses: LinePrognosisDto[];
  explanation: string | null;
  reviewStatus: ReviewStatus;
  version: number;
  sourceLocation: string | null;
  sourceTitle: string | null;
}

export interface ReadingDocument {
  id: string;
  kind: FigureDocument["kind"];
  year: number;
}

/** The wijzigingen that count for a line read in D: specified ones, and the unspecified ones D itself printed (another document's would count twice). */
function countedAmendments(rows: AmendmentLineRow[], document: ReadingDocument): AmendmentLineRow[] {
  return rows.filter((r) => r.amendment.year === document.year && (!r.amendment.unspecified || r.amendment.documentId === document.id));
}

const toLineAmendment = (r: AmendmentLineRow): LineAmendment => ({
  amendmentId: r.amendment.id,
  number: r.amendment.number,
  date: r.amendment.date,
  status: r.amendment.status,
  delta: r.delta,
  unspecified: r.amendment.unspecified,
  proposedByDocumentId: r.amendment.documentId,
});

function prognosesOf(figures: BudgetFigureRow[], year: number): LinePrognosisDto[] {
  return figuresOfStage(figures, "PROGNOSE", year)
    .filter((f) => f.document.origin !== "RECONSTRUCTED")
    .sort((a, b) => a.document.sequence - b.document.sequence)
    .map((f) => ({ figureId: f.id, documentId: f.document.id, documentTitle: f.document.title, sequence: f.document.sequence, amount: f.amount }));
}

export interface LineViewInput {
  document: ReadingDocument;
  line: BudgetLineRow;
  /** Every visible figure of the line for the years the document needs (Y−1, Y). */
  figures: BudgetFigureRow[];
  /** Every visible wijziging line of the line. */
  amendments: AmendmentLineRow[];
  /** D's printed na-wijziging of the line (printed without a primitief), else null. */
  printedAmended: bigint | null;
}

/** The line as D shows it; null when D owns no figure of it (the line is not in D). */
export function lineView(input: LineViewInput): FinancialLineDto | null {
  const { document, line, figures } = input;
  const own = figures.find((f) => f.document.id === document.id && f.year === document.year);
  if (!own) return null;
  const stage = ownStage(document.kind);
  const primitief = stage === "PRIMITIEF" ? own : chooseFigure(figures, "PRIMITIEF", document.year, document.id);
  const rows = countedAmendments(input.amendments, document);
  const amended = amendedBudget({
    primitief: primitief?.amount ?? null,
    amendments: rows.map(toLineAmendment),
    printedAmended: input.printedAmended,
  });
  const rowOf = new Map(rows.map((r) => [r.amendment.id, r]));
  const previous = chooseFigure(figures, "REALISATIE", document.year - 1, document.id);
  return {
    id: own.id,
    budgetLineId: line.id,
    goalId: line.goalId,
    goalCode: line.goalCode,
    product: line.product,
    functionCode: line.functionCode,
    category: line.category,
    label: line.label,
    actualPreviousYear: previous ? previousYearActual([{ year: previous.year, stage: "REALISATIE", amount: previous.amount }], document.year) : null,
    budgetOriginal: primitief?.amount ?? null,
    budgetAmended: amended.amount,
    actual: stage === "PRIMITIEF" ? null : own.amount,
    basis: amended.basis,
    amendments: amended.adopted.map((a) => {
      const { amendment } = rowOf.get(a.amendmentId)!;
      return {
        id: amendment.id,
        number: amendment.number,
        date: amendment.date,
        authority: amendment.authority,
        decisionReference: amendment.decisionReference,
        reason: amendment.reason,
        delta: a.delta,
        unspecified: amendment.unspecified,
      };
    }),
    prognoses: prognosesOf(figures, document.year),
    explanation: own.explanation,
    reviewStatus: own.reviewStatus,
    version: own.version,
    sourceLocation: own.sourceLocation,
    sourceTitle: own.sourceTitle,
  };
}

export interface DocumentLinesInput {
  document: ReadingDocument;
  /** The lines, in print order. */
  lines: BudgetLineRow[];
  figures: BudgetFigureRow[];
  amendments: AmendmentLineRow[];
  /** D's printed na-wijziging per budget line id. */
  printedAmended: Map<string, bigint | null>;
}

/** Every line D shows, in print order: groups the rows of the fixed-count read by line. */
export function documentLines(input: DocumentLinesInput): FinancialLineDto[] {
  const figuresOf = groupByLine(input.figures);
  const amendmentsOf = groupByLine(input.amendments);
  return [...input.lines]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .flatMap((line) => {
      const view = lineView({
        document: input.document,
        line,
        figures: figuresOf.get(line.id) ?? [],
        amendments: amendmentsOf.get(line.id) ?? [],
        printedAmended: input.printedAmended.get(line.id) ?? null,
      });
      return view ? [view] : [];
    });
}

function groupByLine<T extends { budgetLineId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.budgetLineId, [...(out.get(r.budgetLineId) ?? []), r]);
  return out;
}

/**
 * The legend of a table's na-wijziging column (decision 009 §5: whatever shows
 * the authorised budget shows its basis): one sentence per basis its lines
 * use, with the lines named where bases are mixed; null without a na-wijziging.
 */
export function amendedBasisLegend(lines: Pick<FinancialLineDto, "basis" | "label">[]): string | null {
  const computed = lines.filter((l) => l.basis === "computed");
  const printed = lines.filter((l) => l.basis === "printed");
  const label = (basis: BudgetBasis) => `(${AMENDED_BASIS_LABELS[basis]})`;
  if (computed.length === 0 && printed.length === 0) return null;
  if (printed.length === 0) return `Begroting na wijziging ${label("computed")}.`;
  if (computed.length === 0) return `Begroting na wijziging ${label("printed")}.`;
  return `Begroting na wijziging ${label("computed")}; bij ${printed.map((l) => l.label).join(", ")}: ${label("printed")}.`;
}
