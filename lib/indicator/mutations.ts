import "server-only";
import type { Db } from "@/lib/db";
import type {
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorUnit,
  ReviewStatus,
} from "@/lib/generated/prisma/enums";

export interface IndicatorInput {
  municipalityId: string;
  importKey: string;
  programmeId: string | null;
  goalId: string | null;
  name: string | null;
  definition?: string | null;
  unit: IndicatorUnit;
  unitLabel?: string | null;
  decimals: number;
  direction: IndicatorDirection;
  sourceName?: string | null;
  frequency: IndicatorFrequency;
  bbvMandatory: boolean;
  groupLabel?: string | null;
  dimensionName?: string | null;
  sortOrder: number;
}

/** Indicators outlive a year: a later document's import updates the same one. */
export async function upsertIndicatorByKey(db: Db, input: IndicatorInput) {
  const { municipalityId, importKey, ...data } = input;
  return db.indicator.upsert({
    where: { municipalityId_importKey: { municipalityId, importKey } },
    create: { municipalityId, importKey, ...data },
    update: data,
  });
}

export interface ImportedIndicatorValue {
  indicatorId: string;
  documentId: string;
  year: number;
  dimensionValue: string;
  target: string | null;
  actual: string | null;
  benchmark: string | null;
  benchmarkLabel: string | null;
  printedGoalAchieved: boolean | null;
  explanation: string | null;
  reviewStatus: ReviewStatus;
  sourceId: string | null;
  sourceLocation: string | null;
}

export async function upsertImportedIndicatorValue(db: Db, input: ImportedIndicatorValue) {
  const { indicatorId, year, dimensionValue, ...data } = input;
  return db.indicatorValue.upsert({
    where: { indicatorId_year_dimensionValue: { indicatorId, year, dimensionValue } },
    create: { indicatorId, year, dimensionValue, ...data },
    update: { ...data, version: { increment: 1 } },
  });
}
