import "server-only";
import { db, type Db } from "@/lib/db";
import type { MemberScope } from "@/lib/auth/scope";
import type { MunicipalityResource } from "@/lib/auth/permissions";
import { findDocumentResource } from "@/lib/auth/data";
import { removalOf, subtreeIds, type ElsewhereFacts, type GoalDependents, type Removal, type TreeGoal } from "./rules";
import type { ActivityStatusValue, GoalLevel } from "./schema";

// Reads of the structure editor: the programmes, goal tree and activities of
// one document, and the facts that decide whether a programme or goal may be
// deleted or only retired. A fixed number of queries per page whatever its size.

/** A document's structure is edited through the document: its municipality and (gate) status. */
export const findStructureDocumentResource = findDocumentResource;

/** An activity lives in one document: that document's resource. */
export async function findActivityResource(activityId: string): Promise<MunicipalityResource | null> {
  const activity = await db().activity.findUnique({ where: { id: activityId }, select: { documentId: true } });
  return activity ? findDocumentResource(activity.documentId) : null;
}

export interface StructureProgramme {
  id: string;
  number: string;
  name: string;
  removal: Removal;
}

/** The programmes a document reports on, in its order. */
export async function listDocumentProgrammes(client: Db, municipalityId: string, documentId: string) {
  const reports = await client.programmeReport.findMany({
    where: { documentId, programme: { municipalityId } },
    orderBy: [{ sortOrder: "asc" }, { programme: { sortOrder: "asc" } }, { id: "asc" }],
    select: { id: true, sortOrder: true, programme: { select: { id: true, number: true, name: true, sortOrder: true, retiredFromYear: true } } },
  });
  return reports.map((r) => ({ reportId: r.id, ...r.programme }));
}

const titleOf = (d: { title: string }) => d.title;

/**
 * The reads below also run inside a write's transaction, where queries share
 * one connection: run them one after the other (pg refuses overlapping queries
 * on one client), not with Promise.all.
 */
async function inOrder<A, B>(a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  const first = await a();
  return [first, await b()];
}

/** Per programme: the other documents that report on it, and its figures, texts and wijzigingen elsewhere. */
export async function programmeElsewhere(client: Db, documentId: string, programmeIds: string[]): Promise<Map<string, ElsewhereFacts>> {
  const facts = new Map<string, { reportedIn: string[]; figuresElsewhere: number }>(programmeIds.map((id) => [id, { reportedIn: [], figuresElsewhere: 0 }]));
  if (programmeIds.length === 0) return facts;
  const [reports, counts] = await inOrder(
    () => client.programmeReport.findMany({
      where: { programmeId: { in: programmeIds }, documentId: { not: documentId } },
      orderBy: [{ document: { year: "desc" } }, { document: { kind: "asc" } }],
      select: { programmeId: true, document: { select: { title: true } } },
    }),
    () => client.$queryRaw<{ programmeId: string; n: bigint }[]>`
      SELECT "programmeId", COUNT(*) AS n FROM (
        SELECT i."programmeId" FROM "IndicatorFigure" f JOIN "Indicator" i ON i."id" = f."indicatorId" WHERE f."documentId" <> ${documentId}
        UNION ALL SELECT l."programmeId" FROM "BudgetFigure" f JOIN "BudgetLine" l ON l."id" = f."budgetLineId" WHERE f."documentId" <> ${documentId}
        UNION ALL SELECT "programmeId" FROM "PrintedFigure" WHERE "documentId" <> ${documentId}
        UNION ALL SELECT "programmeId" FROM "Activity" WHERE "documentId" <> ${documentId}
        UNION ALL SELECT "programmeId" FROM "DocumentSection" WHERE "documentId" <> ${documentId} AND "programmeId" IS NOT NULL
        UNION ALL SELECT l."programmeId" FROM "BudgetAmendmentLine" a JOIN "BudgetLine" l ON l."id" = a."budgetLineId"
        UNION ALL SELECT i."programmeId" FROM "TargetAmendment" t JOIN "Indicator" i ON i."id" = t."indicatorId"
      ) refs WHERE "programmeId" = ANY(${programmeIds}::text[]) GROUP BY "programmeId"`,
  );
  for (const r of reports) facts.get(r.programmeId)!.reportedIn.push(titleOf(r.document));
  for (const c of counts) facts.get(c.programmeId)!.figuresElsewhere = Number(c.n);
  return facts;
}

export interface DocumentGoal extends TreeGoal {
  code: string | null;
  title: string;
  sortOrder: number;
}

/** Every goal of a programme (the whole subject tree, retired ones too), in sibling order. */
export async function programmeGoals(client: Db, programmeId: string): Promise<(DocumentGoal & { retiredFromYear: number | null })[]> {
  return client.goal.findMany({
    where: { programmeId },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }, { createdAt: "asc" }],
    select: { id: true, parentId: true, level: true, programmeId: true, code: true, title: true, sortOrder: true, retiredFromYear: true },
  });
}

/** The goals of a programme this document reports on (its GoalReport rows), in sibling order. */
export async function documentGoals(client: Db, documentId: string, programmeId: string): Promise<DocumentGoal[]> {
  const rows = await client.goalReport.findMany({
    where: { documentId, goal: { programmeId } },
    orderBy: [{ goal: { sortOrder: "asc" } }, { goal: { code: "asc" } }, { goal: { createdAt: "asc" } }],
    select: { goal: { select: { id: true, parentId: true, level: true, programmeId: true, code: true, title: true, sortOrder: true } } },
  });
  return rows.map((r) => r.goal);
}

/** Per goal (itself only): other documents reporting on it, and references from other documents. */
async function goalElsewhereOwn(client: Db, documentId: string, goalIds: string[]) {
  const [reports, counts] = await inOrder(
    () => client.goalReport.findMany({
      where: { goalId: { in: goalIds }, documentId: { not: documentId } },
      orderBy: [{ document: { year: "desc" } }, { document: { kind: "asc" } }],
      select: { goalId: true, document: { select: { title: true } } },
    }),
    () => client.$queryRaw<{ goalId: string; n: bigint }[]>`
      SELECT "goalId", COUNT(*) AS n FROM (
        SELECT i."goalId" FROM "IndicatorFigure" f JOIN "Indicator" i ON i."id" = f."indicatorId" WHERE f."documentId" <> ${documentId}
        UNION ALL SELECT l."goalId" FROM "BudgetFigure" f JOIN "BudgetLine" l ON l."id" = f."budgetLineId" WHERE f."documentId" <> ${documentId}
        UNION ALL SELECT "goalId" FROM "PrintedFigure" WHERE "documentId" <> ${documentId}
        UNION ALL SELECT "goalId" FROM "Activity" WHERE "documentId" <> ${documentId}
        UNION ALL SELECT "goalId" FROM "DocumentSection" WHERE "documentId" <> ${documentId}
      ) refs WHERE "goalId" = ANY(${goalIds}::text[]) GROUP BY "goalId"`,
  );
  return { reports, counts: new Map(counts.map((c) => [c.goalId, Number(c.n)])) };
}

/**
 * Per goal of `goals`: what the goal and everything under it (in the whole
 * subject tree, since deleting a goal deletes its subgoals) is referred to
 * elsewhere — which decides delete or retire.
 */
export async function goalElsewhere(client: Db, documentId: string, allGoals: readonly TreeGoal[], goalIds: string[]): Promise<Map<string, ElsewhereFacts>> {
  const result = new Map<string, ElsewhereFacts>();
  if (goalIds.length === 0) return result;
  const { reports, counts } = await goalElsewhereOwn(client, documentId, allGoals.map((g) => g.id));
  for (const id of goalIds) {
    const subtree = new Set(subtreeIds(allGoals, id));
    result.set(id, {
      reportedIn: [...new Set(reports.filter((r) => subtree.has(r.goalId)).map((r) => titleOf(r.document)))],
      figuresElsewhere: [...subtree].reduce((n, g) => n + (counts.get(g) ?? 0), 0),
    });
  }
  return result;
}

/** What hangs on these goals in this document: its activities, and indicators and lines it owns figures of. */
export async function goalDependents(client: Db, documentId: string, goalIds: string[]): Promise<GoalDependents> {
  const activities = await client.activity.count({ where: { documentId, goalId: { in: goalIds } } });
  const indicators = await client.indicator.count({ where: { goalId: { in: goalIds }, figures: { some: { documentId } } } });
  const budgetLines = await client.budgetLine.count({ where: { goalId: { in: goalIds }, figures: { some: { documentId } } } });
  return { activities, indicators, budgetLines };
}

export interface StructureActivity {
  id: string;
  goalId: string | null;
  code: string | null;
  title: string;
  status: ActivityStatusValue | null;
  version: number;
}

/** The activities of a programme in one document, in their order (capped: a programme has tens, not thousands). */
export const MAX_ACTIVITIES = 500;

export async function documentActivities(client: Db, documentId: string, programmeId: string): Promise<StructureActivity[]> {
  return client.activity.findMany({
    where: { documentId, programmeId },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    take: MAX_ACTIVITIES,
    select: { id: true, goalId: true, code: true, title: true, status: true, version: true },
  });
}

// ---------------------------------------------------------------- the pages' reads

export async function readStructureProgrammes(scope: MemberScope, documentId: string): Promise<StructureProgramme[]> {
  const client = db();
  const programmes = await listDocumentProgrammes(client, scope.municipalityId, documentId);
  const facts = await programmeElsewhere(client, documentId, programmes.map((p) => p.id));
  return programmes.map((p) => ({ id: p.id, number: p.number, name: p.name, removal: removalOf(facts.get(p.id)!) }));
}

export interface StructureGoal {
  id: string;
  parentId: string | null;
  programmeId: string;
  level: GoalLevel;
  code: string | null;
  title: string;
  removal: Removal;
}

export async function readProgrammeStructure(scope: MemberScope, documentId: string, programmeId: string) {
  const client = db();
  const programme = await client.programme.findFirst({ where: { id: programmeId, municipalityId: scope.municipalityId }, select: { id: true } });
  if (!programme) return null;
  const [all, goals, activities] = await Promise.all([
    programmeGoals(client, programmeId),
    documentGoals(client, documentId, programmeId),
    documentActivities(client, documentId, programmeId),
  ]);
  const facts = await goalElsewhere(client, documentId, all, goals.map((g) => g.id));
  return {
    goals: goals.map((g): StructureGoal => ({ id: g.id, parentId: g.parentId, programmeId: g.programmeId, level: g.level, code: g.code, title: g.title, removal: removalOf(facts.get(g.id)!) })),
    activities,
  };
}
