import "server-only";
import type { Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { normalizeDecimal } from "@/lib/format/decimal";
import type { ValueRuleIndicator } from "./value-rules";
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

// ---------------------------------------------------------------- programme form rows
// The row-level reads and writes the programme form's transaction
// (lib/review/mutations.ts) is built from. Every write is conditional on the
// version the caller planned with, so a concurrent save makes it report false
// instead of overwriting.

export const INDICATOR_ENTRY_FIELDS = ["target", "actual", "explanation"] as const;
export type IndicatorEntryField = (typeof INDICATOR_ENTRY_FIELDS)[number];

export interface IndicatorEntryRow {
  id: string;
  version: number;
  reviewStatus: ReviewStatus;
  updatedById: string | null;
  direction: IndicatorDirection;
  /** What lib/indicator/value-rules.ts checks a typed streefwaarde and realisatie against. */
  rules: ValueRuleIndicator;
  values: Record<IndicatorEntryField, string | null>;
}

const canonicalOrNull = (d: { toString(): string } | null) => (d === null ? null : normalizeDecimal(d.toString()));

/** The indicator values of a programme in a document, within the authorised municipality. */
export async function readIndicatorEntryRows(
  tx: Db,
  scope: { documentId: string; programmeId: string; municipalityId: AuthorizedMunicipalityId },
): Promise<IndicatorEntryRow[]> {
  const rows = await tx.indicatorValue.findMany({
    where: {
      documentId: scope.documentId,
      document: { municipalityId: scope.municipalityId },
      indicator: { programmeId: scope.programmeId, municipalityId: scope.municipalityId },
    },
    select: {
      id: true,
      version: true,
      reviewStatus: true,
      updatedById: true,
      target: true,
      actual: true,
      explanation: true,
      indicator: { select: { direction: true, unit: true, decimals: true, minValue: true, maxValue: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    reviewStatus: r.reviewStatus,
    updatedById: r.updatedById,
    direction: r.indicator.direction,
    rules: {
      unit: r.indicator.unit,
      decimals: r.indicator.decimals,
      minValue: canonicalOrNull(r.indicator.minValue),
      maxValue: canonicalOrNull(r.indicator.maxValue),
    },
    values: { target: canonicalOrNull(r.target), actual: canonicalOrNull(r.actual), explanation: r.explanation },
  }));
}

/** Writes typed values; the figure goes back to CONCEPT. False when the version moved on. */
export async function writeIndicatorEntry(
  tx: Db,
  input: { id: string; documentId: string; expectedVersion: number; values: Record<IndicatorEntryField, string | null>; userId: string },
): Promise<boolean> {
  const { count } = await tx.indicatorValue.updateMany({
    where: { id: input.id, documentId: input.documentId, version: input.expectedVersion },
    data: { ...input.values, reviewStatus: "CONCEPT", version: { increment: 1 }, updatedById: input.userId },
  });
  return count === 1;
}

/** A review step (indienen, goedkeuren, terugsturen). False when the version or status moved on. */
export async function writeIndicatorReviewStatus(
  tx: Db,
  input: { id: string; documentId: string; expectedVersion: number; from: ReviewStatus; to: ReviewStatus; comment?: string | null },
): Promise<boolean> {
  const { count } = await tx.indicatorValue.updateMany({
    where: { id: input.id, documentId: input.documentId, version: input.expectedVersion, reviewStatus: input.from },
    data: {
      reviewStatus: input.to,
      version: { increment: 1 },
      ...(input.comment !== undefined ? { reviewComment: input.comment } : {}),
    },
  });
  return count === 1;
}
