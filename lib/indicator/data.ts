import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { amendmentWhere, figureWhere } from "@/lib/auth/visibility";
import { FIGURE_DOCUMENT_SELECT, readingDocuments, type ReadingDocumentArg } from "@/lib/document/data";
import { indicatorValues, stageFigures, type IndicatorFigureRow, type IndicatorValueDto, type StageFigureDto, type TargetAmendmentRow } from "./value-view";

export type { IndicatorValueDto, StageFigureDto } from "./value-view";

export interface IndicatorDto {
  id: string;
  /** Stable key of the import that created it (links an indicator across documents). */
  importKey: string | null;
  goalId: string | null;
  code: string | null;
  name: string | null;
  definition: string | null;
  unit: "RAPPORTCIJFER" | "PERCENTAGE" | "AANTAL" | "EURO" | "OVERIG";
  unitLabel: string | null;
  decimals: number;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "ON_TARGET";
  sourceName: string | null;
  frequency: "YEARLY" | "BIENNIAL" | "IRREGULAR";
  bbvMandatory: boolean;
  groupLabel: string | null;
  dimensionName: string | null;
  /** Every visible value, all years, oldest first. */
  values: IndicatorValueDto[];
  /** Every visible streefwaarde, with the begroting that set it (also a meerjarenraming a later begroting superseded). */
  targets: StageFigureDto[];
  /** Every visible realisatie, with the jaarstukken that reported it. */
  actuals: StageFigureDto[];
}

const dec = (d: { toString(): string } | null) => (d === null ? null : d.toString());

/** The include that reads an indicator's visible figures and adopted target wijzigingen with it (one query each, whatever their number). */
type Description = Pick<
  IndicatorDto,
  "code" | "name" | "definition" | "unit" | "unitLabel" | "decimals" | "direction" | "sourceName" | "frequency" | "bbvMandatory" | "groupLabel" | "dimensionName"
>;

/** What an indicator is, as every read shows it (the year page, the API and the comparison). */
export function indicatorDescription(i: Description): Description {
  return {
    code: i.code,
    name: i.name,
    definition: i.definition,
    unit: i.unit,
    unitLabel: i.unitLabel,
    decimals: i.decimals,
    direction: i.direction,
    sourceName: i.sourceName,
    frequency: i.frequency,
    bbvMandatory: i.bbvMandatory,
    groupLabel: i.groupLabel,
    dimensionName: i.dimensionName,
  };
}

export function figuresInclude(scope: ReadScope, figureFilter: object = {}) {
  return {
    figures: {
      where: { ...figureWhere(scope), ...figureFilter },
      orderBy: [{ year: "asc" as const }, { dimensionValue: "asc" as const }, { id: "asc" as const }],
      include: { source: { select: { title: true } }, document: { select: FIGURE_DOCUMENT_SELECT } },
    },
    targetAmendments: {
      where: { amendment: amendmentWhere(scope) },
      select: {
        year: true,
        dimensionValue: true,
        value: true,
        reason: true,
        amendment: { select: { id: true, number: true, date: true, status: true } },
      },
    },
  };
}

type Dec = { toString(): string } | null;
type FigureRead = Omit<IndicatorFigureRow, "value" | "benchmark" | "sourceTitle"> & {
  value: Dec;
  benchmark: Dec;
  source: { title: string } | null;
};
type TargetAmendmentRead = Omit<TargetAmendmentRow, "value"> & { value: Dec };

export function toFigureRow({ source, ...f }: FigureRead): IndicatorFigureRow {
  return { ...f, value: dec(f.value), benchmark: dec(f.benchmark), sourceTitle: source?.title ?? null };
}

/** An indicator's figures → its values and per-stage lists (lib/indicator/value-view.ts). */
export function readModelOf(figureReads: FigureRead[], amendmentReads: TargetAmendmentRead[], readingDocumentId: string | null) {
  const figures = figureReads.map(toFigureRow);
  const amendments = amendmentReads.map((a) => ({ ...a, value: dec(a.value) }));
  return {
    values: indicatorValues(figures, amendments, readingDocumentId),
    targets: stageFigures(figures, ["PRIMITIEF", "MEERJARENRAMING"]),
    actuals: stageFigures(figures, ["REALISATIE"]),
  };
}

/** A figure the document owns, or one a reconstruction of the document holds (what it printed for another stage). */
const ofDocument = (documentId: string) => ({ OR: [{ documentId }, { document: { reconstructedFromId: documentId } }] });

/**
 * The indicators of every programme of a document that have a visible figure
 * in it, with all their visible values over the years (for the series chart),
 * per programme id — in a fixed number of queries, however many programmes,
 * indicators, years or wijzigingen (decision 009 §7).
 */
export async function listDocumentIndicators(
  scope: ReadScope,
  document: ReadingDocumentArg,
  programmeId?: string,
): Promise<Map<string, IndicatorDto[]>> {
  const [reading] = await readingDocuments(scope, [document]);
  if (!reading) return new Map();
  const indicators = await db().indicator.findMany({
    where: {
      ...(programmeId === undefined ? { programmeId: { not: null } } : { programmeId }),
      figures: { some: { AND: [figureWhere(scope), ofDocument(reading.id)] } },
    },
    orderBy: { sortOrder: "asc" },
    include: figuresInclude(scope),
  });
  const result = new Map<string, IndicatorDto[]>();
  for (const { figures, targetAmendments, ...i } of indicators) {
    const dto: IndicatorDto = {
      id: i.id,
      importKey: i.importKey,
      goalId: i.goalId,
      ...indicatorDescription(i),
      ...readModelOf(figures, targetAmendments, reading.id),
    };
    result.set(i.programmeId!, [...(result.get(i.programmeId!) ?? []), dto]);
  }
  return result;
}

/** The indicators of one programme in a document (see listDocumentIndicators). */
export async function listProgrammeIndicators(scope: ReadScope, document: ReadingDocumentArg, programmeId: string): Promise<IndicatorDto[]> {
  return (await listDocumentIndicators(scope, document, programmeId)).get(programmeId) ?? [];
}
