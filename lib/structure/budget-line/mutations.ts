import "server-only";
import { db, inOrder, type Db } from "@/lib/db";
import { NotFoundError } from "@/lib/auth/errors";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { EMPTY_BUDGET_FIGURE } from "@/lib/finance/mutations";
import { budgetLineKey } from "@/lib/finance/line-key";
import { taakveld } from "@/lib/finance/reference/taakvelden";
import { freeKey, taakveldRefusal } from "../budget-line-rules";
import type { AddBudgetLineInput, BudgetLineFieldsInput, EditBudgetLineInput, MoveBudgetLineInput, RemoveBudgetLineInput } from "../budget-line-schema";
import { refused, type Refused, type WriteContext } from "../indicator/mutations";
import { planRemoval, type Removal } from "../subject-removal";
import { applyRemoval, assertProgrammeInDocument, goalOfProgramme, lockConceptDocument, moveInList, references } from "../subject/mutations";

// Writes of the begrotingsposten editor (issue 10, decision 011): each in one
// transaction that locks the concept document, with an audit entry per change.

export const ENTITY_TYPE = "BudgetLine";


/** The CBS list and the programme's goals decide; the schema only shapes the input. */
async function checkedColumns(tx: Db, input: BudgetLineFieldsInput, programmeId: string) {
  const errors: FieldErrors = {};
  const taakveldError = taakveldRefusal(input.functionCode, (code) => taakveld(code) !== undefined);
  if (taakveldError) errors.functionCode = [taakveldError];
  const goalId = await goalOfProgramme(tx, input.goalId, programmeId);
  if (goalId === false) errors.goalId = ["Kies een doelstelling van dit programma"];
  if (Object.keys(errors).length > 0) return { errors };
  return {
    columns: {
      category: input.category,
      label: input.label,
      product: input.product === "" ? null : input.product,
      functionCode: input.functionCode === "" ? null : input.functionCode,
      goalId: goalId || null,
      incidental: input.incidental,
    },
  };
}

export async function addBudgetLine(input: AddBudgetLineInput, ctx: WriteContext): Promise<{ outcome: "added"; id: string } | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    await assertProgrammeInDocument(tx, document.id, input.programmeId, ctx.municipalityId);
    const checked = await checkedColumns(tx, input, input.programmeId);
    if (checked.errors) return refused(checked.errors);
    const { columns } = checked;
    const programme = await tx.programme.findUniqueOrThrow({ where: { id: input.programmeId }, select: { number: true } });
    // Locks the municipality's keys for the transaction: two adds of the same line get "-2", not a unique violation.
    await tx.$queryRaw`SELECT 1 FROM "Municipality" WHERE "id" = ${ctx.municipalityId} FOR UPDATE`;
    const base = budgetLineKey({ programmeNumber: programme.number, ...columns });
    const taken = new Set((await tx.budgetLine.findMany({ where: { municipalityId: ctx.municipalityId, key: { startsWith: base } }, select: { key: true } })).map((l) => l.key));
    const last = await tx.budgetLine.aggregate({ where: { programmeId: input.programmeId }, _max: { sortOrder: true } });
    const created = await tx.budgetLine.create({
      data: { ...columns, municipalityId: ctx.municipalityId, programmeId: input.programmeId, key: freeKey(base, taken), sortOrder: (last._max.sortOrder ?? 0) + 1 },
      select: { id: true, key: true },
    });
    await tx.budgetFigure.createMany({
      data: document.years.map((year) => ({ ...EMPTY_BUDGET_FIGURE, budgetLineId: created.id, documentId: document.id, year, updatedById: ctx.userId })),
      skipDuplicates: true,
    });
    await appendAudit(tx, {
      userId: ctx.userId,
      municipalityId: ctx.municipalityId,
      entityType: ENTITY_TYPE,
      entityId: created.id,
      action: "create",
      newValue: { ...columns, key: created.key, programmeId: input.programmeId, documentId: document.id, years: document.years },
    });
    return { outcome: "added" as const, id: created.id };
  });
}

async function lineInDocument(tx: Db, budgetLineId: string, documentId: string, municipalityId: string) {
  const line = await tx.budgetLine.findFirst({ where: { id: budgetLineId, municipalityId, figures: { some: { documentId } } } });
  if (!line) throw new NotFoundError();
  return line;
}

const auditText = (value: unknown) => (value == null ? null : String(value));

export async function editBudgetLine(input: EditBudgetLineInput, ctx: WriteContext): Promise<{ outcome: "saved"; changed: number } | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const current = await lineInDocument(tx, input.budgetLineId, document.id, ctx.municipalityId);
    const checked = await checkedColumns(tx, input, current.programmeId);
    if (checked.errors) return refused(checked.errors);
    const { columns } = checked;
    // The key stays: it is the line's identity for imports, whatever its label becomes.
    let changed = 0;
    for (const field of Object.keys(columns) as (keyof typeof columns)[]) {
      const oldValue = auditText(current[field]);
      const newValue = auditText(columns[field]);
      if (oldValue === newValue) continue;
      changed++;
      await appendAudit(tx, { userId: ctx.userId, municipalityId: ctx.municipalityId, entityType: ENTITY_TYPE, entityId: current.id, action: "update", field, oldValue, newValue });
    }
    if (changed > 0) await tx.budgetLine.update({ where: { id: current.id }, data: columns });
    return { outcome: "saved" as const, changed };
  });
}

export async function moveBudgetLine(input: MoveBudgetLineInput, ctx: WriteContext): Promise<{ outcome: "moved" | "unchanged"; label: string }> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const current = await lineInDocument(tx, input.budgetLineId, document.id, ctx.municipalityId);
    const list = await tx.budgetLine.findMany({
      where: { programmeId: current.programmeId, figures: { some: { documentId: document.id } } },
      orderBy: [{ sortOrder: "asc" }, { label: "asc" }, { id: "asc" }],
      select: { id: true, sortOrder: true },
    });
    const audit = { userId: ctx.userId, municipalityId: ctx.municipalityId, entityType: ENTITY_TYPE, entityId: current.id };
    const moved = await moveInList(tx, list, current.id, input.direction, audit, (id, sortOrder) => tx.budgetLine.update({ where: { id }, data: { sortOrder } }));
    return { outcome: moved ? ("moved" as const) : ("unchanged" as const), label: current.label };
  });
}

export async function removeBudgetLine(input: RemoveBudgetLineInput, ctx: WriteContext): Promise<{ outcome: "removed"; removal: Removal; label: string; year: number }> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const current = await lineInDocument(tx, input.budgetLineId, document.id, ctx.municipalityId);
    const [figures, amendments, printed] = await inOrder([
      tx.budgetFigure.findMany({ where: { budgetLineId: current.id }, select: { document: { select: { id: true, year: true, status: true } } } }),
      tx.budgetAmendmentLine.findMany({ where: { budgetLineId: current.id }, select: { amendment: { select: { year: true } } } }),
      tx.printedFigure.findMany({ where: { budgetLineId: current.id }, select: { document: { select: { id: true, year: true, status: true } } } }),
    ]);
    const removal = planRemoval(document.year, references([...figures, ...printed], amendments.map((a) => a.amendment.year), document.id));
    await applyRemoval(
      tx,
      removal,
      { userId: ctx.userId, municipalityId: ctx.municipalityId, entityType: ENTITY_TYPE, entityId: current.id, documentId: document.id, deleted: { label: current.label, key: current.key }, retiredFromYear: current.retiredFromYear },
      {
        deleteSubject: () => tx.budgetLine.delete({ where: { id: current.id } }),
        deleteDocumentRows: () => tx.budgetFigure.deleteMany({ where: { budgetLineId: current.id, documentId: document.id } }),
        retire: (fromYear) => tx.budgetLine.update({ where: { id: current.id }, data: { retiredFromYear: fromYear } }),
      },
    );
    return { outcome: "removed" as const, removal, label: current.label, year: document.year };
  });
}
