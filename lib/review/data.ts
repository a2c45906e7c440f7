import "server-only";
import { db, inOrder, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId, MemberScope } from "@/lib/auth/scope";
import { figureWhere } from "@/lib/auth/visibility";
import { normalizeDecimal } from "@/lib/format/decimal";
import { auditEntityTypes, type FigureKind } from "@/lib/figure-kinds";
import { amendedBudget, ownStage, targetAfterAmendments, type BudgetBasis } from "./cycle";
import { ownedYears } from "@/lib/cycle/stage";
import type { EntryConflict } from "./form-state";
import type { ApprovalFacts, FigureChange } from "./four-eyes";
import type { OwnedStage } from "./owned-figures";
import type { ReviewStatus } from "./workflow";
import { indicatorKey } from "@/lib/exchange/identifiers";

// Reads of the signed-in workplace: the figures one document owns for its own
// year in one programme (decision 009 §6), with what the entry form and the
// review list show read-only beside them — the adopted target and the
// computed begroting na wijziging. Every query carries the member scope's
// municipality, so a wrong id returns nothing.

const decimal = (d: { toString(): string } | null) => (d === null ? null : normalizeDecimal(d.toString()));
const amount = (a: bigint | null) => (a === null ? null : a.toString());

/** The document whose figures are entered: its own year and kind decide what it owns. */
export interface EntryDocument {
  id: string;
  kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
  year: number;
  /** A begroting's meerjarenraming years; its streefwaarden of those years are entered and reviewed like its own year's. */
  projectionYears?: number;
}

/**
 * The years whose indicator figures the programme form and the review queue
 * show: a begroting's streefwaarden of its own year and of its meerjarenraming
 * (the same stage for the advisor and the controller: a target, reviewed, no
 * toelichting needed); any other document its own year only.
 */
export function entryIndicatorYears(document: EntryDocument): number[] {
  return document.kind === "BEGROTING" ? ownedYears({ kind: document.kind, year: document.year, projectionYears: document.projectionYears ?? 0 }) : [document.year];
}

export interface FigureMeta {
  id: string;
  version: number;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

/** The streefwaarde that holds for the year, and the begroting that set it (read-only in the entry). */
export interface AdoptedTarget {
  value: string | null;
  /** Title of the begroting that set it; null when no begroting holds a target for the year. */
  setIn: string | null;
  /** Whether that begroting is vastgesteld (a printed one was): a concept begroting's target is a proposal. */
  adopted: boolean;
}

export interface EntryIndicatorDto extends FigureMeta {
  /** What this document owns for this figure: streefwaarde, prognose or realisatie. */
  stage: OwnedStage;
  value: string | null;
  explanation: string | null;
  /** The period measured when it is not the calendar year (decision 011): "eerste halfjaar 2019". */
  periodLabel: string | null;
  year: number;
  /** A begroting's streefwaarde for a year of its meerjarenraming, not its own year. */
  projected: boolean;
  dimensionValue: string;
  indicator: {
    /** The stable identifier an export writes and an import matches (decision 012). */
    key: string;
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
  /** Outside a begroting: the adopted target, never typed here. In a begroting the target is `value` itself. */
  target: AdoptedTarget | null;
  /** The realisatie of the year before, for comparison (any document the member may read). */
  previous: { year: number; actual: string | null } | null;
}

export interface EntryLineDto extends FigureMeta {
  stage: OwnedStage;
  /** The line's stable key (lib/finance/line-key.ts), which exports write and imports match. */
  key: string;
  category: "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
  label: string;
  functionCode: string | null;
  goalCode: string | null;
  goalTitle: string | null;
  /** The amount this document owns: primitieve begroting, prognose or realisatie. */
  amount: string | null;
  explanation: string | null;
  /** Outside a begroting: the begroting na wijziging (lib/cycle amendedBudget), never typed. */
  budget: { amount: string | null; basis: BudgetBasis["basis"] } | null;
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

/** The key of readAdoptedTargets: one (indicator, dimension). */
export const figureKey = (indicatorId: string, dimensionValue: string) => `${indicatorId}\u0000${dimensionValue}`;

interface CandidateDocument {
  id: string;
  title: string;
  year: number;
  projectionYears: number;
  origin: string;
  reconstructedFromId: string | null;
}

/**
 * Which of several documents' figures for one year counts (contract "Reading a
 * document"): the real document of the year, then (for a target) the newest
 * begroting whose meerjarenraming covers it, then the reconstruction made from
 * the document being read, then any reconstruction.
 */
function preference(candidate: CandidateDocument, year: number, readingId: string): number {
  if (candidate.origin !== "RECONSTRUCTED") {
    if (candidate.year === year) return 0;
    if (candidate.year < year && candidate.year + candidate.projectionYears >= year) return 1 + (year - candidate.year) / 100;
    return Infinity;
  }
  return candidate.reconstructedFromId === readingId ? 2 : 3;
}

function preferred<T extends { document: CandidateDocument }>(rows: T[], year: number, readingId: string): T | undefined {
  return rows
    .map((row) => ({ row, rank: preference(row.document, year, readingId) }))
    .filter((r) => r.rank !== Infinity)
    .sort((a, b) => a.rank - b.rank)[0]?.row;
}

const candidateSelect = { id: true, title: true, year: true, projectionYears: true, origin: true, reconstructedFromId: true, status: true } as const;

/** A reconstruction holds what an adopted document printed; a real begroting is adopted once vastgesteld. */
function isAdopted(document: { origin: string; status: string }): boolean {
  return document.origin === "RECONSTRUCTED" || document.status !== "CONCEPT";
}

/**
 * The adopted target of each (indicator, dimension) for the document's year:
 * the begroting's streefwaarde after adopted TargetAmendments (lib/cycle).
 * Two queries, whatever the number of indicators.
 */
export async function readAdoptedTargets(
  client: Db,
  municipalityId: AuthorizedMunicipalityId,
  document: EntryDocument,
  keys: { indicatorId: string; dimensionValue: string }[],
): Promise<Map<string, AdoptedTarget>> {
  const indicatorIds = [...new Set(keys.map((k) => k.indicatorId))];
  if (indicatorIds.length === 0) return new Map();
  const [figures, amendments] = await inOrder([
    client.indicatorFigure.findMany({
      where: { indicatorId: { in: indicatorIds }, year: document.year, document: { municipalityId, kind: "BEGROTING" } },
      select: { indicatorId: true, dimensionValue: true, value: true, document: { select: candidateSelect } },
    }),
    client.targetAmendment.findMany({
      where: { indicatorId: { in: indicatorIds }, year: document.year, amendment: { municipalityId, year: document.year, status: "VASTGESTELD" } },
      select: {
        indicatorId: true,
        dimensionValue: true,
        value: true,
        reason: true,
        amendment: { select: { id: true, number: true, date: true, status: true } },
      },
    }),
  ]);
  const targets = new Map<string, AdoptedTarget>();
  for (const { indicatorId, dimensionValue } of keys) {
    const key = figureKey(indicatorId, dimensionValue);
    const own = figures.filter((f) => f.indicatorId === indicatorId && f.dimensionValue === dimensionValue);
    const chosen = preferred(own, document.year, document.id);
    const adopted = amendments
      .filter((a) => a.indicatorId === indicatorId && a.dimensionValue === dimensionValue)
      .map((a) => ({ amendmentId: a.amendment.id, number: a.amendment.number, date: a.amendment.date, status: a.amendment.status, value: decimal(a.value), reason: a.reason }));
    targets.set(key, { value: targetAfterAmendments(chosen ? decimal(chosen.value) : null, adopted), setIn: chosen?.document.title ?? null, adopted: chosen ? isAdopted(chosen.document) : false });
  }
  return targets;
}

/**
 * The begroting na wijziging of each line for the document's year, computed by
 * lib/cycle from the primitieve begroting, the adopted specified wijzigingen
 * and the unspecified ones this document printed itself (another document's
 * would count twice), or what this document printed where no primitief is known.
 * Three queries, whatever the number of lines or wijzigingen.
 */
export async function readAmendedBudgets(
  client: Db,
  municipalityId: AuthorizedMunicipalityId,
  document: EntryDocument,
  lineIds: string[],
): Promise<Map<string, BudgetBasis>> {
  if (lineIds.length === 0) return new Map();
  const [primitief, deltas, printed] = await inOrder([
    client.budgetFigure.findMany({
      where: { budgetLineId: { in: lineIds }, year: document.year, document: { municipalityId, kind: "BEGROTING", year: document.year } },
      select: { budgetLineId: true, amount: true, document: { select: candidateSelect } },
    }),
    client.budgetAmendmentLine.findMany({
      where: {
        budgetLineId: { in: lineIds },
        amendment: {
          municipalityId,
          year: document.year,
          status: "VASTGESTELD",
          OR: [{ unspecified: false }, { documentId: document.id }],
        },
      },
      select: {
        budgetLineId: true,
        delta: true,
        amendment: { select: { id: true, number: true, date: true, status: true, unspecified: true, documentId: true } },
      },
    }),
    client.printedFigure.findMany({
      where: { documentId: document.id, budgetLineId: { in: lineIds }, column: "BUDGET_AMENDED", document: { municipalityId } },
      select: { budgetLineId: true, amount: true },
    }),
  ]);
  return new Map(
    lineIds.map((id) => {
      const chosen = preferred(primitief.filter((p) => p.budgetLineId === id), document.year, document.id);
      const basis = amendedBudget({
        primitief: chosen?.amount ?? null,
        amendments: deltas
          .filter((d) => d.budgetLineId === id)
          .map(({ delta, amendment: a }) => ({
            amendmentId: a.id,
            number: a.number,
            date: a.date,
            status: a.status,
            delta,
            unspecified: a.unspecified,
            proposedByDocumentId: a.documentId,
          })),
        printedAmended: printed.find((p) => p.budgetLineId === id)?.amount ?? null,
      });
      return [id, basis] as const;
    }),
  );
}

const indicatorSelect = {
  importKey: true,
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
} as const;

/** The indicator figures this document owns for its own year in a programme, in the order the programme prints them. */
export async function listEntryIndicators(scope: MemberScope, document: EntryDocument, programmeId: string): Promise<EntryIndicatorDto[]> {
  const stage = ownStage(document);
  const rows = await db().indicatorFigure.findMany({
    where: {
      documentId: document.id,
      year: { in: entryIndicatorYears(document) },
      ...figureWhere(scope),
      indicator: { programmeId, municipalityId: scope.municipalityId },
    },
    orderBy: [{ indicator: { sortOrder: "asc" } }, { dimensionValue: "asc" }, { year: "asc" }],
    select: { ...metaSelect, year: true, dimensionValue: true, value: true, explanation: true, periodLabel: true, indicatorId: true, indicator: { select: indicatorSelect } },
  });
  const [targets, previous] = await Promise.all([
    stage === "PRIMITIEF" ? new Map<string, AdoptedTarget>() : readAdoptedTargets(db(), scope.municipalityId, document, rows),
    db().indicatorFigure.findMany({
      where: {
        ...figureWhere(scope),
        indicatorId: { in: [...new Set(rows.map((r) => r.indicatorId))] },
        year: document.year - 1,
        document: { municipalityId: scope.municipalityId, kind: "JAARSTUKKEN", year: document.year - 1 },
      },
      select: { indicatorId: true, dimensionValue: true, value: true, document: { select: candidateSelect } },
    }),
  ]);
  return rows.map((r) => {
    const key = figureKey(r.indicatorId, r.dimensionValue);
    const before = preferred(previous.filter((p) => figureKey(p.indicatorId, p.dimensionValue) === key), r.year - 1, document.id);
    const { goal, minValue, maxValue, importKey, ...indicator } = r.indicator;
    return {
      ...meta(r),
      stage,
      value: decimal(r.value),
      explanation: r.explanation,
      periodLabel: r.periodLabel,
      year: r.year,
      projected: r.year !== document.year,
      dimensionValue: r.dimensionValue,
      indicator: {
        ...indicator,
        key: indicatorKey({ id: r.indicatorId, importKey }),
        minValue: decimal(minValue),
        maxValue: decimal(maxValue),
        goalCode: goal?.code ?? null,
        goalTitle: goal?.title ?? null,
      },
      target: stage === "PRIMITIEF" ? null : (targets.get(key) ?? { value: null, setIn: null, adopted: false }),
      previous: before ? { year: r.year - 1, actual: decimal(before.value) } : null,
    };
  });
}

/** The budget figures this document owns for its own year in a programme, in print order. */
export async function listEntryLines(scope: MemberScope, document: EntryDocument, programmeId: string): Promise<EntryLineDto[]> {
  const stage = ownStage(document);
  const rows = await db().budgetFigure.findMany({
    where: {
      documentId: document.id,
      year: document.year,
      ...figureWhere(scope),
      budgetLine: { programmeId, municipalityId: scope.municipalityId },
    },
    orderBy: [{ budgetLine: { sortOrder: "asc" } }, { id: "asc" }],
    select: {
      ...metaSelect,
      amount: true,
      explanation: true,
      budgetLineId: true,
      budgetLine: { select: { key: true, category: true, label: true, functionCode: true, goal: { select: { code: true, title: true } } } },
    },
  });
  const budgets =
    stage === "PRIMITIEF" ? new Map<string, BudgetBasis>() : await readAmendedBudgets(db(), scope.municipalityId, document, rows.map((r) => r.budgetLineId));
  return rows.map((r) => {
    const budget = budgets.get(r.budgetLineId);
    return {
      ...meta(r),
      stage,
      key: r.budgetLine.key,
      category: r.budgetLine.category,
      label: r.budgetLine.label,
      functionCode: r.budgetLine.functionCode,
      goalCode: r.budgetLine.goal?.code ?? null,
      goalTitle: r.budgetLine.goal?.title ?? null,
      amount: amount(r.amount),
      explanation: r.explanation,
      budget: stage === "PRIMITIEF" ? null : { amount: amount(budget?.amount ?? null), basis: budget?.basis ?? "unknown" },
    };
  });
}

export type StatusCounts = Record<ReviewStatus, number>;

/** Per programme of the document: how many of the figures it owns for its year are in which review state. */
export async function countFigureStatuses(scope: MemberScope, document: EntryDocument): Promise<Map<string, StatusCounts>> {
  const where = { documentId: document.id, year: document.year, ...figureWhere(scope) };
  const [values, lines] = await Promise.all([
    db().indicatorFigure.findMany({ where: { ...where, year: { in: entryIndicatorYears(document) } }, select: { reviewStatus: true, indicator: { select: { programmeId: true } } } }),
    db().budgetFigure.findMany({ where, select: { reviewStatus: true, budgetLine: { select: { programmeId: true } } } }),
  ]);
  const counts = new Map<string, StatusCounts>();
  const add = (programmeId: string | null, status: ReviewStatus) => {
    if (!programmeId) return;
    const c = counts.get(programmeId) ?? { CONCEPT: 0, INGEDIEND: 0, GOEDGEKEURD: 0, TERUGGESTUURD: 0 };
    c[status] += 1;
    counts.set(programmeId, c);
  };
  for (const v of values) add(v.indicator.programmeId, v.reviewStatus);
  for (const l of lines) add(l.budgetLine.programmeId, l.reviewStatus);
  return counts;
}

/** The rows of a conflict as they are now, with who saved them, for the form to show. */
export async function readEntryConflicts(
  municipalityId: AuthorizedMunicipalityId,
  refs: Pick<EntryConflict, "group" | "id">[],
): Promise<EntryConflict[]> {
  const ids = (group: EntryConflict["group"]) => refs.filter((r) => r.group === group).map((r) => r.id);
  const [values, lines] = await Promise.all([
    db().indicatorFigure.findMany({
      where: { id: { in: ids("indicators") }, document: { municipalityId } },
      select: { ...metaSelect, value: true, explanation: true, periodLabel: true },
    }),
    db().budgetFigure.findMany({
      where: { id: { in: ids("lines") }, document: { municipalityId } },
      select: { ...metaSelect, amount: true, explanation: true },
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
    ...values.map((v) => conflict("indicators", v, { value: decimal(v.value), explanation: v.explanation, periodLabel: v.periodLabel })),
    ...lines.map((l) => conflict("lines", l, { amount: amount(l.amount), explanation: l.explanation })),
  ];
}

/**
 * What the four-eyes rule (four-eyes.ts) needs per figure: its last editor
 * and its audit trail under its old and new names (lib/figure-kinds.ts),
 * oldest first (by id: entries of one transaction share their time). Takes
 * the client so that the approve transaction reads inside itself.
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
  const rows = kind === "indicatorValue" ? client.indicatorFigure.findMany({ where, select }) : client.budgetFigure.findMany({ where, select });
  return approvalFactsOf(client, municipalityId, auditEntityTypes(kind), ids, rows);
}

/**
 * The four-eyes facts of any reviewed rows (figures, and the texts of
 * decision 011): each row's last editor and its audit entries under the given
 * entity types, oldest first.
 */
export async function approvalFactsOf(
  client: Db,
  municipalityId: AuthorizedMunicipalityId,
  entityTypes: string[],
  ids: string[],
  rows: Promise<{ id: string; updatedById: string | null }[]>,
): Promise<Map<string, ApprovalFacts>> {
  const [editors, history] = await Promise.all([
    rows,
    client.auditEntry.findMany({
      where: { municipalityId, entityType: { in: entityTypes }, entityId: { in: ids } },
      orderBy: { id: "asc" },
      select: { entityId: true, userId: true, action: true, field: true },
    }),
  ]);
  const facts = new Map(editors.map((f) => [f.id, { lastEditorId: f.updatedById, history: [] as FigureChange[] }]));
  for (const { entityId, ...change } of history) facts.get(entityId)?.history.push(change);
  return facts;
}

/** The same facts for the review page, which offers "Goedkeuren" only where the approval would pass. */
export function listApprovalFacts(scope: MemberScope, kind: FigureKind, ids: string[]): Promise<Map<string, ApprovalFacts>> {
  return readApprovalFacts(db(), scope.municipalityId, kind, ids);
}
