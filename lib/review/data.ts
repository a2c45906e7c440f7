import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId, MemberScope } from "@/lib/auth/scope";
import { figureWhere } from "@/lib/auth/visibility";
import { normalizeDecimal } from "@/lib/format/decimal";
import type { EntryConflict } from "./form-state";
import type { ApprovalFacts, FigureChange } from "./four-eyes";
import type { FigureKind } from "./schema";
import type { ReviewStatus } from "./workflow";

// Reads of the signed-in workplace: figures of one programme in one document,
// with what the entry form and the review list need. Every query carries the
// member scope's municipality, so a wrong id returns nothing.

const decimal = (d: { toString(): string } | null) => (d === null ? null : normalizeDecimal(d.toString()));
const amount = (a: bigint | null) => (a === null ? null : a.toString());

export interface FigureMeta {
  id: string;
  version: number;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

export interface EntryIndicatorDto extends FigureMeta {
  target: string | null;
  actual: string | null;
  explanation: string | null;
  year: number;
  dimensionValue: string;
  indicator: {
    name: string | null;
    definition: string | null;
    unit: "RAPPORTCIJFER" | "PERCENTAGE" | "AANTAL" | "EURO" | "OVERIG";
    unitLabel: string | null;
    decimals: number;
    /** The indicator's own bounds (canonical); null: its unit's usual range. */
    minValue: string | null;
    maxValue: string | null;
    direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "ON_TARGET";
    sourceName: string | null;
    frequency: "YEARLY" | "BIENNIAL" | "IRREGULAR";
    goalCode: string | null;
    goalTitle: string | null;
  };
  /** The realisatie of the year before, for comparison (any document the member may read). */
  previous: { year: number; actual: string | null; target: string | null } | null;
}

export interface EntryLineDto extends FigureMeta {
  category: "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
  label: string;
  goalCode: string | null;
  goalTitle: string | null;
  budgetAmended: string | null;
  actual: string | null;
  explanation: string | null;
}

const metaSelect = {
  id: true,
  version: true,
  reviewStatus: true,
  reviewComment: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const;

function meta(r: {
  id: string;
  version: number;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  updatedAt: Date;
  updatedBy: { name: string } | null;
}): FigureMeta {
  return {
    id: r.id,
    version: r.version,
    reviewStatus: r.reviewStatus,
    reviewComment: r.reviewComment,
    updatedBy: r.updatedBy?.name ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Indicator values of a programme reported in this document, in the order the programme prints them. */
export async function listEntryIndicators(scope: MemberScope, documentId: string, programmeId: string): Promise<EntryIndicatorDto[]> {
  const rows = await db().indicatorValue.findMany({
    where: { documentId, ...figureWhere(scope), indicator: { programmeId, municipalityId: scope.municipalityId } },
    orderBy: [{ indicator: { sortOrder: "asc" } }, { dimensionValue: "asc" }],
    select: {
      ...metaSelect,
      year: true,
      dimensionValue: true,
      target: true,
      actual: true,
      explanation: true,
      indicatorId: true,
      indicator: {
        select: {
          name: true,
          definition: true,
          unit: true,
          unitLabel: true,
          decimals: true,
          minValue: true,
          maxValue: true,
          direction: true,
          sourceName: true,
          frequency: true,
          goal: { select: { code: true, title: true } },
        },
      },
    },
  });
  const previous = await db().indicatorValue.findMany({
    where: {
      ...figureWhere(scope),
      OR: rows.map((r) => ({ indicatorId: r.indicatorId, year: r.year - 1, dimensionValue: r.dimensionValue })),
    },
    select: { indicatorId: true, year: true, dimensionValue: true, target: true, actual: true },
  });
  return rows.map((r) => {
    const before = previous.find((p) => p.indicatorId === r.indicatorId && p.dimensionValue === r.dimensionValue);
    const { goal, minValue, maxValue, ...indicator } = r.indicator;
    return {
      ...meta(r),
      target: decimal(r.target),
      actual: decimal(r.actual),
      explanation: r.explanation,
      year: r.year,
      dimensionValue: r.dimensionValue,
      indicator: {
        ...indicator,
        minValue: decimal(minValue),
        maxValue: decimal(maxValue),
        goalCode: goal?.code ?? null,
        goalTitle: goal?.title ?? null,
      },
      previous: before ? { year: before.year, actual: decimal(before.actual), target: decimal(before.target) } : null,
    };
  });
}

/** Financial lines of a programme in this document, in print order. */
export async function listEntryLines(scope: MemberScope, documentId: string, programmeId: string): Promise<EntryLineDto[]> {
  const rows = await db().financialLine.findMany({
    where: { documentId, programmeId, ...figureWhere(scope), programme: { municipalityId: scope.municipalityId } },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      ...metaSelect,
      category: true,
      label: true,
      budgetAmended: true,
      actual: true,
      explanation: true,
      goal: { select: { code: true, title: true } },
    },
  });
  return rows.map((r) => ({
    ...meta(r),
    category: r.category,
    label: r.label,
    goalCode: r.goal?.code ?? null,
    goalTitle: r.goal?.title ?? null,
    budgetAmended: amount(r.budgetAmended),
    actual: amount(r.actual),
    explanation: r.explanation,
  }));
}

export type StatusCounts = Record<ReviewStatus, number>;

/** Per programme of the document: how many figures are in which review state. */
export async function countFigureStatuses(scope: MemberScope, documentId: string): Promise<Map<string, StatusCounts>> {
  const where = { documentId, ...figureWhere(scope) };
  const [values, lines] = await Promise.all([
    db().indicatorValue.findMany({ where, select: { reviewStatus: true, indicator: { select: { programmeId: true } } } }),
    db().financialLine.findMany({ where, select: { reviewStatus: true, programmeId: true } }),
  ]);
  const counts = new Map<string, StatusCounts>();
  const add = (programmeId: string | null, status: ReviewStatus) => {
    if (!programmeId) return;
    const c = counts.get(programmeId) ?? { CONCEPT: 0, INGEDIEND: 0, GOEDGEKEURD: 0, TERUGGESTUURD: 0 };
    c[status] += 1;
    counts.set(programmeId, c);
  };
  for (const v of values) add(v.indicator.programmeId, v.reviewStatus);
  for (const l of lines) add(l.programmeId, l.reviewStatus);
  return counts;
}

/** The rows of a conflict as they are now, with who saved them, for the form to show. */
export async function readEntryConflicts(
  municipalityId: AuthorizedMunicipalityId,
  refs: Pick<EntryConflict, "group" | "id">[],
): Promise<EntryConflict[]> {
  const ids = (group: EntryConflict["group"]) => refs.filter((r) => r.group === group).map((r) => r.id);
  const [values, lines] = await Promise.all([
    db().indicatorValue.findMany({
      where: { id: { in: ids("indicators") }, document: { municipalityId } },
      select: { ...metaSelect, target: true, actual: true, explanation: true },
    }),
    db().financialLine.findMany({
      where: { id: { in: ids("lines") }, document: { municipalityId } },
      select: { ...metaSelect, budgetAmended: true, actual: true, explanation: true },
    }),
  ]);
  const conflict = (group: EntryConflict["group"], r: Parameters<typeof meta>[0], current: EntryConflict["current"]): EntryConflict => ({
    group,
    id: r.id,
    by: r.updatedBy?.name ?? null,
    at: r.updatedAt.toISOString(),
    version: r.version,
    reviewStatus: r.reviewStatus,
    current,
  });
  return [
    ...values.map((v) => conflict("indicators", v, { target: decimal(v.target), actual: decimal(v.actual), explanation: v.explanation })),
    ...lines.map((l) => conflict("lines", l, { budgetAmended: amount(l.budgetAmended), actual: amount(l.actual), explanation: l.explanation })),
  ];
}

const FIGURE_ENTITY: Record<FigureKind, string> = { indicatorValue: "IndicatorValue", financialLine: "FinancialLine" };

/**
 * What the four-eyes rule (four-eyes.ts) needs per figure: its last editor
 * and its audit trail, oldest first (by id: entries of one transaction share
 * their time). Takes the client so that the approve transaction reads inside itself.
 */
export async function readApprovalFacts(
  client: Db,
  municipalityId: AuthorizedMunicipalityId,
  kind: FigureKind,
  ids: string[],
): Promise<Map<string, ApprovalFacts>> {
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids }, document: { municipalityId } };
  const select = { id: true, updatedById: true } as const;
  const [figures, history] = await Promise.all([
    kind === "indicatorValue" ? client.indicatorValue.findMany({ where, select }) : client.financialLine.findMany({ where, select }),
    client.auditEntry.findMany({
      where: { municipalityId, entityType: FIGURE_ENTITY[kind], entityId: { in: ids } },
      orderBy: { id: "asc" },
      select: { entityId: true, userId: true, action: true, field: true },
    }),
  ]);
  const facts = new Map(figures.map((f) => [f.id, { lastEditorId: f.updatedById, history: [] as FigureChange[] }]));
  for (const { entityId, ...change } of history) facts.get(entityId)?.history.push(change);
  return facts;
}

/** The same facts for the review page, which offers "Goedkeuren" only where the approval would pass. */
export function listApprovalFacts(scope: MemberScope, kind: FigureKind, ids: string[]): Promise<Map<string, ApprovalFacts>> {
  return readApprovalFacts(db(), scope.municipalityId, kind, ids);
}
