/**
 * An indicator's values as the public pages and the API show them: per year
 * (and dimension value) the streefwaarde set by the begroting (after adopted
 * wijzigingen) beside the realisatie of the jaarstukken (I9 contract,
 * "Reading a document D"). The figures stay separate rows owned by their
 * stage; this joins them for the reader with the rules of lib/cycle.
 */
import { stageOf, targetAfterAmendments, type AmendmentStatus, type Stage } from "@/lib/cycle";
import { chooseFigure, type DocumentRef, type FigureDocument } from "@/lib/document/stage-figure";

type ReviewStatus = "CONCEPT" | "INGEDIEND" | "GOEDGEKEURD" | "TERUGGESTUURD";

export interface IndicatorFigureRow {
  id: string;
  year: number;
  dimensionValue: string;
  value: string | null;
  /** The period measured when it is not the calendar year (decision 011); absent in older fixtures. */
  periodLabel?: string | null;
  benchmark: string | null;
  benchmarkLabel: string | null;
  printedGoalAchieved: boolean | null;
  explanation: string | null;
  reviewStatus: ReviewStatus;
  version: number;
  sourceLocation: string | null;
  sourceTitle: string | null;
  document: FigureDocument;
}

export interface TargetAmendmentRow {
  year: number;
  dimensionValue: string;
  value: string | null;
  reason: string | null;
  amendment: { id: string; number: string; date: Date | null; status: AmendmentStatus };
}

export interface IndicatorValueDto {
  /** The realisatie figure's id, else the streefwaarde figure's. */
  id: string;
  year: number;
  dimensionValue: string;
  target: string | null;
  actual: string | null;
  /** "eerste halfjaar 2019" where the streefwaarde or realisatie is not of the calendar year; shown beside the value. */
  targetPeriodLabel: string | null;
  actualPeriodLabel: string | null;
  benchmark: string | null;
  benchmarkLabel: string | null;
  printedGoalAchieved: boolean | null;
  explanation: string | null;
  reviewStatus: ReviewStatus;
  version: number;
  sourceLocation: string | null;
  sourceTitle: string | null;
  targetFigureId: string | null;
  actualFigureId: string | null;
  /** The begroting whose figure holds the streefwaarde (a reconstructed one is titled "… (zoals gedrukt in …)"). */
  targetSetBy: DocumentRef | null;
  /** The adopted wijziging that changed the streefwaarde, if one did. */
  targetAmendedBy: { id: string; number: string; reason: string | null } | null;
  /** The document that printed the value (a reconstruction's printing document), for the comparison API. */
  printedIn: DocumentRef;
}

/** One figure a begroting set (streefwaarde) or jaarstukken reported (realisatie), with its owner: the API's per-stage lists. */
export interface StageFigureDto {
  figureId: string;
  year: number;
  dimensionValue: string;
  stage: Stage;
  value: string | null;
  /** As IndicatorFigureRow.periodLabel. */
  periodLabel: string | null;
  document: DocumentRef;
}

const ref = (d: FigureDocument): DocumentRef => ({ id: d.id, kind: d.kind, year: d.year, title: d.title });

function targetFigure(figures: IndicatorFigureRow[], year: number, readingDocumentId: string | null) {
  return (
    chooseFigure(figures, "PRIMITIEF", year, readingDocumentId) ?? chooseFigure(figures, "MEERJARENRAMING", year, readingDocumentId)
  );
}

function slotKey(year: number, dimensionValue: string) {
  return `${year}\u0000${dimensionValue}`;
}

function groupBySlot<T extends { year: number; dimensionValue: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const key = slotKey(r.year, r.dimensionValue);
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  return out;
}

function valueOfSlot(
  figures: [IndicatorFigureRow, ...IndicatorFigureRow[]],
  amendments: TargetAmendmentRow[],
  readingDocumentId: string | null,
): IndicatorValueDto | null {
  const { year, dimensionValue } = figures[0];
  const targetRow = targetFigure(figures, year, readingDocumentId);
  const actualRow = chooseFigure(figures, "REALISATIE", year, readingDocumentId);
  const shown = actualRow ?? targetRow;
  if (!shown) return null;
  const target = targetAfterAmendments({
    target: targetRow?.value ?? null,
    amendments: amendments.map((a) => ({ ...a.amendment, amendmentId: a.amendment.id, value: a.value, reason: a.reason })),
  });
  return {
    id: shown.id,
    year,
    dimensionValue,
    target: target.value,
    actual: actualRow?.value ?? null,
    targetPeriodLabel: targetRow?.periodLabel ?? null,
    actualPeriodLabel: actualRow?.periodLabel ?? null,
    benchmark: actualRow?.benchmark ?? null,
    benchmarkLabel: actualRow?.benchmarkLabel ?? null,
    printedGoalAchieved: actualRow?.printedGoalAchieved ?? null,
    explanation: shown.explanation,
    reviewStatus: shown.reviewStatus,
    version: shown.version,
    sourceLocation: shown.sourceLocation,
    sourceTitle: shown.sourceTitle,
    targetFigureId: targetRow?.id ?? null,
    actualFigureId: actualRow?.id ?? null,
    targetSetBy: targetRow ? ref(targetRow.document) : null,
    targetAmendedBy: target.amendedBy && { id: target.amendedBy.amendmentId, number: target.amendedBy.number, reason: target.amendedBy.reason },
    printedIn: shown.document.reconstructedFrom ?? ref(shown.document),
  };
}

/**
 * Every value of one indicator, oldest year first; within a year in the order
 * the figures came (the data code orders them by dimension value in SQL, the
 * collation the pages always used).
 * `readingDocumentId`: the document being read (its reconstructions win over
 * other documents' reconstructions); null when no document is being read.
 */
export function indicatorValues(
  figures: IndicatorFigureRow[],
  amendments: TargetAmendmentRow[],
  readingDocumentId: string | null,
): IndicatorValueDto[] {
  const amendmentsOf = groupBySlot(amendments);
  return [...groupBySlot(figures).entries()]
    .map(([key, slot]) => valueOfSlot(slot as [IndicatorFigureRow, ...IndicatorFigureRow[]], amendmentsOf.get(key) ?? [], readingDocumentId))
    .filter((v): v is IndicatorValueDto => v !== null)
    // Stable: within a year the caller's (the database's) order of dimension values stays.
    .sort((a, b) => a.year - b.year);
}

/** The figures by stage: every streefwaarde with the begroting that set it, every realisatie with its jaarstukken. */
export function stageFigures(figures: IndicatorFigureRow[], stages: Stage[]): StageFigureDto[] {
  return figures
    .flatMap((f) => {
      const stage = stageOf(f.document, f.year);
      return stage && stages.includes(stage)
        ? [{ figureId: f.id, year: f.year, dimensionValue: f.dimensionValue, stage, value: f.value, periodLabel: f.periodLabel ?? null, document: ref(f.document) }]
        : [];
    })
    .sort((a, b) => a.year - b.year || a.document.year - b.document.year || a.figureId.localeCompare(b.figureId));
}
