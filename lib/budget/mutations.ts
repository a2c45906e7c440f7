import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { ownedYears, stageOf } from "@/lib/cycle/stage";
import { FIGURE_KIND_NAMES } from "@/lib/figure-kinds";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockOwningDocument } from "@/lib/review/mutations";
import { readBudgetCells, readBudgetConflicts, readGridDocument, readGridLines, type GridCell, type GridDocument } from "./data";
import { cellKey, planGrid, type CellOp, type GridCurrentFigure } from "./grid";
import { NOT_A_BEGROTING_MESSAGE, STRAY_CELL_MESSAGE, budgetAuditField, gridErrorMessage } from "./rules";
import type { BudgetGridInput } from "./schema";

// "Begroting invoeren": the primitieve begroting and meerjarenraming amounts of
// one programme of a concept begroting, written by the controller or beheerder
// (budget.edit) in one transaction — every cell or none. They need no review
// of their own: the raad adopts them with the begroting (decision 011,
// "Budgets by stage"), so a saved amount is GOEDGEKEURD at once and an emptied
// own-year slot goes back to CONCEPT (vaststellen then says what is missing).

export interface GridConflict {
  index: number;
  subjectId: string;
  year: number;
  current: GridCell | null;
}

export type BudgetGridOutcome =
  | { outcome: "saved"; changed: number; confirmed: number }
  | { outcome: "refused"; message: string; fieldErrors: FieldErrors }
  | { outcome: "conflict"; conflicts: GridConflict[] };

/** Ends a grid's transaction (rolling everything back) with an answer for the user. */
export class GridRefusal extends Error {
  constructor(readonly outcome: Exclude<BudgetGridOutcome, { outcome: "saved" }>) {
    super("grid refused");
  }
}

const ENTITY = FIGURE_KIND_NAMES.financialLine.entityType;

export interface GridWriteContext {
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

export async function saveBudgetGrid(input: BudgetGridInput, ctx: GridWriteContext): Promise<BudgetGridOutcome> {
  try {
    return await db().$transaction((tx) => runBudgetGrid(tx, input, ctx), { timeout: 30_000 });
  } catch (error) {
    if (!(error instanceof GridRefusal)) throw error;
    const { outcome } = error;
    if (outcome.outcome !== "conflict") return outcome;
    // What the other person saved is read only now, after our rollback.
    const current = await readBudgetConflicts(ctx.municipalityId, input.documentId, outcome.conflicts);
    return { outcome: "conflict", conflicts: outcome.conflicts.map((c, i) => ({ ...c, current: current[i]?.current ?? null })) };
  }
}

/** The concept begroting, share-locked for the transaction; anything else is refused in Dutch. */
export async function lockGridDocument(tx: Db, documentId: string, municipalityId: AuthorizedMunicipalityId): Promise<GridDocument> {
  await lockOwningDocument(tx, documentId, municipalityId);
  const document = await readGridDocument(tx, municipalityId, documentId);
  if (!document || document.kind !== "BEGROTING") throw new GridRefusal({ outcome: "refused", message: NOT_A_BEGROTING_MESSAGE, fieldErrors: {} });
  return document;
}

/**
 * A created figure row's id, or null when someone else created the same cell
 * since it was read (the unique key decides): a conflict like a moved version.
 */
export async function createdOrRaced(create: () => Promise<{ id: string }>): Promise<string | null> {
  try {
    return (await create()).id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

export function refuseStrays(strays: number[], field: string): void {
  if (strays.length === 0) return;
  const fieldErrors = Object.fromEntries(strays.map((i) => [`cells.${i}.${field}`, [STRAY_CELL_MESSAGE]]));
  throw new GridRefusal({ outcome: "refused", message: gridErrorMessage(fieldErrors), fieldErrors });
}

export function refuseConflicts(conflicts: { index: number; subjectId: string; year: number }[]): void {
  if (conflicts.length > 0) throw new GridRefusal({ outcome: "conflict", conflicts: conflicts.map((c) => ({ ...c, current: null })) });
}

async function runBudgetGrid(tx: Db, input: BudgetGridInput, { userId, municipalityId }: GridWriteContext): Promise<BudgetGridOutcome> {
  const document = await lockGridDocument(tx, input.documentId, municipalityId);
  const lines = await readGridLines(tx, municipalityId, document.id, input.programmeId);
  const rows = await readBudgetCells(tx, document, lines.map((l) => l.id));
  const current = new Map<string, GridCurrentFigure>(
    rows.map((r) => [cellKey(r.budgetLineId, r.year), { id: r.id, version: r.version, value: r.amount === null ? null : r.amount.toString(), settled: r.reviewStatus === "GOEDGEKEURD" }]),
  );
  const statusOf = new Map(rows.map((r) => [r.id, r.reviewStatus]));
  const plan = planGrid(
    input.cells.map((c) => ({ subjectId: c.line, year: c.year, version: c.version, base: c.base, typed: c.amount === null ? null : c.amount.toString() })),
    { subjectIds: new Set(lines.map((l) => l.id)), years: ownedYears(document), current, confirmKept: true },
  );
  refuseStrays(plan.strays, "amount");
  refuseConflicts(plan.conflicts);

  let changed = 0;
  for (const op of plan.ops) {
    const written = await writeBudgetOp(tx, document, op, userId);
    if (!written) refuseConflicts([{ index: -1, subjectId: op.subjectId, year: op.year }]);
    if (op.kind !== "confirm") changed++;
    await auditBudgetOp(tx, { document, op, userId, municipalityId, id: written as string, statusBefore: op.kind === "create" ? null : (statusOf.get(op.id) ?? null) });
  }
  return { outcome: "saved", changed, confirmed: plan.ops.length - changed };
}

/** One cell's write; the figure row's id, or null when its version moved on (a concurrent save). */
async function writeBudgetOp(tx: Db, document: GridDocument, op: CellOp, userId: string): Promise<string | null> {
  const settled = { reviewStatus: "GOEDGEKEURD" as const, reviewComment: null, updatedById: userId };
  switch (op.kind) {
    case "create":
      return createdOrRaced(() => tx.budgetFigure.create({ data: { budgetLineId: op.subjectId, documentId: document.id, year: op.year, amount: BigInt(op.value), ...settled }, select: { id: true } }));
    case "update":
    case "confirm": {
      const value = op.value;
      const status = value === null ? { reviewStatus: "CONCEPT" as const, reviewComment: null, updatedById: userId } : settled;
      const { count } = await tx.budgetFigure.updateMany({
        where: { id: op.id, documentId: document.id, version: op.version },
        data: { amount: value === null ? null : BigInt(value), ...status, version: { increment: 1 } },
      });
      return count === 1 ? op.id : null;
    }
    case "delete": {
      const { count } = await tx.budgetFigure.deleteMany({ where: { id: op.id, documentId: document.id, version: op.version } });
      return count === 1 ? op.id : null;
    }
  }
}

async function auditBudgetOp(
  tx: Db,
  input: { document: GridDocument; op: CellOp; userId: string; municipalityId: string; id: string; statusBefore: string | null },
) {
  const { document, op, userId, municipalityId, id } = input;
  const base = { userId, municipalityId, entityType: ENTITY, entityId: id, reason: null };
  const field = budgetAuditField(stageOf(document, op.year));
  if (op.kind === "create") await appendAudit(tx, { ...base, action: "create", field, newValue: op.value });
  if (op.kind === "update") await appendAudit(tx, { ...base, action: "update", field, oldValue: op.oldValue, newValue: op.value });
  if (op.kind === "delete") await appendAudit(tx, { ...base, action: "delete", field, oldValue: op.oldValue });
  const statusAfter = op.kind === "delete" ? null : op.kind === "update" && op.value === null ? "CONCEPT" : "GOEDGEKEURD";
  if (statusAfter && statusAfter !== input.statusBefore) {
    await appendAudit(tx, { ...base, action: op.kind === "create" ? "create" : "update", field: "reviewStatus", oldValue: input.statusBefore, newValue: statusAfter });
  }
}
