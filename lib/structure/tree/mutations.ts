import "server-only";
import { db, type Db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { documentActivities, documentGoals, goalDependents, goalElsewhere, programmeGoals } from "../data";
import { auditor, isUniqueViolation, lockConceptDocument, refused, type Done, type Refused, type WriteContext } from "../mutations";
import {
  dependentsRefusal,
  duplicateGoalCodeMessage,
  edgeMessage,
  moveRefusal,
  parentRefusal,
  removalMessage,
  removalOf,
  reorder,
  retireMessage,
  subtreeIds,
  UNKNOWN_PARENT_MESSAGE,
} from "../rules";
import {
  GOAL_LEVEL_LABELS,
  type AddActivityInput,
  type AddGoalInput,
  type DeleteActivityInput,
  type EditActivityInput,
  type EditGoalInput,
  type MoveGoalInput,
  type RemoveGoalInput,
  type ReorderActivityInput,
  type ReorderGoalInput,
} from "../schema";

// Writes of the goal tree and the activities of one concept document, in the
// same shape as the programme writes (../mutations.ts): lock the document,
// decide with ../rules.ts, write, audit.

const GOAL_NOT_IN_DOCUMENT = "Dit doel staat niet in dit document. Laad de pagina opnieuw.";
const STALE_ACTIVITY = "Iemand anders heeft deze activiteit intussen gewijzigd. Laad de pagina opnieuw; er is niets overschreven.";

async function programmeInDocument(tx: Db, documentId: string, municipalityId: string, programmeId: string) {
  const report = await tx.programmeReport.findFirst({ where: { documentId, programmeId, programme: { municipalityId } }, select: { id: true } });
  if (!report) throw new NotFoundError("Dit programma staat niet in dit document. Laad de pagina opnieuw.");
}

/** The goal (in this document, of this municipality) and the goals of its programme this document reports on. */
async function goalInDocument(tx: Db, documentId: string, municipalityId: string, goalId: string) {
  const goal = await tx.goal.findFirst({
    where: { id: goalId, programme: { municipalityId }, reports: { some: { documentId } } },
    select: { id: true, programmeId: true, parentId: true, level: true, code: true, title: true, retiredFromYear: true },
  });
  if (!goal) throw new NotFoundError(GOAL_NOT_IN_DOCUMENT);
  const tree = await documentGoals(tx, documentId, goal.programmeId);
  return { goal, tree };
}

const goalName = (g: { level: keyof typeof GOAL_LEVEL_LABELS; code: string | null; title: string }) =>
  `${GOAL_LEVEL_LABELS[g.level]} ${g.code ? `${g.code} ` : ""}${g.title}`;

async function codeTaken(tx: Db, programmeId: string, code: string | null, exceptId?: string): Promise<boolean> {
  if (code === null) return false;
  const other = await tx.goal.findFirst({ where: { programmeId, code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return other !== null;
}

const nextSortOrder = (siblings: readonly { sortOrder: number }[]) => siblings.reduce((max, g) => Math.max(max, g.sortOrder), 0) + 1;

async function withCodeGuard(code: string | null, run: () => Promise<Done | Refused>): Promise<Done | Refused> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error) && code) return refused("Het doel is niet opgeslagen.", { code: [duplicateGoalCodeMessage(code)] });
    throw error;
  }
}

/** A new goal (a new subject) and its report in this document, last among its siblings. */
export async function addGoal(input: AddGoalInput, ctx: WriteContext): Promise<Done | Refused> {
  const { municipalityId } = ctx;
  return withCodeGuard(input.code, () =>
    db().$transaction(async (tx) => {
      const document = await lockConceptDocument(tx, input.documentId, municipalityId);
      await programmeInDocument(tx, document.id, municipalityId, input.programmeId);
      const tree = await documentGoals(tx, document.id, input.programmeId);
      const parent = input.parentId === null ? null : tree.find((g) => g.id === input.parentId);
      if (parent === undefined) return refused("Het doel is niet toegevoegd.", { parentId: [UNKNOWN_PARENT_MESSAGE] });
      const refusal = parentRefusal({ level: input.level, parent, programmeId: input.programmeId });
      if (refusal) return refused("Het doel is niet toegevoegd.", { parentId: [refusal] });
      if (await codeTaken(tx, input.programmeId, input.code)) return refused("Het doel is niet toegevoegd.", { code: [duplicateGoalCodeMessage(input.code!)] });
      const all = await programmeGoals(tx, input.programmeId);
      const goal = await tx.goal.create({
        data: {
          programmeId: input.programmeId,
          parentId: input.parentId,
          level: input.level,
          code: input.code,
          title: input.title,
          sortOrder: nextSortOrder(all.filter((g) => g.parentId === input.parentId)),
        },
        select: { id: true },
      });
      await tx.goalReport.create({ data: { documentId: document.id, goalId: goal.id } });
      await auditor(tx, ctx, "Goal", goal.id)("create", {
        newValue: { level: input.level, code: input.code, title: input.title, parentId: input.parentId, programmeId: input.programmeId, documentId: document.id },
      });
      return { outcome: "done" as const, message: `${goalName(input)} is toegevoegd.` };
    }),
  );
}

/** Code and title of a goal: they belong to the goal itself, in every year. */
export async function editGoal(input: EditGoalInput, ctx: WriteContext): Promise<Done | Refused> {
  return withCodeGuard(input.code, () =>
    db().$transaction(async (tx) => {
      const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
      const { goal } = await goalInDocument(tx, document.id, ctx.municipalityId, input.goalId);
      if (goal.code === input.code && goal.title === input.title) return { outcome: "done" as const, message: "Er was niets gewijzigd." };
      if (goal.code !== input.code && (await codeTaken(tx, goal.programmeId, input.code, goal.id))) {
        return refused("Het doel is niet opgeslagen.", { code: [duplicateGoalCodeMessage(input.code!)] });
      }
      await tx.goal.update({ where: { id: goal.id }, data: { code: input.code, title: input.title } });
      const audit = auditor(tx, ctx, "Goal", goal.id);
      for (const field of ["code", "title"] as const) {
        if (goal[field] !== input[field]) await audit("update", { field, oldValue: goal[field], newValue: input[field] });
      }
      return { outcome: "done" as const, message: `${goalName({ ...goal, ...input })} is opgeslagen.` };
    }),
  );
}

async function writeSiblingOrder(tx: Db, ids: readonly string[]) {
  for (const [index, id] of ids.entries()) await tx.goal.update({ where: { id }, data: { sortOrder: index + 1 } });
}

/** One place up or down among the goals with the same parent in this document. */
export async function reorderGoal(input: ReorderGoalInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const { goal, tree } = await goalInDocument(tx, document.id, ctx.municipalityId, input.goalId);
    const siblings = tree.filter((g) => g.parentId === goal.parentId).map((g) => g.id);
    const order = reorder(siblings, goal.id, input.direction);
    if (!order) return refused(edgeMessage(input.direction));
    await writeSiblingOrder(tx, order);
    await auditor(tx, ctx, "Goal", goal.id)("reorder", { field: "sortOrder", oldValue: siblings.indexOf(goal.id) + 1, newValue: order.indexOf(goal.id) + 1, reason: document.title });
    return { outcome: "done" as const, message: `${goalName(goal)} staat nu op plaats ${order.indexOf(goal.id) + 1}.` };
  });
}

/** Under another parent (or at the top), last there; the tree must stay valid. */
export async function moveGoal(input: MoveGoalInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const { goal, tree } = await goalInDocument(tx, document.id, ctx.municipalityId, input.goalId);
    const refusal = moveRefusal(tree, goal.id, input.parentId);
    if (refusal) return refused("Het doel is niet verplaatst.", { parentId: [refusal] });
    const all = await programmeGoals(tx, goal.programmeId);
    await tx.goal.update({ where: { id: goal.id }, data: { parentId: input.parentId, sortOrder: nextSortOrder(all.filter((g) => g.parentId === input.parentId)) } });
    await auditor(tx, ctx, "Goal", goal.id)("move", { field: "parentId", oldValue: goal.parentId, newValue: input.parentId, reason: document.title });
    const parent = tree.find((g) => g.id === input.parentId);
    return { outcome: "done" as const, message: `${goalName(goal)} staat nu ${parent ? `onder ${goalName(parent)}` : "bovenaan het programma"}.` };
  });
}

/** The goal with its subgoals in this document, if nothing of this document still hangs on them. */
async function removable(tx: Db, documentId: string, municipalityId: string, goalId: string) {
  const { goal, tree } = await goalInDocument(tx, documentId, municipalityId, goalId);
  const inDocument = subtreeIds(tree, goal.id);
  const blocked = dependentsRefusal(await goalDependents(tx, documentId, inDocument));
  return { goal, inDocument, blocked };
}

async function retireGoals(tx: Db, ctx: WriteContext, document: { id: string; year: number; title: string }, ids: string[]) {
  await tx.goal.updateMany({ where: { id: { in: ids }, OR: [{ retiredFromYear: null }, { retiredFromYear: { gt: document.year } }] }, data: { retiredFromYear: document.year } });
  await tx.goalReport.deleteMany({ where: { documentId: document.id, goalId: { in: ids } } });
  for (const id of ids) {
    await auditor(tx, ctx, "Goal", id)("retire", { field: "retiredFromYear", newValue: document.year, reason: document.title });
  }
}

/** Opheffen: the goal and its subgoals leave this document and later years; other documents keep them. */
export async function retireGoal(input: RemoveGoalInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const { goal, inDocument, blocked } = await removable(tx, document.id, ctx.municipalityId, input.goalId);
    if (blocked) return refused(blocked);
    await retireGoals(tx, ctx, document, inDocument);
    return { outcome: "done" as const, message: retireMessage(goalName(goal), document.year) };
  });
}

/**
 * Verwijderen: a goal whose whole subtree (every subgoal, also ones no longer
 * in this document) only this document refers to is deleted; otherwise it is
 * retired, and the answer says why.
 */
export async function deleteGoal(input: RemoveGoalInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const { goal, inDocument, blocked } = await removable(tx, document.id, ctx.municipalityId, input.goalId);
    if (blocked) return refused(blocked);
    const all = await programmeGoals(tx, goal.programmeId);
    const facts = (await goalElsewhere(tx, document.id, all, [goal.id])).get(goal.id)!;
    const removal = removalOf(facts);
    if (removal.kind === "retire") {
      await retireGoals(tx, ctx, document, inDocument);
      return { outcome: "done" as const, message: removalMessage(goalName(goal), removal, document.year) };
    }
    const subtree = subtreeIds(all, goal.id);
    // Children first is not needed: the tree cascades. One entry per goal, so each keeps its own history.
    await tx.goal.delete({ where: { id: goal.id } });
    for (const id of subtree) {
      const g = all.find((x) => x.id === id)!;
      await auditor(tx, ctx, "Goal", id)("delete", { oldValue: { level: g.level, code: g.code, title: g.title, parentId: g.parentId }, reason: document.title });
    }
    return { outcome: "done" as const, message: removalMessage(goalName(goal), removal, document.year) };
  });
}

// ---------------------------------------------------------------- activities

async function goalRefusal(tx: Db, documentId: string, programmeId: string, goalId: string | null): Promise<Refused | null> {
  if (goalId === null) return null;
  const tree = await documentGoals(tx, documentId, programmeId);
  return tree.some((g) => g.id === goalId) ? null : refused("De activiteit is niet opgeslagen.", { goalId: ["Dit doel staat niet in dit programma van dit document. Kies een doel uit de lijst."] });
}

export async function addActivity(input: AddActivityInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    await programmeInDocument(tx, document.id, ctx.municipalityId, input.programmeId);
    const wrongGoal = await goalRefusal(tx, document.id, input.programmeId, input.goalId);
    if (wrongGoal) return wrongGoal;
    const last = await tx.activity.aggregate({ where: { documentId: document.id, programmeId: input.programmeId }, _max: { sortOrder: true } });
    const activity = await tx.activity.create({
      data: {
        documentId: document.id,
        programmeId: input.programmeId,
        goalId: input.goalId,
        code: input.code,
        title: input.title,
        status: input.status,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
      select: { id: true },
    });
    await auditor(tx, ctx, "Activity", activity.id)("create", { newValue: { title: input.title, code: input.code, status: input.status, goalId: input.goalId, documentId: document.id } });
    return { outcome: "done" as const, message: `Activiteit ${input.title} is toegevoegd.` };
  });
}

/** The activity, locked, in a concept document of this municipality, at the version the user saw. */
async function lockActivity(tx: Db, ctx: WriteContext, activityId: string, version: number | null) {
  const rows = await tx.$queryRaw<{ id: string; documentId: string; programmeId: string; version: number }[]>`
    SELECT a."id", a."documentId", a."programmeId", a."version" FROM "Activity" a
    JOIN "Programme" p ON p."id" = a."programmeId"
    WHERE a."id" = ${activityId} AND p."municipalityId" = ${ctx.municipalityId}
    FOR UPDATE OF a`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Deze activiteit bestaat niet (meer). Laad de pagina opnieuw.");
  const document = await lockConceptDocument(tx, row.documentId, ctx.municipalityId);
  if (version !== null && row.version !== version) throw new ConflictError(STALE_ACTIVITY);
  const current = await tx.activity.findUniqueOrThrow({ where: { id: row.id }, select: { goalId: true, code: true, title: true, status: true } });
  return { ...row, ...current, document };
}

/** Title, code, goal and status; the description belongs to the texts (and their review). */
export async function editActivity(input: EditActivityInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const current = await lockActivity(tx, ctx, input.activityId, input.version);
    const wrongGoal = await goalRefusal(tx, current.documentId, current.programmeId, input.goalId);
    if (wrongGoal) return wrongGoal;
    const fields = ["goalId", "code", "title", "status"] as const;
    const changed = fields.filter((f) => current[f] !== input[f]);
    if (changed.length === 0) return { outcome: "done" as const, message: "Er was niets gewijzigd." };
    await tx.activity.update({
      where: { id: current.id },
      data: { goalId: input.goalId, code: input.code, title: input.title, status: input.status, version: { increment: 1 } },
    });
    const audit = auditor(tx, ctx, "Activity", current.id);
    for (const field of changed) await audit("update", { field, oldValue: current[field], newValue: input[field] });
    return { outcome: "done" as const, message: `Activiteit ${input.title} is opgeslagen.` };
  });
}

export async function reorderActivity(input: ReorderActivityInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const current = await lockActivity(tx, ctx, input.activityId, null);
    const activities = await documentActivities(tx, current.documentId, current.programmeId);
    const ids = activities.map((a) => a.id);
    const order = reorder(ids, current.id, input.direction);
    if (!order) return refused(edgeMessage(input.direction));
    for (const [index, id] of order.entries()) await tx.activity.update({ where: { id }, data: { sortOrder: index + 1 } });
    await auditor(tx, ctx, "Activity", current.id)("reorder", { field: "sortOrder", oldValue: ids.indexOf(current.id) + 1, newValue: order.indexOf(current.id) + 1 });
    return { outcome: "done" as const, message: `Activiteit ${current.title} staat nu op plaats ${order.indexOf(current.id) + 1}.` };
  });
}

/** An activity is a record of this document only (decision 011): deleting it touches no other document. */
export async function deleteActivity(input: DeleteActivityInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const current = await lockActivity(tx, ctx, input.activityId, input.version);
    await tx.activity.delete({ where: { id: current.id } });
    await auditor(tx, ctx, "Activity", current.id)("delete", { oldValue: { title: current.title, code: current.code, status: current.status, goalId: current.goalId }, reason: current.document.title });
    return { outcome: "done" as const, message: `Activiteit ${current.title} is verwijderd.` };
  });
}
