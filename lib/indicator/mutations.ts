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

// ---------------------------------------------------------------- data entry
// (Imports kept with the code that needs them: this section was appended while
// others edit the top of the file. Imports are hoisted, so this is equivalent.)
import { db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { appendAudit } from "@/lib/audit/mutations";
import { normalizeDecimal } from "@/lib/format/decimal";
import { lockOpenDocument } from "@/lib/document/mutations";

export interface IndicatorActualUpdate {
  indicatorValueId: string;
  /** The version the user saw; another one in the database means someone saved in between. */
  expectedVersion: number;
  /** Canonical decimal string, or null to clear. */
  actual: string | null;
  /** Undefined leaves the toelichting as it is; null clears it. */
  explanation?: string | null;
  userId: string;
  /** From the authorization gate; also the tenant filter of every query here. */
  municipalityId: AuthorizedMunicipalityId;
}

export interface IndicatorActualDto {
  id: string;
  version: number;
  actual: string | null;
  explanation: string | null;
  reviewStatus: ReviewStatus;
  changed: boolean;
}

/**
 * Saves realisatie and toelichting of one value, with an optimistic version
 * check and one audit entry per changed field, in one transaction. A change
 * sends the value back to CONCEPT: an approved figure that changes must be
 * submitted and reviewed again. Refuses values of a document that is no
 * longer CONCEPT, even if it was locked after the caller's check.
 */
export async function updateIndicatorActual(input: IndicatorActualUpdate): Promise<IndicatorActualDto> {
  const { indicatorValueId: id, expectedVersion, userId, municipalityId } = input;
  return db().$transaction(async (tx) => {
    const current = await tx.indicatorValue.findFirst({
      where: { id, indicator: { municipalityId }, document: { municipalityId } },
      select: { actual: true, explanation: true, reviewStatus: true, version: true, documentId: true },
    });
    if (!current) throw new NotFoundError();
    // Share-locks the document for this transaction: vaststellen waits for us, never overtakes us.
    await lockOpenDocument(tx, current.documentId, municipalityId);
    if (current.version !== expectedVersion) throw new ConflictError();

    const oldActual = current.actual === null ? null : normalizeDecimal(current.actual.toString());
    const newExplanation = input.explanation === undefined ? current.explanation : input.explanation;
    const changes: { field: string; oldValue: string | null; newValue: string | null }[] = [];
    if (oldActual !== input.actual) changes.push({ field: "actual", oldValue: oldActual, newValue: input.actual });
    if (current.explanation !== newExplanation) {
      changes.push({ field: "explanation", oldValue: current.explanation, newValue: newExplanation });
    }
    if (changes.length === 0) {
      return { id, version: current.version, actual: oldActual, explanation: current.explanation, reviewStatus: current.reviewStatus, changed: false };
    }
    if (current.reviewStatus !== "CONCEPT") {
      changes.push({ field: "reviewStatus", oldValue: current.reviewStatus, newValue: "CONCEPT" });
    }

    const { count } = await tx.indicatorValue.updateMany({
      where: { id, version: expectedVersion, document: { status: "CONCEPT", municipalityId } },
      data: {
        actual: input.actual,
        explanation: newExplanation,
        reviewStatus: "CONCEPT",
        version: { increment: 1 },
        updatedById: userId,
      },
    });
    if (count !== 1) throw new ConflictError();
    for (const change of changes) {
      await appendAudit(tx, {
        userId,
        municipalityId,
        entityType: "IndicatorValue",
        entityId: id,
        action: "update",
        ...change,
      });
    }
    return { id, version: expectedVersion + 1, actual: input.actual, explanation: newExplanation, reviewStatus: "CONCEPT", changed: true };
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
      indicator: { select: { direction: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    reviewStatus: r.reviewStatus,
    updatedById: r.updatedById,
    direction: r.indicator.direction,
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
