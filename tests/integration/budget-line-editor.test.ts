// The begrotingsposten editor through the real Server Actions (issue 10 point
// 2), on a fresh concept begroting 2086 (meerjarenraming to 2089) of a test
// programme: a new line gets an empty amount row per owned year; a taakveld
// must be on the CBS list; a line an adopted document reported on is retired.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { EMPTY_BUDGET_FIGURE } from "@/lib/finance/mutations";
import { addBudgetLineAction, editBudgetLineAction, moveBudgetLineAction, removeBudgetLineAction } from "@/lib/structure/budget-line-actions";
import { asUser, buildStructureFixture, destroyStructureFixture, ok, type StructureFixture } from "./structure-fixture";

let f: StructureFixture;

beforeAll(async () => {
  f = await buildStructureFixture(2086, "92");
});

afterAll(async () => {
  await destroyStructureFixture(f);
  await db().$disconnect();
});

const form = (overrides: Record<string, string> = {}) => ({
  documentId: f.documentId,
  programmeId: f.programmeId,
  category: "EXPENSES",
  label: "Inzameling restafval",
  product: "Afval",
  functionCode: "7.3",
  goalId: f.goalId,
  ...overrides,
});

const add = async (overrides: Record<string, string> = {}) => {
  const result = ok(await asUser(f.users.controller, addBudgetLineAction)(form(overrides)));
  if (!("id" in result) || !result.id) throw new Error(`niet toegevoegd: ${JSON.stringify(result)}`);
  return result.id;
};

const editForm = async (budgetLineId: string, overrides: Record<string, string> = {}) => {
  const l = await db().budgetLine.findUniqueOrThrow({ where: { id: budgetLineId } });
  return {
    documentId: f.documentId,
    budgetLineId,
    category: l.category,
    label: l.label,
    product: l.product ?? "",
    functionCode: l.functionCode ?? "",
    goalId: l.goalId ?? "",
    ...(l.incidental ? { incidental: "on" } : {}),
    ...overrides,
  };
};

describe("adding a budget line", () => {
  it("stores the line with its taakveld and a stable key, and an empty amount row per owned year", async () => {
    const id = await add({ incidental: "on" });
    const line = await db().budgetLine.findUniqueOrThrow({ where: { id }, include: { figures: { orderBy: { year: "asc" } } } });
    expect(line).toMatchObject({ category: "EXPENSES", label: "Inzameling restafval", product: "Afval", functionCode: "7.3", goalId: f.goalId, incidental: true, key: "programma-92/lasten/tv-7.3/afval/inzameling-restafval" });
    expect(line.figures.map((r) => [r.documentId, r.year, r.amount, r.reviewStatus])).toEqual(
      [2086, 2087, 2088, 2089].map((year) => [f.documentId, year, EMPTY_BUDGET_FIGURE.amount, "CONCEPT"]),
    );
    expect(await db().auditEntry.count({ where: { entityType: "BudgetLine", entityId: id, action: "create", userId: f.users.controller } })).toBe(1);
    // The same line again is a second line with its own key, not a clash.
    const second = await add();
    expect((await db().budgetLine.findUniqueOrThrow({ where: { id: second } })).key).toBe("programma-92/lasten/tv-7.3/afval/inzameling-restafval-2");
    await db().budgetLine.delete({ where: { id: second } });
  });

  it("refuses a taakveld that is not on the CBS list (6.2 of the old numbering), and a goal of another programme", async () => {
    const before = await db().budgetLine.count({ where: { programmeId: f.programmeId } });
    const result = ok(await asUser(f.users.controller, addBudgetLineAction)(form({ functionCode: "6.2", goalId: f.foreignGoalId })));
    expect(result).toEqual({
      refused: "Er zijn 2 fouten in het formulier. Er is niets opgeslagen.",
      fieldErrors: { functionCode: ["Taakveld 6.2 staat niet in de Iv3-lijst van het CBS. Kies een taakveld uit de lijst."], goalId: ["Kies een doelstelling van dit programma"] },
    });
    const noLabel = await asUser(f.users.controller, addBudgetLineAction)(form({ label: "  " }));
    expect(noLabel).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { label: ["Vul de omschrijving van de begrotingspost in"] } });
    expect(await db().budgetLine.count({ where: { programmeId: f.programmeId } })).toBe(before);
  });

  it("is not for an advisor, nor in an adopted document", async () => {
    expect(await asUser(f.users.advisor, addBudgetLineAction)(form())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await asUser(f.users.beheerder, addBudgetLineAction)(form({ documentId: f.earlierDocumentId }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("editing, ordering and removing", () => {
  it("saves what changed, audited per field, and keeps the key", async () => {
    const id = await add({ category: "INCOME", label: "Afvalstoffenheffing", functionCode: "7.3", product: "" });
    const key = (await db().budgetLine.findUniqueOrThrow({ where: { id } })).key;
    const saved = ok(await asUser(f.users.beheerder, editBudgetLineAction)(await editForm(id, { label: "Afvalstoffenheffing huishoudens", functionCode: "0.64" })));
    expect(saved).toEqual({ message: 'Begrotingspost "Afvalstoffenheffing huishoudens" is opgeslagen.' });
    const line = await db().budgetLine.findUniqueOrThrow({ where: { id } });
    expect([line.label, line.functionCode, line.key]).toEqual(["Afvalstoffenheffing huishoudens", "0.64", key]);
    const audit = await db().auditEntry.findMany({ where: { entityType: "BudgetLine", entityId: id, action: "update" }, orderBy: { field: "asc" } });
    expect(audit.map((a) => [a.field, a.oldValue, a.newValue])).toEqual([
      ["functionCode", "7.3", "0.64"],
      ["label", "Afvalstoffenheffing", "Afvalstoffenheffing huishoudens"],
    ]);
    expect(ok(await asUser(f.users.beheerder, editBudgetLineAction)(await editForm(id)))).toEqual({ message: "Er was niets gewijzigd." });
  });

  it("moves a line one place down", async () => {
    const list = async () => (await db().budgetLine.findMany({ where: { programmeId: f.programmeId }, orderBy: { sortOrder: "asc" } })).map((l) => l.id);
    const [first] = await list();
    expect(ok(await asUser(f.users.controller, moveBudgetLineAction)({ documentId: f.documentId, budgetLineId: first!, direction: "down" }))).toEqual({ message: "Inzameling restafval is een plaats omlaag gezet." });
    expect((await list())[1]).toBe(first);
  });

  it("deletes a line only this document refers to, and retires one an adopted begroting reported on", async () => {
    const fresh = await add({ label: "Eenmalige post" });
    expect(ok(await asUser(f.users.controller, removeBudgetLineAction)({ documentId: f.documentId, budgetLineId: fresh }))).toEqual({ message: "Eenmalige post is verwijderd." });
    expect(await db().budgetLine.findUnique({ where: { id: fresh } })).toBeNull();

    const old = await add({ label: "Oude post" });
    await db().budgetFigure.create({ data: { ...EMPTY_BUDGET_FIGURE, budgetLineId: old, documentId: f.earlierDocumentId, year: 2085, amount: 5000n } });
    expect(ok(await asUser(f.users.controller, removeBudgetLineAction)({ documentId: f.documentId, budgetLineId: old }))).toEqual({
      message: "Oude post is vanaf 2086 beëindigd. Eerdere jaren blijven zichtbaar.",
    });
    const line = await db().budgetLine.findUniqueOrThrow({ where: { id: old }, include: { figures: true } });
    expect(line.retiredFromYear).toBe(2086);
    expect(line.figures.map((r) => [r.documentId, r.amount])).toEqual([[f.earlierDocumentId, 5000n]]);
  });
});
