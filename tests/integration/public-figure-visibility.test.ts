// Who sees which figure of the P&C cycle on the public pages (I9 contract,
// "Visibility"): what a jaarrekening printed for another stage (its
// reconstructed begroting and previous year) is public exactly when the
// jaarrekening is; a wijziging a bestuursrapportage proposed counts for the
// public once that bestuursrapportage is published; an unspecified wijziging
// counts only in the document that printed it. Built in a test municipality,
// removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { upsertUnspecifiedAmendment, setAmendmentLine } from "@/lib/amendment/printed";
import { ensureReconstruction, upsertDocument } from "@/lib/document/mutations";
import { getProgrammeFinance } from "@/lib/finance/data";
import { upsertBudgetFigure, upsertBudgetLine } from "@/lib/finance/mutations";
import { createProgrammeReport, upsertProgramme } from "@/lib/programme/mutations";

const run = Date.now().toString().slice(-5);
const Y = 2035;
const approved = { reviewStatus: "GOEDGEKEURD" as const, sourceId: null, sourceLocation: null, explanation: null };
const ids: Record<string, string> = {};

async function setStatus(documentId: string, status: "CONCEPT" | "GEPUBLICEERD") {
  await db().pcDocument.update({ where: { id: documentId }, data: { status } });
}

const line = async (documentId: string) => (await getProgrammeFinance(PUBLIC_SCOPE, documentId, ids.programme!)).lines[0] ?? null;

beforeAll(async () => {
  const m = await db().municipality.create({
    data: { cbsCode: `GM6${run.slice(-3)}`, name: `Zichtbaarheid ${run}`, slug: `zichtbaarheid-${run}`, signConvention: "BOTH_POSITIVE" },
  });
  ids.municipality = m.id;
  ids.programme = (await upsertProgramme(db(), { municipalityId: m.id, number: "1", name: "Bestuur", sortOrder: 0 })).id;
  const budgetLine = await upsertBudgetLine(db(), {
    municipalityId: m.id,
    programmeId: ids.programme,
    goalId: null,
    key: "1/lasten",
    product: null,
    functionCode: null,
    category: "EXPENSES",
    label: "Lasten",
    sortOrder: 0,
  });
  ids.line = budgetLine.id;

  // Jaarstukken Y printing realisatie Y, begroting Y (primitief 1.000, na wijziging 1.100) and realisatie Y−1.
  const title = `Jaarstukken ${Y} ${run}`;
  const js = await upsertDocument(db(), { municipalityId: m.id, kind: "JAARSTUKKEN", year: Y, title, status: "GEPUBLICEERD" });
  ids.jaarstukken = js.id;
  await createProgrammeReport(db(), { documentId: js.id, programmeId: ids.programme, sortOrder: 0 });
  const printing = { id: js.id, municipalityId: m.id, title };
  const begroting = await ensureReconstruction(db(), { printing, kind: "BEGROTING", year: Y });
  const previous = await ensureReconstruction(db(), { printing, kind: "JAARSTUKKEN", year: Y - 1 });
  await upsertBudgetFigure(db(), { ...approved, budgetLineId: budgetLine.id, documentId: js.id, year: Y, amount: 1_150n });
  await upsertBudgetFigure(db(), { ...approved, budgetLineId: budgetLine.id, documentId: begroting.id, year: Y, amount: 1_000n });
  await upsertBudgetFigure(db(), { ...approved, budgetLineId: budgetLine.id, documentId: previous.id, year: Y - 1, amount: 900n });
  const unspecified = await upsertUnspecifiedAmendment(db(), { municipalityId: m.id, year: Y, printing: { id: js.id, title }, sourceId: null, sourceLocation: null });
  await setAmendmentLine(db(), { amendmentId: unspecified.id, budgetLineId: budgetLine.id, delta: 100n, sourceLocation: null });

  // A concept bestuursrapportage Y that proposed an adopted wijziging of +25, and printed its own unspecified one of +7.
  const brap = await upsertDocument(db(), { municipalityId: m.id, kind: "BESTUURSRAPPORTAGE", year: Y, sequence: 1, title: `1e bestuursrapportage ${Y} ${run}`, status: "CONCEPT" });
  ids.brap = brap.id;
  await createProgrammeReport(db(), { documentId: brap.id, programmeId: ids.programme, sortOrder: 0 });
  await upsertBudgetFigure(db(), { ...approved, budgetLineId: budgetLine.id, documentId: brap.id, year: Y, amount: 1_120n });
  await db().budgetAmendment.create({
    data: {
      municipalityId: m.id,
      year: Y,
      number: `${Y}-04`,
      date: new Date(`${Y}-06-01`),
      authority: "RAAD",
      reason: "Voorgesteld in de bestuursrapportage",
      status: "VASTGESTELD",
      documentId: brap.id,
      lines: { create: { budgetLineId: budgetLine.id, delta: 25n } },
    },
  });
  const brapUnspecified = await upsertUnspecifiedAmendment(db(), { municipalityId: m.id, year: Y, printing: { id: brap.id, title: `1e bestuursrapportage ${Y} ${run}` }, sourceId: null, sourceLocation: null });
  await setAmendmentLine(db(), { amendmentId: brapUnspecified.id, budgetLineId: budgetLine.id, delta: 7n, sourceLocation: null });
});

afterAll(async () => {
  await db().municipality.deleteMany({ where: { id: ids.municipality } });
});

describe("figures a published jaarrekening printed for other stages", () => {
  it("are public with it, and the bestuursrapportage's wijziging and unspecified difference are not while it is concept", async () => {
    expect(await line(ids.jaarstukken!)).toMatchObject({ actual: 1_150n, budgetOriginal: 1_000n, budgetAmended: 1_100n, actualPreviousYear: 900n, basis: "computed" });
  });

  it("disappear with it when the jaarrekening is withdrawn, also where another published document would show them", async () => {
    await setStatus(ids.jaarstukken!, "CONCEPT");
    await setStatus(ids.brap!, "GEPUBLICEERD");
    try {
      expect(await line(ids.jaarstukken!)).toBeNull();
      // The bestuursrapportage has no primitieve begroting of its own: the jaarrekening's reprint is the only one, and it is not public now.
      expect(await line(ids.brap!)).toMatchObject({ actual: 1_120n, budgetOriginal: null, budgetAmended: null, actualPreviousYear: null });
    } finally {
      await setStatus(ids.jaarstukken!, "GEPUBLICEERD");
      await setStatus(ids.brap!, "CONCEPT");
    }
  });
});

describe("a wijziging a bestuursrapportage proposed", () => {
  it("counts for the public once the bestuursrapportage is published, and its unspecified difference only in the bestuursrapportage itself", async () => {
    await setStatus(ids.brap!, "GEPUBLICEERD");
    try {
      const inJaarstukken = await line(ids.jaarstukken!);
      expect(inJaarstukken!.budgetAmended).toBe(1_125n);
      expect(inJaarstukken!.amendments.map((a) => a.number)).toEqual([`zoals gedrukt in Jaarstukken ${Y} ${run}`, `${Y}-04`]);
      expect(inJaarstukken!.prognoses.map((p) => p.amount)).toEqual([1_120n]);
      const inBrap = await line(ids.brap!);
      // Primitief 1.000 + the adopted 25 + its own unspecified 7; the jaarrekening's unspecified 100 is not the bestuursrapportage's.
      expect(inBrap).toMatchObject({ actual: 1_120n, budgetOriginal: 1_000n, budgetAmended: 1_032n });
    } finally {
      await setStatus(ids.brap!, "CONCEPT");
    }
  });
});
