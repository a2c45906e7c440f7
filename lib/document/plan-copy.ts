/**
 * What a new P&C document gets from its starting point (issue 10, decision 009 §1).
 *
 * The structure of a document is the set of subjects it reports on: its
 * programme and goal reports, and the indicators and budget lines it owns a
 * figure row for. Starting a document therefore means: choose those subjects
 * from the source, and give the new document the figure rows it owns — carried
 * over where the source already set the figure (a begroting's meerjarenraming
 * becomes the next begroting's proposal), empty slots (null) everywhere else,
 * which the data entry then fills.
 *
 * Pure and isomorphic: the preview and the write use the same plan, so what
 * the preview says is exactly what is written.
 */
import { ownedYears, stageOf, type DocumentKind } from "@/lib/cycle/stage";

export type DocumentOriginKind = "ENTERED" | "IMPORTED" | "TRANSCRIBED" | "RECONSTRUCTED";

export interface CopySourceDocument {
  id: string;
  kind: DocumentKind;
  year: number;
  sequence: number;
  projectionYears: number;
  origin: DocumentOriginKind;
}

export interface SourceProgrammeReport {
  programmeId: string;
  retiredFromYear: number | null;
  sortOrder: number;
  printedTitle: string | null;
  introduction: string | null;
  /** The W-answers at programme level (decision 011), for municipalities that answer per programme. */
  intended: string | null;
  planned: string | null;
  financeExplanation: string | null;
}

export interface SourceGoalReport {
  goalId: string;
  programmeId: string;
  retiredFromYear: number | null;
  intended: string | null;
  planned: string | null;
  achieved: string | null;
  done: string | null;
  financeExplanation: string | null;
}

export type ActivityStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "DELAYED" | "CANCELLED";

/** A speerpunt / activiteit as the source reports it (a per-document record, decision 011). */
export interface SourceActivity {
  programmeId: string;
  goalId: string | null;
  code: string | null;
  title: string;
  description: string | null;
  status: ActivityStatus | null;
  sortOrder: number;
}

export interface SourceIndicatorFigure {
  indicatorId: string;
  programmeId: string | null;
  retiredFromYear: number | null;
  dimensionValue: string;
  year: number;
  /** Decimal as a string: never a float. */
  value: string | null;
}

export type BudgetCategory = "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";

export interface SourceBudgetFigure {
  budgetLineId: string;
  programmeId: string;
  category: BudgetCategory;
  retiredFromYear: number | null;
  year: number;
  amount: bigint | null;
}

export interface CopySource {
  document: CopySourceDocument;
  programmeReports: SourceProgrammeReport[];
  goalReports: SourceGoalReport[];
  activities: SourceActivity[];
  indicatorFigures: SourceIndicatorFigure[];
  budgetFigures: SourceBudgetFigure[];
}

export interface CopyTarget {
  kind: DocumentKind;
  year: number;
  projectionYears: number;
}

export interface PlannedIndicatorFigure {
  indicatorId: string;
  programmeId: string | null;
  dimensionValue: string;
  year: number;
  value: string | null;
}

export interface PlannedBudgetFigure {
  budgetLineId: string;
  programmeId: string;
  category: BudgetCategory;
  year: number;
  amount: bigint | null;
}

/** Set on a row whose texts are a copy to revise: the "nog niet herzien" marker (decision 011). */
interface Carried {
  carriedFromId: string | null;
}

export type PlannedActivity = SourceActivity & Carried;

export interface CopyPlan {
  programmeReports: (Omit<SourceProgrammeReport, "retiredFromYear"> & Carried)[];
  goalReports: (Omit<SourceGoalReport, "retiredFromYear"> & Carried)[];
  activities: PlannedActivity[];
  indicatorFigures: PlannedIndicatorFigure[];
  budgetFigures: PlannedBudgetFigure[];
}

export type CopyMode = "NEXT_BEGROTING" | "STRUCTURE_ONLY" | "SLOTS_OF_YEAR";

export type PlanOutcome = { ok: true; plan: CopyPlan; mode: CopyMode | "EMPTY" } | { ok: false; message: string };

const KIND_NAMES: Record<DocumentKind, string> = {
  BEGROTING: "begroting",
  BESTUURSRAPPORTAGE: "bestuursrapportage",
  JAARSTUKKEN: "jaarstukken",
};

/**
 * Which starting points make sense, or a Dutch refusal. Only these: a
 * begroting from last year's begroting (or, where no begroting was entered,
 * last year's jaarstukken, structure only); the jaarstukken and a
 * bestuursrapportage from the begroting of their own year.
 */
export function copyMode(source: CopySourceDocument, target: CopyTarget): CopyMode | string {
  if (source.origin === "RECONSTRUCTED") {
    return "Een gereconstrueerd document (zoals gedrukt in een ander document) kan geen startpunt zijn.";
  }
  if (target.kind === "BEGROTING") {
    if (source.year !== target.year - 1 || source.kind === "BESTUURSRAPPORTAGE") {
      return `Een begroting ${target.year} start vanuit de begroting of de jaarstukken ${target.year - 1}.`;
    }
    return source.kind === "BEGROTING" ? "NEXT_BEGROTING" : "STRUCTURE_ONLY";
  }
  if (source.kind !== "BEGROTING" || source.year !== target.year) {
    return `De ${KIND_NAMES[target.kind]} ${target.year} start vanuit de begroting ${target.year}.`;
  }
  return "SLOTS_OF_YEAR";
}

const alive = (retiredFromYear: number | null, year: number) => retiredFromYear === null || retiredFromYear > year;

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** The subjects of the source that live on in the target's year: a retired programme takes its goals, indicators and lines along. */
function liveSubjects(source: CopySource, year: number) {
  const programmes = source.programmeReports.filter((p) => alive(p.retiredFromYear, year));
  const programmeIds = new Set(programmes.map((p) => p.programmeId));
  const inProgramme = (programmeId: string | null) => programmeId === null || programmeIds.has(programmeId);
  return {
    programmes,
    goals: source.goalReports.filter((g) => alive(g.retiredFromYear, year) && programmeIds.has(g.programmeId)),
    indicators: uniqueBy(
      source.indicatorFigures.filter((f) => alive(f.retiredFromYear, year) && inProgramme(f.programmeId)),
      (f) => `${f.indicatorId}\u0000${f.dimensionValue}`,
    ),
    lines: uniqueBy(
      source.budgetFigures.filter((f) => alive(f.retiredFromYear, year) && programmeIds.has(f.programmeId)),
      (f) => f.budgetLineId,
    ),
  };
}

/**
 * The figure rows the target owns for one subject: its own year always (an
 * empty slot unless carried over), a projected year only when the source set
 * it — an empty slot for every later year would have to be approved before
 * vaststellen while nobody asked for it.
 */
function plannedYears<V>(targetYears: number[], carried: (year: number) => V | undefined): { year: number; value: V | null }[] {
  return targetYears.flatMap((year, i): { year: number; value: V | null }[] => {
    const value = carried(year);
    if (value !== undefined) return [{ year, value }];
    return i === 0 ? [{ year, value: null }] : [];
  });
}

type ProgrammeTextField = "introduction" | "intended" | "planned" | "financeExplanation";
type GoalTextField = "intended" | "planned" | "financeExplanation";

/**
 * Which texts go along, per mode (decision 011, lib/text/questions.ts):
 * - the next begroting gets the begroting's texts as a draft to revise;
 * - a begroting started from last year's jaarstukken gets the lasting ones
 *   (introduction, wat willen we bereiken), also as a draft;
 * - the jaarstukken and a bestuursrapportage get the begroting's "wat willen
 *   we bereiken", which they show read-only: not a draft, so not marked.
 * What was achieved and done is never copied: every document answers that itself.
 */
const CARRIED_TEXTS: Record<CopyMode, { programme: ProgrammeTextField[]; goal: GoalTextField[]; draft: boolean }> = {
  NEXT_BEGROTING: { programme: ["introduction", "intended", "planned", "financeExplanation"], goal: ["intended", "planned", "financeExplanation"], draft: true },
  STRUCTURE_ONLY: { programme: ["introduction", "intended"], goal: ["intended"], draft: true },
  SLOTS_OF_YEAR: { programme: ["intended"], goal: ["intended"], draft: false },
};

function pick<F extends string>(row: Record<F, string | null>, all: readonly F[], carried: readonly F[]): Record<F, string | null> {
  return Object.fromEntries(all.map((f) => [f, carried.includes(f) ? row[f] : null])) as Record<F, string | null>;
}

/**
 * The activities go along with their programme (and their goal, while it is
 * one of the target's). Into a begroting: what was completed or cancelled
 * stays behind, what was under way stays under way, everything else starts
 * as not started. Into the jaarstukken or a bestuursrapportage of the same
 * year: as the begroting planned them, status and all, for the report on them.
 */
function plannedActivities(source: CopySource, mode: CopyMode, programmeIds: Set<string>, goalIds: Set<string>): PlannedActivity[] {
  const intoBegroting = mode !== "SLOTS_OF_YEAR";
  return source.activities
    .filter((a) => programmeIds.has(a.programmeId))
    .filter((a) => !intoBegroting || (a.status !== "COMPLETED" && a.status !== "CANCELLED"))
    .map((a) => ({
      ...a,
      goalId: a.goalId !== null && goalIds.has(a.goalId) ? a.goalId : null,
      status: intoBegroting ? (a.status === "IN_PROGRESS" ? "IN_PROGRESS" : "NOT_STARTED") : a.status,
      carriedFromId: intoBegroting ? source.document.id : null,
    }));
}

const PROGRAMME_TEXTS = ["introduction", "intended", "planned", "financeExplanation"] as const;
const GOAL_TEXTS = ["intended", "planned", "financeExplanation"] as const;

export function planCopy(source: CopySource | null, target: CopyTarget): PlanOutcome {
  if (!source) return { ok: true, mode: "EMPTY", plan: { programmeReports: [], goalReports: [], activities: [], indicatorFigures: [], budgetFigures: [] } };
  const mode = copyMode(source.document, target);
  if (mode !== "NEXT_BEGROTING" && mode !== "STRUCTURE_ONLY" && mode !== "SLOTS_OF_YEAR") return { ok: false, message: mode };

  const { programmes, goals, indicators, lines } = liveSubjects(source, target.year);
  const texts = CARRIED_TEXTS[mode];
  const marker = (copied: Record<string, string | null>) => (texts.draft && Object.values(copied).some((t) => t !== null) ? source.document.id : null);
  const years = ownedYears(target);
  const carriesFigures = mode === "NEXT_BEGROTING";
  // Only what the source begroting owns as meerjarenraming is a proposal for the next begroting.
  const isRaming = (year: number) => stageOf(source.document, year) === "MEERJARENRAMING";
  const ownIndicator = new Map(
    source.indicatorFigures.filter((f) => isRaming(f.year) && f.value !== null).map((f) => [`${f.indicatorId}\u0000${f.dimensionValue}\u0000${f.year}`, f.value!]),
  );
  const ownLine = new Map(source.budgetFigures.filter((f) => isRaming(f.year) && f.amount !== null).map((f) => [`${f.budgetLineId}\u0000${f.year}`, f.amount!]));

  return {
    ok: true,
    mode,
    plan: {
      programmeReports: programmes.map(({ programmeId, sortOrder, printedTitle, ...p }) => {
        const copied = pick(p, PROGRAMME_TEXTS, texts.programme);
        return { programmeId, sortOrder, printedTitle, ...copied, carriedFromId: marker(copied) };
      }),
      goalReports: goals.map(({ goalId, programmeId, ...g }) => {
        const copied = pick(g, GOAL_TEXTS, texts.goal);
        return { goalId, programmeId, ...copied, achieved: null, done: null, carriedFromId: marker(copied) };
      }),
      activities: plannedActivities(source, mode, new Set(programmes.map((p) => p.programmeId)), new Set(goals.map((g) => g.goalId))),
      indicatorFigures: indicators.flatMap(({ indicatorId, programmeId, dimensionValue }) =>
        plannedYears(years, (year) => (carriesFigures ? ownIndicator.get(`${indicatorId}\u0000${dimensionValue}\u0000${year}`) : undefined)).map(
          ({ year, value }) => ({ indicatorId, programmeId, dimensionValue, year, value }),
        ),
      ),
      budgetFigures: lines.flatMap(({ budgetLineId, programmeId, category }) =>
        plannedYears(years, (year) => (carriesFigures ? ownLine.get(`${budgetLineId}\u0000${year}`) : undefined)).map(({ year, value }) => ({
          budgetLineId,
          programmeId,
          category,
          year,
          amount: value,
        })),
      ),
    },
  };
}

export interface ProgrammeCopySummary {
  programmeId: string;
  goals: number;
  indicators: number;
  budgetLines: number;
  /** Figure rows with a value or amount carried over. */
  carriedFigures: number;
  /** Figure rows without one: to be filled in. */
  emptySlots: number;
  /** Per category, the sum of the carried amounts of the target's own year, in whole euros (canonical: every category positive). */
  carriedAmounts: Record<BudgetCategory, bigint>;
  /** Carried streefwaarden (indicator figures with a value). */
  carriedTargets: number;
  /** Texts carried over (a programme's, a goal's or an activity's), each field counted once. */
  textsCopied: number;
  /** Activities (speerpunten) carried over. */
  activities: number;
}

export interface CopySummary {
  programmes: ProgrammeCopySummary[];
  totals: Omit<ProgrammeCopySummary, "programmeId"> & { programmes: number };
}

const NO_PROGRAMME = "";

export const BUDGET_CATEGORIES: readonly BudgetCategory[] = ["EXPENSES", "INCOME", "RESERVE_ADDITION", "RESERVE_WITHDRAWAL"];
const noAmounts = (): Record<BudgetCategory, bigint> => ({ EXPENSES: 0n, INCOME: 0n, RESERVE_ADDITION: 0n, RESERVE_WITHDRAWAL: 0n });
function addAmounts(a: Record<BudgetCategory, bigint>, b: Record<BudgetCategory, bigint>): Record<BudgetCategory, bigint> {
  return { EXPENSES: a.EXPENSES + b.EXPENSES, INCOME: a.INCOME + b.INCOME, RESERVE_ADDITION: a.RESERVE_ADDITION + b.RESERVE_ADDITION, RESERVE_WITHDRAWAL: a.RESERVE_WITHDRAWAL + b.RESERVE_WITHDRAWAL };
}

/** Counts per programme, the preview's table; the audit entry keeps the totals. */
export function summarizePlan(plan: CopyPlan, targetYear: number): CopySummary {
  const rows = new Map<string, ProgrammeCopySummary>();
  const row = (programmeId: string | null) => {
    const id = programmeId ?? NO_PROGRAMME;
    let r = rows.get(id);
    if (!r) {
      r = { programmeId: id, goals: 0, indicators: 0, budgetLines: 0, carriedFigures: 0, emptySlots: 0, carriedAmounts: noAmounts(), carriedTargets: 0, textsCopied: 0, activities: 0 };
      rows.set(id, r);
    }
    return r;
  };
  for (const p of plan.programmeReports) {
    row(p.programmeId).textsCopied += [p.introduction, p.intended, p.planned, p.financeExplanation].filter(Boolean).length;
  }
  for (const g of plan.goalReports) {
    const r = row(g.programmeId);
    r.goals++;
    r.textsCopied += [g.intended, g.planned, g.financeExplanation].filter(Boolean).length;
  }
  for (const a of plan.activities) {
    const r = row(a.programmeId);
    r.activities++;
    if (a.description) r.textsCopied++;
  }
  for (const key of new Set(plan.indicatorFigures.map((f) => `${f.programmeId ?? NO_PROGRAMME}\u0000${f.indicatorId}`))) {
    row(key.split("\u0000")[0] || null).indicators++;
  }
  for (const key of new Set(plan.budgetFigures.map((f) => `${f.programmeId}\u0000${f.budgetLineId}`))) row(key.split("\u0000")[0]!).budgetLines++;
  for (const f of plan.indicatorFigures) {
    const r = row(f.programmeId);
    if (f.value === null) r.emptySlots++;
    else {
      r.carriedFigures++;
      r.carriedTargets++;
    }
  }
  for (const f of plan.budgetFigures) {
    const r = row(f.programmeId);
    if (f.amount === null) r.emptySlots++;
    else {
      r.carriedFigures++;
      if (f.year === targetYear) r.carriedAmounts[f.category] += f.amount;
    }
  }
  const programmes = [...rows.values()];
  const totals = programmes.reduce(
    (t, r) => ({
      programmes: t.programmes,
      goals: t.goals + r.goals,
      indicators: t.indicators + r.indicators,
      budgetLines: t.budgetLines + r.budgetLines,
      carriedFigures: t.carriedFigures + r.carriedFigures,
      emptySlots: t.emptySlots + r.emptySlots,
      carriedAmounts: addAmounts(t.carriedAmounts, r.carriedAmounts),
      carriedTargets: t.carriedTargets + r.carriedTargets,
      textsCopied: t.textsCopied + r.textsCopied,
      activities: t.activities + r.activities,
    }),
    { programmes: plan.programmeReports.length, goals: 0, indicators: 0, budgetLines: 0, carriedFigures: 0, emptySlots: 0, carriedAmounts: noAmounts(), carriedTargets: 0, textsCopied: 0, activities: 0 },
  );
  return { programmes, totals };
}
