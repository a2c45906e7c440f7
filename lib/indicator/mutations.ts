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
  /** Canonical decimals; null: the unit's usual range (lib/indicator/value-rules.ts). */
  minValue?: string | null;
  maxValue?: string | null;
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

export interface IndicatorFigureInput {
  indicatorId: string;
  documentId: string;
  year: number;
  dimensionValue: string;
  /** Canonical decimal ("7.4"); null: a slot still to be filled in. */
  value: string | null;
  benchmark: string | null;
  benchmarkLabel: string | null;
  printedGoalAchieved: boolean | null;
  explanation: string | null;
  reviewStatus: ReviewStatus;
  sourceId: string | null;
  sourceLocation: string | null;
}

/** An empty slot a document owns, for the data entry to fill in (spread it, then set indicator, document and year). */
export const EMPTY_INDICATOR_FIGURE = {
  dimensionValue: "",
  value: null,
  benchmark: null,
  benchmarkLabel: null,
  printedGoalAchieved: null,
  explanation: null,
  reviewStatus: "CONCEPT",
  sourceId: null,
  sourceLocation: null,
} as const satisfies Omit<IndicatorFigureInput, "indicatorId" | "documentId" | "year">;

/** One value a document owns for an indicator and year: a streefwaarde, prognose or realisatie (decision 009 §2). */
export async function upsertIndicatorFigure(db: Db, input: IndicatorFigureInput) {
  const { indicatorId, year, dimensionValue, documentId, ...data } = input;
  return db.indicatorFigure.upsert({
    where: { indicatorId_dimensionValue_year_documentId: { indicatorId, dimensionValue, year, documentId } },
    create: { indicatorId, year, dimensionValue, documentId, ...data },
    update: { ...data, version: { increment: 1 } },
    select: { id: true },
  });
}
