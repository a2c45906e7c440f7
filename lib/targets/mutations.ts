import "server-only";
import { db, type Db } from "@/lib/db";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { FIGURE_KIND_NAMES } from "@/lib/figure-kinds";
import { ownedYears } from "@/lib/cycle/stage";
import { checkIndicatorValue } from "@/lib/indicator/value-rules";
import { editNeedsReason, REVIEW_MESSAGES, type ReviewStatus } from "@/lib/review/workflow";
import { readTargetConflicts, readTargetSubjects, type GridCell, type GridDocument } from "@/lib/budget/data";
import { cellKey, planGrid, type CellOp, type GridCurrentFigure } from "@/lib/budget/grid";
import { GridRefusal, createdOrRaced, lockGridDocument, refuseConflicts, refuseStrays, type GridWriteContext } from "@/lib/budget/mutations";
import { gridErrorMessage, targetSubject } from "@/lib/budget/rules";
import type { TargetGridInput } from "@/lib/budget/schema";

// "Streefwaarden": the targets of one programme of a concept begroting for its
// own year and its meerjarenraming years, by the programme's advisor
// (indicatorValue.edit). The same review as the streefwaarde of the own year
// in the programme form: a change puts the figure back in CONCEPT (with a
// reason once it was submitted or approved), "Opslaan en indienen" sends the
// concept streefwaarden to the controller, who approves each in the review queue.

const ENTITY = FIGURE_KIND_NAMES.indicatorValue.entityType;

export interface TargetGridConflict {
  index: number;
  subjectId: string;
  dimensionValue: string;
  year: number;
  current: GridCell | null;
}

export type TargetGridOutcome =
  | { outcome: "saved"; changed: number; submitted: number }
  | { outcome: "refused"; message: string; fieldErrors: FieldErrors }
  | { outcome: "conflict"; conflicts: TargetGridConflict[] };

type Row = Awaited<ReturnType<typeof readTargetSubjects>>[number];

export async function saveTargetGrid(input: TargetGridInput, ctx: GridWriteContext): Promise<TargetGridOutcome> {
  try {
    return await db().$transaction((tx) => runTargetGrid(tx, input, ctx), { timeout: 30_000 });
  } catch (error) {
    if (!(error instanceof GridRefusal)) throw error;
    const { outcome } = error;
    if (outcome.outcome !== "conflict") return outcome;
    const keys = outcome.conflicts.map((c) => {
      const cell = input.cells[c.index];
      return { indicatorId: cell?.indicator ?? "", dimensionValue: cell?.dimension ?? "", year: c.year };
    });
    const current = await readTargetConflicts(ctx.municipalityId, input.documentId, keys);
    return {
      outcome: "conflict",
      conflicts: outcome.conflicts.map((c, i) => ({ index: c.index, subjectId: keys[i]!.indicatorId, dimensionValue: keys[i]!.dimensionValue, year: c.year, current: current[i]?.current ?? null })),
    };
  }
}

function refuse(message: string, fieldErrors: FieldErrors): never {
  throw new GridRefusal({ outcome: "refused", message, fieldErrors });
}

/** The indicator's own decimals and range (value-rules.ts), on the cells the user changed. */
function valueErrors(input: TargetGridInput, rows: Map<string, Row>): FieldErrors {
  const errors: FieldErrors = {};
  input.cells.forEach((cell, index) => {
    const row = rows.get(targetSubject(cell.indicator, cell.dimension));
    if (!row || cell.value === cell.base) return;
    const problem = checkIndicatorValue(cell.value, row, { confirmed: cell.confirmUnusual });
    if (problem) errors[`cells.${index}.value`] = [problem.message];
  });
  return errors;
}

async function runTargetGrid(tx: Db, input: TargetGridInput, { userId, municipalityId }: GridWriteContext): Promise<TargetGridOutcome> {
  const document = await lockGridDocument(tx, input.documentId, municipalityId);
  const rows = new Map((await readTargetSubjects(tx, municipalityId, document, input.programmeId)).map((r) => [targetSubject(r.indicatorId, r.dimensionValue), r]));
  const errors = valueErrors(input, rows);
  if (Object.keys(errors).length > 0) refuse(gridErrorMessage(errors), errors);

  const current = new Map<string, GridCurrentFigure>();
  const state = new Map<string, { version: number; status: ReviewStatus; value: string | null }>();
  for (const [subject, row] of rows) {
    for (const [year, c] of Object.entries(row.cells)) {
      current.set(cellKey(subject, Number(year)), { id: c.id, version: c.version, value: c.value, settled: c.reviewStatus === "GOEDGEKEURD" });
      state.set(c.id, { version: c.version, status: c.reviewStatus, value: c.value });
    }
  }
  const plan = planGrid(
    input.cells.map((c) => ({ subjectId: targetSubject(c.indicator, c.dimension), year: c.year, version: c.version, base: c.base, typed: c.value })),
    { subjectIds: new Set(rows.keys()), years: ownedYears(document), current },
  );
  refuseStrays(plan.strays, "value");
  refuseConflicts(plan.conflicts);
  const reason = input.reason ?? null;
  const reviewed = plan.ops.some((op) => op.kind !== "create" && editNeedsReason(state.get(op.id)?.status ?? "CONCEPT"));
  if (reviewed && !reason) refuse(`${REVIEW_MESSAGES.reasonRequired}. Er is niets opgeslagen.`, { reason: [REVIEW_MESSAGES.reasonRequired] });

  for (const op of plan.ops) {
    const id = await writeTargetOp(tx, document, op, userId);
    if (!id) refuseConflicts([{ index: -1, subjectId: op.subjectId, year: op.year }]);
    const before = op.kind === "create" ? null : (state.get(op.id) ?? null);
    await auditTargetOp(tx, { op, id: id!, userId, municipalityId, reason, statusBefore: before?.status ?? null });
    if (op.kind === "delete") state.delete(op.id);
    else state.set(id!, { version: (before?.version ?? 0) + 1, status: "CONCEPT", value: op.value });
  }
  const submitted = input.intent === "submit" ? await submitConcepts(tx, document, state, { userId, municipalityId }) : 0;
  return { outcome: "saved", changed: plan.ops.length, submitted };
}

/** Splits the grid's subject key back into the indicator and its dimension value. */
function subjectParts(subjectId: string): { indicatorId: string; dimensionValue: string } {
  const at = subjectId.indexOf("\u0001");
  return { indicatorId: subjectId.slice(0, at), dimensionValue: subjectId.slice(at + 1) };
}

async function writeTargetOp(tx: Db, document: GridDocument, op: CellOp, userId: string): Promise<string | null> {
  const edited = { reviewStatus: "CONCEPT" as const, updatedById: userId };
  switch (op.kind) {
    case "create":
      return createdOrRaced(() => tx.indicatorFigure.create({ data: { ...subjectParts(op.subjectId), documentId: document.id, year: op.year, value: op.value, ...edited }, select: { id: true } }));
    case "update":
    case "confirm": {
      const { count } = await tx.indicatorFigure.updateMany({ where: { id: op.id, documentId: document.id, version: op.version }, data: { value: op.value, ...edited, version: { increment: 1 } } });
      return count === 1 ? op.id : null;
    }
    case "delete": {
      const { count } = await tx.indicatorFigure.deleteMany({ where: { id: op.id, documentId: document.id, version: op.version } });
      return count === 1 ? op.id : null;
    }
  }
}

async function auditTargetOp(tx: Db, input: { op: CellOp; id: string; userId: string; municipalityId: string; reason: string | null; statusBefore: ReviewStatus | null }) {
  const { op, id } = input;
  const base = { userId: input.userId, municipalityId: input.municipalityId, entityType: ENTITY, entityId: id, reason: input.reason, field: "target" };
  if (op.kind === "create") await appendAudit(tx, { ...base, action: "create", newValue: op.value });
  if (op.kind === "update") await appendAudit(tx, { ...base, action: "update", oldValue: op.oldValue, newValue: op.value });
  if (op.kind === "delete") await appendAudit(tx, { ...base, action: "delete", oldValue: op.oldValue });
  if (op.kind !== "delete" && input.statusBefore !== null && input.statusBefore !== "CONCEPT") {
    await appendAudit(tx, { ...base, action: "update", field: "reviewStatus", oldValue: input.statusBefore, newValue: "CONCEPT" });
  }
}

/** Indienen of every filled-in concept streefwaarde of the programme; an empty one stays concept. */
async function submitConcepts(
  tx: Db,
  document: GridDocument,
  state: Map<string, { version: number; status: ReviewStatus; value: string | null }>,
  ctx: GridWriteContext,
): Promise<number> {
  let submitted = 0;
  for (const [id, figure] of state) {
    if (figure.status !== "CONCEPT" || figure.value === null) continue;
    const { count } = await tx.indicatorFigure.updateMany({
      where: { id, documentId: document.id, version: figure.version, reviewStatus: "CONCEPT" },
      data: { reviewStatus: "INGEDIEND", version: { increment: 1 } },
    });
    if (count !== 1) refuseConflicts([{ index: -1, subjectId: id, year: document.year }]);
    await appendAudit(tx, { userId: ctx.userId, municipalityId: ctx.municipalityId, entityType: ENTITY, entityId: id, action: "submit", field: "reviewStatus", oldValue: "CONCEPT", newValue: "INGEDIEND" });
    submitted++;
  }
  return submitted;
}
