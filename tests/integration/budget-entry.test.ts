// "Begroting invoeren" and "Streefwaarden" through the real wrapped Server
// Actions and the real database, on a concept begroting 2094 with a
// meerjarenraming of three years (a year the demo does not use): the
// controller's grid of amounts per line and year (all or nothing, Dutch per
// cell, optimistic versions, an audit entry per cell, no review of its own),
// the advisor refused on amounts but writing and submitting streefwaarden of
// every owned year, reviewed by the controller like the own year's; and the
// begroting na wijziging following an adopted wijziging.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/auth/result";
import { unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import { saveBudgetGridAction, saveTargetGridAction } from "@/lib/budget/actions";
import { listBudgetGrid, readGridDocument } from "@/lib/budget/data";
import { upsertDocument } from "@/lib/document/mutations";
import { approveFigure } from "@/lib/review/actions";
import { createAmendment, saveAmendment, setAmendmentStatus } from "@/lib/amendment/mutations";
import { memberScope } from "@/lib/auth/scope";
import { createDocumentFromStart } from "@/lib/document/mutations";
import { listEntryLines } from "@/lib/review/data";
import { saveProgrammeFigures } from "@/lib/review/actions";
import { as, buildFixture, destroyFixture, type Fixture } from "./workflow-fixture";

const YEAR = 2094;
const YEARS = [2094, 2095, 2096, 2097];
let f: Fixture;

beforeAll(async () => {
  f = await buildFixture(YEAR);
  // The fixture's begroting becomes one with a meerjarenraming of three years, through the document mutation.
  await upsertDocument(db(), { municipalityId: f.municipalityId, kind: "BEGROTING", year: YEAR, title: `Testbegroting ${YEAR}`, status: "CONCEPT", projectionYears: 3 });
});

afterAll(async () => {
  await db().pcDocument.deleteMany({ where: { municipalityId: f.municipalityId, kind: "BESTUURSRAPPORTAGE", year: YEAR } });
  await db().budgetAmendment.deleteMany({ where: { municipalityId: f.municipalityId, year: YEAR } });
  await destroyFixture(f);
  await db().$disconnect();
});

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const budgetRows = () =>
  db().budgetFigure.findMany({ where: { documentId: f.budgetDocumentId }, orderBy: [{ budgetLineId: "asc" }, { year: "asc" }] });
const targetRows = () =>
  db().indicatorFigure.findMany({ where: { documentId: f.budgetDocumentId }, orderBy: [{ indicatorId: "asc" }, { year: "asc" }] });

/** The budget grid as the page posts it now: every line × owned year, typed by "line index:year". */
async function budgetForm(typed: Record<string, string>, stale: Record<string, number> = {}) {
  const rows = await budgetRows();
  const form: Record<string, string> = { documentId: f.budgetDocumentId, programmeId: f.programmeId };
  let i = 0;
  f.budgetLineIds.forEach((lineId, li) => {
    for (const year of YEARS) {
      const row = rows.find((r) => r.budgetLineId === lineId && r.year === year);
      const key = `${li}:${year}`;
      const base = row?.amount == null ? "" : row.amount.toString();
      Object.assign(form, {
        [`cells.${i}.line`]: lineId,
        [`cells.${i}.year`]: String(year),
        [`cells.${i}.version`]: String(stale[key] ?? row?.version ?? 0),
        [`cells.${i}.base`]: base,
        [`cells.${i}.amount`]: typed[key] ?? base,
      });
      i++;
    }
  });
  return form;
}

/** The streefwaarden grid as the page posts it: every indicator × owned year, typed by "indicator index:year". */
async function targetForm(typed: Record<string, string>, extra: Record<string, string> = {}) {
  const rows = await targetRows();
  const form: Record<string, string> = { documentId: f.budgetDocumentId, programmeId: f.programmeId, ...extra };
  let i = 0;
  f.indicatorIds.forEach((indicatorId, ii) => {
    for (const year of YEARS) {
      const row = rows.find((r) => r.indicatorId === indicatorId && r.year === year);
      const base = row?.value == null ? "" : row.value.toString();
      Object.assign(form, {
        [`cells.${i}.indicator`]: indicatorId,
        [`cells.${i}.dimension`]: "",
        [`cells.${i}.year`]: String(year),
        [`cells.${i}.version`]: String(row?.version ?? 0),
        [`cells.${i}.base`]: base,
        [`cells.${i}.value`]: typed[`${ii}:${year}`] ?? base.replace(".", ","),
      });
      i++;
    }
  });
  return form;
}

describe("begroting invoeren (controller)", () => {
  it("saves a full grid of the own year and the meerjarenraming in canonical euros, settled at once, with an audit entry per cell", async () => {
    const typed = { "0:2094": "1.234.567", "0:2095": "1234567", "0:2096": "1.300.000", "0:2097": "€ 1.400.000", "1:2094": "400.000", "1:2095": "0", "1:2096": "410000", "1:2097": "420.000" };
    expect(ok(await as(f, "controller", saveBudgetGridAction)(await budgetForm(typed)))).toEqual({ outcome: "saved", message: "Opgeslagen: 8 bedragen gewijzigd." });
    const rows = await budgetRows();
    const amounts = (lineId: string) => YEARS.map((y) => rows.find((r) => r.budgetLineId === lineId && r.year === y)?.amount);
    expect(amounts(f.budgetLineIds[0]!)).toEqual([1_234_567n, 1_234_567n, 1_300_000n, 1_400_000n]);
    expect(amounts(f.budgetLineIds[1]!)).toEqual([400_000n, 0n, 410_000n, 420_000n]);
    // No review of their own: they are adopted with the begroting by the raad.
    expect(new Set(rows.map((r) => [r.reviewStatus, r.updatedById].join()))).toEqual(new Set([`GOEDGEKEURD,${f.users.controller}`]));

    const own = rows.find((r) => r.id === f.budgetIds[0])!;
    const later = rows.find((r) => r.budgetLineId === f.budgetLineIds[0] && r.year === 2097)!;
    const audit = (entityId: string) => db().auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });
    expect((await audit(own.id)).map((e) => [e.entityType, e.action, e.field, e.oldValue, e.newValue, e.userId])).toEqual([
      ["BudgetFigure", "update", "budgetOriginal", null, "1234567", f.users.controller],
      ["BudgetFigure", "update", "reviewStatus", "CONCEPT", "GOEDGEKEURD", f.users.controller],
    ]);
    expect((await audit(later.id)).map((e) => [e.action, e.field, e.newValue])).toEqual([
      ["create", "budgetProjection", "1400000"],
      ["create", "reviewStatus", "GOEDGEKEURD"],
    ]);

    // The page reads it back as the grid shows it, with the totals' inputs per year.
    const document = (await readGridDocument(db(), f.municipalityId, f.budgetDocumentId))!;
    const grid = await listBudgetGrid(unsafeAuthorizeMunicipality(f.municipalityId), document, f.programmeId);
    expect(grid.years).toEqual(YEARS);
    expect(grid.lines.map((l) => [l.category, l.cells["2096"]?.value])).toEqual([
      ["EXPENSES", "1300000"],
      ["INCOME", "410000"],
    ]);
  });

  it("refuses the whole grid when one cell is wrong, with every error per cell in Dutch", async () => {
    const before = await budgetRows();
    const result = await as(f, "controller", saveBudgetGridAction)(await budgetForm({ "0:2094": "2.000.000", "0:2095": "12,50", "1:2097": "1.2.3" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors).toEqual({
      "cells.1.amount": ["Vul een bedrag in hele euro's in, bijvoorbeeld 1.234"],
      "cells.7.amount": ["Gebruik een komma voor decimalen, bijvoorbeeld 7,4; een punt staat alleen tussen duizendtallen, bijvoorbeeld 1.234"],
    });
    expect(await budgetRows()).toEqual(before);
  });

  it("shows a stale cell as a conflict with the other value, and writes none of the grid", async () => {
    const before = await budgetRows();
    const own = before.find((r) => r.id === f.budgetIds[0])!;
    const result = ok(await as(f, "controller", saveBudgetGridAction)(await budgetForm({ "0:2094": "999", "1:2094": "5" }, { "0:2094": own.version - 1 })));
    expect(result.outcome).toBe("conflict");
    if (result.outcome !== "conflict") return;
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ subjectId: f.budgetLineIds[0], dimensionValue: "", year: 2094, current: { value: "1234567", version: own.version, updatedBy: "Test controller" } });
    expect(await budgetRows()).toEqual(before);
  });

  it("drops an emptied meerjarenraming cell but keeps the own year's slot, empty and back in concept", async () => {
    ok(await as(f, "beheerder", saveBudgetGridAction)(await budgetForm({ "1:2094": "", "1:2097": "" })));
    const rows = await budgetRows();
    expect(rows.find((r) => r.budgetLineId === f.budgetLineIds[1] && r.year === 2097)).toBeUndefined();
    expect(rows.find((r) => r.id === f.budgetIds[1])).toMatchObject({ amount: null, reviewStatus: "CONCEPT" });
    const deleted = await db().auditEntry.findFirstOrThrow({ where: { action: "delete", entityType: "BudgetFigure", userId: f.users.beheerder } });
    expect([deleted.field, deleted.oldValue]).toEqual(["budgetProjection", "420000"]);
    // Put back for the tests below.
    ok(await as(f, "controller", saveBudgetGridAction)(await budgetForm({ "1:2094": "400.000" })));
  });

  it("refuses an advisor, a lezer and a controller of another municipality, writing nothing", async () => {
    const before = await budgetRows();
    for (const key of ["advisor", "lezer", "hilversumAdvisor"] as const) {
      const result = await as(f, key, saveBudgetGridAction)(await budgetForm({ "0:2094": "1" }));
      expect(result.ok ? "ok" : result.code).toBe("FORBIDDEN");
    }
    expect(await budgetRows()).toEqual(before);
  });

  it("shows the begroting na wijziging once a wijziging is adopted", async () => {
    const municipalityId = unsafeAuthorizeMunicipality(f.municipalityId);
    const ctx = { userId: f.users.controller, municipalityId };
    const created = await createAmendment(
      { municipalityId, year: YEAR, number: `Test ${f.run}`, date: new Date(Date.UTC(YEAR, 2, 1)), authority: "COLLEGE_MANDAAT", decisionReference: "", reason: "Test na wijziging" },
      ctx,
    );
    if (created.outcome !== "created") throw new Error(created.message);
    const header = { number: `Test ${f.run}`, date: new Date(Date.UTC(YEAR, 2, 1)), authority: "COLLEGE_MANDAAT" as const, decisionReference: "", reason: "Test na wijziging" };
    expect(await saveAmendment({ amendmentId: created.id, version: 1, ...header, lines: [{ budgetLineId: f.budgetLineIds[0]!, delta: 100_000n }], targets: [] }, ctx)).toMatchObject({ outcome: "saved" });
    const document = (await readGridDocument(db(), f.municipalityId, f.budgetDocumentId))!;
    const amended = async () => (await listBudgetGrid(municipalityId, document, f.programmeId)).lines[0]!.amended;
    // A concept wijziging does not count yet.
    expect(await amended()).toBe("1234567");
    expect(await setAmendmentStatus({ amendmentId: created.id, version: 2, status: "VASTGESTELD" }, ctx)).toMatchObject({ outcome: "changed" });
    expect(await amended()).toBe("1334567");
  });
});

describe("streefwaarden (advisor of the programme)", () => {
  it("saves streefwaarden of the own year and the meerjarenraming, submits them, and the controller approves a meerjarenraming target", async () => {
    const saved = ok(await as(f, "advisor", saveTargetGridAction)(await targetForm({ "0:2094": "7,4", "0:2096": "7,6", "1:2095": "5" }, { intent: "submit" })));
    expect(saved).toEqual({ outcome: "saved", message: "Opgeslagen: 3 streefwaarden gewijzigd. 3 streefwaarden ingediend ter beoordeling." });
    const rows = await targetRows();
    const later = rows.find((r) => r.indicatorId === f.indicatorIds[0] && r.year === 2096)!;
    expect([later.value?.toString(), later.reviewStatus, later.updatedById]).toEqual(["7.6", "INGEDIEND", f.users.advisor]);
    expect(rows.find((r) => r.id === f.targetIds[0])).toMatchObject({ reviewStatus: "INGEDIEND" });
    // The one left empty stays a concept slot.
    expect(rows.find((r) => r.id === f.targetIds[1])).toMatchObject({ value: null, reviewStatus: "CONCEPT" });

    const approved = await as(f, "controller", approveFigure)({ kind: "indicatorValue", id: later.id, version: String(later.version), comment: "" });
    expect(ok(approved)).toEqual({ message: "Goedgekeurd." });
    const history = await db().auditEntry.findMany({ where: { entityId: later.id }, orderBy: { id: "asc" } });
    expect(history.map((e) => [e.action, e.field, e.newValue])).toEqual([
      ["create", "target", "7.6"],
      ["submit", "reviewStatus", "INGEDIEND"],
      ["approve", "reviewStatus", "GOEDGEKEURD"],
    ]);
  });

  it("asks a reason before changing an approved streefwaarde, and refuses the indicator's own decimals per cell", async () => {
    const before = await targetRows();
    const noReason = ok(await as(f, "advisor", saveTargetGridAction)(await targetForm({ "0:2096": "7,7" })));
    expect(noReason).toMatchObject({ outcome: "refused", fieldErrors: { reason: ["Geef een reden: u wijzigt een cijfer dat al is ingediend of goedgekeurd"] } });
    const decimals = await as(f, "advisor", saveTargetGridAction)(await targetForm({ "0:2097": "7,45" }));
    expect(ok(decimals)).toMatchObject({ outcome: "refused", fieldErrors: { "cells.3.value": ["Maximaal 1 decimaal"] } });
    expect(await targetRows()).toEqual(before);
    const withReason = ok(await as(f, "advisor", saveTargetGridAction)(await targetForm({ "0:2096": "7,7" }, { reason: "Nieuwe ambitie" })));
    expect(withReason).toEqual({ outcome: "saved", message: "Opgeslagen: 1 streefwaarde gewijzigd." });
    expect((await targetRows()).find((r) => r.indicatorId === f.indicatorIds[0] && r.year === 2096)).toMatchObject({ reviewStatus: "CONCEPT" });
  });

  it("refuses a controller (who reviews, never enters) and an advisor of another municipality", async () => {
    const before = await targetRows();
    for (const key of ["controller", "hilversumAdvisor", "lezer"] as const) {
      const result = await as(f, key, saveTargetGridAction)(await targetForm({ "1:2097": "4" }));
      expect(result.ok ? "ok" : result.code).toBe("FORBIDDEN");
    }
    expect(await targetRows()).toEqual(before);
  });
});

describe("prognoses in a bestuursrapportage started from the begroting", () => {
  it("has a prognose slot per line, beside the begroting na wijziging, and a prognose on budget needs no toelichting", async () => {
    const municipalityId = unsafeAuthorizeMunicipality(f.municipalityId);
    const created = await createDocumentFromStart(
      { municipalityId, kind: "BESTUURSRAPPORTAGE", year: YEAR, name: null, projectionYears: 0, sourceId: f.budgetDocumentId },
      { userId: f.users.controller, municipalityId },
    );
    if (created.outcome !== "created") throw new Error(created.message);
    const document = { id: created.id, kind: "BESTUURSRAPPORTAGE" as const, year: YEAR };
    const lines = await listEntryLines(memberScope(municipalityId), document, f.programmeId);
    // Only the own year: a bestuursrapportage has no meerjarenraming. The na-wijziging counts the adopted wijziging above.
    expect(lines.map((l) => [l.stage, l.amount, l.budget])).toEqual([
      ["PROGNOSE", null, { amount: "1334567", basis: "computed" }],
      ["PROGNOSE", null, { amount: "400000", basis: "computed" }],
    ]);
    const indicatorRows = await db().indicatorFigure.findMany({ where: { documentId: created.id } });
    const form = {
      documentId: created.id,
      programmeId: f.programmeId,
      intent: "submit" as const,
      indicators: indicatorRows.map((r) => ({ id: r.id, version: String(r.version), base: { value: "", explanation: "" }, value: "7", explanation: "" })),
      lines: lines.map((l, i) => ({ id: l.id, version: String(l.version), base: { amount: "", explanation: "" }, amount: i === 0 ? "1.334.567" : "400.000", explanation: "" })),
    };
    expect(ok(await as(f, "advisor", saveProgrammeFigures)(form))).toMatchObject({ outcome: "saved", submitted: lines.length + indicatorRows.length });
  });
});
