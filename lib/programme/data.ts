import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere, textVisible } from "@/lib/auth/visibility";

/** A text as this scope may read it: null while the public may not see it yet. */
const shown = (scope: ReadScope, reviewStatus: string, text: string | null) => (textVisible(scope, reviewStatus) ? text : null);
import { groupBy } from "@/lib/collections";

export interface ProgrammeInDocument {
  id: string;
  number: string;
  name: string;
  printedTitle: string | null;
  introduction: string | null;
  sourceLocation: string | null;
  sourceTitle: string | null;
}

export async function listProgrammesInDocument(scope: ReadScope, documentId: string): Promise<ProgrammeInDocument[]> {
  return (await listProgrammesInDocuments(scope, [documentId])).get(documentId) ?? [];
}

/** The programmes of several documents in one query, per document id, in their printed order. */
export async function listProgrammesInDocuments(scope: ReadScope, documentIds: string[]): Promise<Map<string, ProgrammeInDocument[]>> {
  const reports = await db().programmeReport.findMany({
    where: { documentId: { in: documentIds }, document: documentWhere(scope) },
    orderBy: { sortOrder: "asc" },
    include: { programme: true, source: { select: { title: true } } },
  });
  return groupBy(
    reports,
    (r) => r.documentId,
    (r): ProgrammeInDocument => ({
      id: r.programme.id,
      number: r.programme.number,
      name: r.programme.name,
      printedTitle: r.printedTitle,
      introduction: shown(scope, r.reviewStatus, r.introduction),
      sourceLocation: r.sourceLocation,
      sourceTitle: r.source?.title ?? null,
    }),
  );
}

export interface GoalNode {
  id: string;
  parentId: string | null;
  level: "GENERAL" | "GOAL" | "SUBGOAL";
  code: string | null;
  title: string;
  intended: string | null;
  /** Wat gaan we daarvoor doen? (a begroting) */
  planned: string | null;
  achieved: string | null;
  done: string | null;
  financeExplanation: string | null;
  sourceLocation: string | null;
  children: GoalNode[];
}

/** The goal tree as one document reports it (goals without a report in that document are left out). */
export async function getGoalTree(scope: ReadScope, documentId: string, programmeId: string): Promise<GoalNode[]> {
  const reports = await db().goalReport.findMany({
    where: { documentId, document: documentWhere(scope), goal: { programmeId } },
    include: { goal: true },
    orderBy: { goal: { sortOrder: "asc" } },
  });
  const nodes = new Map<string, GoalNode>();
  for (const r of reports) {
    nodes.set(r.goalId, {
      id: r.goal.id,
      parentId: r.goal.parentId,
      level: r.goal.level,
      code: r.goal.code,
      title: r.goal.title,
      intended: shown(scope, r.reviewStatus, r.intended),
      planned: shown(scope, r.reviewStatus, r.planned),
      achieved: shown(scope, r.reviewStatus, r.achieved),
      done: shown(scope, r.reviewStatus, r.done),
      financeExplanation: shown(scope, r.reviewStatus, r.financeExplanation),
      sourceLocation: r.sourceLocation,
      children: [],
    });
  }
  const roots: GoalNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export interface ActivityDto {
  id: string;
  goalId: string | null;
  code: string | null;
  title: string;
  description: string | null;
  achieved: string | null;
  done: string | null;
  sourceLocation: string | null;
}

export async function listActivities(scope: ReadScope, documentId: string, programmeId: string): Promise<ActivityDto[]> {
  const rows = await db().activity.findMany({
    where: { documentId, programmeId, document: documentWhere(scope) },
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      goalId: true,
      code: true,
      title: true,
      description: true,
      achieved: true,
      done: true,
      sourceLocation: true,
      reviewStatus: true,
    },
  });
  return rows.map(({ reviewStatus, description, achieved, done, ...a }) => ({
    ...a,
    description: shown(scope, reviewStatus, description),
    achieved: shown(scope, reviewStatus, achieved),
    done: shown(scope, reviewStatus, done),
  }));
}
