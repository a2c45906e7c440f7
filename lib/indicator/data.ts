import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { figureWhere } from "@/lib/auth/visibility";

export interface IndicatorValueDto {
  id: string;
  year: number;
  dimensionValue: string;
  target: string | null;
  actual: string | null;
  benchmark: string | null;
  benchmarkLabel: string | null;
  printedGoalAchieved: boolean | null;
  explanation: string | null;
  reviewStatus: "CONCEPT" | "INGEDIEND" | "GOEDGEKEURD" | "TERUGGESTUURD";
  version: number;
  sourceLocation: string | null;
  sourceTitle: string | null;
}

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
}

const dec = (d: { toString(): string } | null) => (d === null ? null : d.toString());

/**
 * Indicators of a programme that have a visible value reported in this
 * document, with all their visible values over the years (for the series chart).
 */
export async function listProgrammeIndicators(
  scope: ReadScope,
  documentId: string,
  programmeId: string,
): Promise<IndicatorDto[]> {
  const visible = figureWhere(scope);
  const indicators = await db().indicator.findMany({
    where: { programmeId, values: { some: { documentId, ...visible } } },
    orderBy: { sortOrder: "asc" },
    include: {
      values: {
        where: visible,
        orderBy: [{ year: "asc" }, { dimensionValue: "asc" }],
        include: { source: { select: { title: true } } },
      },
    },
  });
  return indicators.map(({ values, ...i }) => ({
    id: i.id,
    importKey: i.importKey,
    goalId: i.goalId,
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
    values: values.map(toIndicatorValueDto),
  }));
}

type Dec = { toString(): string } | null;
type ValueRow = Omit<IndicatorValueDto, "target" | "actual" | "benchmark" | "sourceTitle"> & {
  target: Dec;
  actual: Dec;
  benchmark: Dec;
  source: { title: string } | null;
};

/** Row → DTO, shared with the open data API's reads. */
export function toIndicatorValueDto(v: ValueRow): IndicatorValueDto {
  return {
    id: v.id,
    year: v.year,
    dimensionValue: v.dimensionValue,
    target: dec(v.target),
    actual: dec(v.actual),
    benchmark: dec(v.benchmark),
    benchmarkLabel: v.benchmarkLabel,
    printedGoalAchieved: v.printedGoalAchieved,
    explanation: v.explanation,
    reviewStatus: v.reviewStatus,
    version: v.version,
    sourceLocation: v.sourceLocation,
    sourceTitle: v.source?.title ?? null,
  };
}
