import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId, MemberScope } from "@/lib/auth/scope";
import { TEXT_KIND_NAMES, type TextKind } from "@/lib/figure-kinds";
import type { ApprovalFacts } from "@/lib/review/four-eyes";
import { approvalFactsOf } from "@/lib/review/data";
import type { ReviewStatus } from "@/lib/review/workflow";
import type { DocumentKind, TextField } from "./questions";

// Reads of the texts in the werkplek (decision 011). Every query carries the
// member scope's municipality, so a wrong id returns nothing.

/** More goals or activities than any programme prints: a bound on one page. */
export const MAX_TEXT_ROWS = 300;

export type TextValues = Partial<Record<TextField, string | null>>;

export interface TextRow {
  kind: TextKind;
  id: string;
  version: number;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  updatedBy: string | null;
  /** The document the texts were copied from while nobody revised them ("nog niet herzien"). */
  carriedFrom: { id: string; title: string } | null;
  values: TextValues;
}

export interface GoalTextRow extends TextRow {
  goalId: string;
  level: "GENERAL" | "GOAL" | "SUBGOAL";
  code: string | null;
  title: string;
  depth: number;
}

export interface ActivityTextRow extends TextRow {
  code: string | null;
  title: string;
  goalId: string | null;
}

export interface ProgrammeTexts {
  programme: TextRow | null;
  goals: GoalTextRow[];
  activities: ActivityTextRow[];
}

const meta = {
  id: true,
  version: true,
  reviewStatus: true,
  reviewComment: true,
  updatedBy: { select: { name: true } },
  carriedFrom: { select: { id: true, title: true } },
} as const;

interface MetaRead {
  id: string;
  version: number;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  updatedBy: { name: string } | null;
  carriedFrom: { id: string; title: string } | null;
}

function row(kind: TextKind, r: MetaRead, values: TextValues): TextRow {
  return {
    kind,
    id: r.id,
    version: r.version,
    reviewStatus: r.reviewStatus,
    reviewComment: r.reviewComment,
    updatedBy: r.updatedBy?.name ?? null,
    carriedFrom: r.carriedFrom,
    values,
  };
}

/** Goals in tree order (each goal followed by its sub-goals), with their depth for indenting. */
function treeOrder<T extends { goalId: string; parentId: string | null }>(rows: T[]): (T & { depth: number })[] {
  const ids = new Set(rows.map((r) => r.goalId));
  const children = new Map<string | null, T[]>();
  for (const r of rows) {
    const parent = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: (T & { depth: number })[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push({ ...r, depth });
      visit(r.goalId, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The texts of one programme in one document: its own, its goals' and its activities'. */
export async function listProgrammeTexts(scope: MemberScope, documentId: string, programmeId: string): Promise<ProgrammeTexts> {
  const document = { id: documentId, municipalityId: scope.municipalityId };
  const [programme, goals, activities] = await Promise.all([
    db().programmeReport.findFirst({
      where: { documentId, programmeId, document },
      select: { ...meta, introduction: true, intended: true, planned: true, achieved: true, done: true, financeExplanation: true },
    }),
    db().goalReport.findMany({
      where: { documentId, document, goal: { programmeId } },
      orderBy: [{ goal: { sortOrder: "asc" } }, { goal: { code: "asc" } }],
      take: MAX_TEXT_ROWS,
      select: {
        ...meta,
        intended: true,
        planned: true,
        achieved: true,
        done: true,
        financeExplanation: true,
        goal: { select: { id: true, parentId: true, level: true, code: true, title: true } },
      },
    }),
    db().activity.findMany({
      where: { documentId, programmeId, document },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      take: MAX_TEXT_ROWS,
      select: { ...meta, code: true, title: true, goalId: true, description: true, achieved: true, done: true },
    }),
  ]);
  return {
    programme: programme
      ? row("programmeText", programme, {
          introduction: programme.introduction,
          intended: programme.intended,
          planned: programme.planned,
          achieved: programme.achieved,
          done: programme.done,
          financeExplanation: programme.financeExplanation,
        })
      : null,
    goals: treeOrder(goals.map((g) => ({ ...g, goalId: g.goal.id, parentId: g.goal.parentId }))).map((g) => ({
      ...row("goalText", g, { intended: g.intended, planned: g.planned, achieved: g.achieved, done: g.done, financeExplanation: g.financeExplanation }),
      goalId: g.goal.id,
      level: g.goal.level,
      code: g.goal.code,
      title: g.goal.title,
      depth: g.depth,
    })),
    activities: activities.map((a) => ({
      ...row("activityText", a, { description: a.description, achieved: a.achieved, done: a.done }),
      code: a.code,
      title: a.title,
      goalId: a.goalId,
    })),
  };
}

/** One text row as the save and the decision need it, with its document; null when not this municipality's. */
export interface TextRowRead {
  id: string;
  documentId: string;
  documentKind: DocumentKind;
  programmeId: string;
  /** For a programme row: whether it has goals in the document (then its goals answer the W-questions). */
  hasGoals: boolean;
  version: number;
  reviewStatus: ReviewStatus;
  carriedFromId: string | null;
  values: TextValues;
}

export async function readTextRow(client: Db, municipalityId: AuthorizedMunicipalityId, kind: TextKind, id: string): Promise<TextRowRead | null> {
  const head = { id: true, documentId: true, version: true, reviewStatus: true, carriedFromId: true, document: { select: { kind: true } } } as const;
  const document = { municipalityId };
  if (kind === "programmeText") {
    const r = await client.programmeReport.findFirst({
      where: { id, document, programme: { municipalityId } },
      select: { ...head, programmeId: true, introduction: true, intended: true, planned: true, achieved: true, done: true, financeExplanation: true },
    });
    if (!r) return null;
    const goals = await client.goalReport.count({ where: { documentId: r.documentId, goal: { programmeId: r.programmeId } } });
    const { document: d, documentId, programmeId, version, reviewStatus, carriedFromId, id: rowId, ...values } = r;
    return { id: rowId, documentId, documentKind: d.kind, programmeId, hasGoals: goals > 0, version, reviewStatus, carriedFromId, values };
  }
  if (kind === "goalText") {
    const r = await client.goalReport.findFirst({
      where: { id, document, goal: { programme: { municipalityId } } },
      select: { ...head, goal: { select: { programmeId: true } }, intended: true, planned: true, achieved: true, done: true, financeExplanation: true },
    });
    if (!r) return null;
    const { document: d, documentId, goal, version, reviewStatus, carriedFromId, id: rowId, ...values } = r;
    return { id: rowId, documentId, documentKind: d.kind, programmeId: goal.programmeId, hasGoals: true, version, reviewStatus, carriedFromId, values };
  }
  const r = await client.activity.findFirst({
    where: { id, document, programme: { municipalityId } },
    select: { ...head, programmeId: true, description: true, achieved: true, done: true },
  });
  if (!r) return null;
  const { document: d, documentId, programmeId, version, reviewStatus, carriedFromId, id: rowId, ...values } = r;
  return { id: rowId, documentId, documentKind: d.kind, programmeId, hasGoals: true, version, reviewStatus, carriedFromId, values };
}

/**
 * The four-eyes facts of text rows (lib/review/four-eyes.ts): who last saved
 * them and every audit entry about them. Takes the client so that the approve
 * transaction reads inside itself.
 */
export async function readTextApprovalFacts(
  client: Db,
  municipalityId: AuthorizedMunicipalityId,
  kind: TextKind,
  ids: string[],
): Promise<Map<string, ApprovalFacts>> {
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids }, document: { municipalityId } };
  const select = { id: true, updatedById: true } as const;
  const rows =
    kind === "programmeText"
      ? client.programmeReport.findMany({ where, select })
      : kind === "goalText"
        ? client.goalReport.findMany({ where, select })
        : client.activity.findMany({ where, select });
  return approvalFactsOf(client, municipalityId, [TEXT_KIND_NAMES[kind].entityType], ids, rows);
}

export function listTextApprovalFacts(scope: MemberScope, kind: TextKind, ids: string[]) {
  return readTextApprovalFacts(db(), scope.municipalityId, kind, ids);
}
