// A beheerder or controller creates a P&C document from a starting point
// (issue 10 point 1), through the real actions: the preview says what will be
// written and writes nothing, the create writes exactly that, a second create
// is refused, the begroting's meerjarenraming becomes the next begroting's
// proposal, and the jaarstukken get empty realisatie slots the werkplek shows.
// Built in Zoetermeer in years and a programme the demo does not use; the
// documents, subjects and memberships are removed afterwards (audit entries
// are append-only and stay).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import { memberScope, unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import type { ActionResult } from "@/lib/auth/result";
import type { Role } from "@/lib/auth/permissions";
import { createDocumentAction, previewDocumentAction } from "@/lib/document/actions";
import { readCopySource } from "@/lib/document/data";
import { ensureReconstruction, upsertDocument } from "@/lib/document/mutations";
import { planCopy } from "@/lib/document/plan-copy";
import { upsertBudgetFigure, upsertBudgetLine } from "@/lib/finance/mutations";
import { upsertIndicatorByKey, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { createActivity, createGoalReport, createProgrammeReport, upsertGoal, upsertProgramme } from "@/lib/programme/mutations";
import { loadDemoWorkspace } from "@/prisma/demo/workspace";
import { DEMO_WORKSPACE } from "@/lib/review/demo-workspace";
import { listEntryIndicators, listEntryLines } from "@/lib/review/data";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";

const RUN = `${Date.now()}`;
const Y = 2080;
const actor = { userId: null, reason: "test document aanmaken" };
type UserKey = "controller" | "beheerder";

const f = {
  municipalityId: "",
  hilversumDocument: "",
  programmeId: "",
  goalId: "",
  indicatorId: "",
  lasten: "",
  baten: "",
  retired: "",
  begroting: "",
  users: {} as Record<UserKey, string>,
  memberships: [] as { userId: string; municipalityId: string; role: Role }[],
};

function as<I, T>(user: UserKey, action: AuthorizedServerAction<I, T>) {
  return withUserResolver(action, () => loadSessionUser(f.users[user]));
}

function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const approved = { reviewStatus: "GOEDGEKEURD" as const, sourceId: null, sourceLocation: null, explanation: null };
const noExtras = { benchmark: null, benchmarkLabel: null, printedGoalAchieved: null };
/** The form as the page posts it. */
function form(input: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ municipalityId: f.municipalityId, name: "", projectionYears: "", ...input })) data.set(name, value);
  return data;
}
const documentsOf = (kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN", year: number) =>
  db().pcDocument.findMany({ where: { municipalityId: f.municipalityId, kind, year, origin: { not: "RECONSTRUCTED" } }, select: { id: true } });

async function createdId(data: unknown): Promise<string> {
  if (typeof data !== "object" || data === null || !("id" in data) || typeof data.id !== "string") throw new Error(`not created: ${JSON.stringify(data)}`);
  return data.id;
}

beforeAll(async () => {
  const client = db();
  const z = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
  const h = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0402" } });
  f.municipalityId = z.id;
  f.hilversumDocument = (await client.pcDocument.findFirstOrThrow({ where: { municipalityId: h.id, origin: { not: "RECONSTRUCTED" } }, select: { id: true } })).id;
  const existing = await client.programme.findUnique({ where: { municipalityId_number: { municipalityId: z.id, number: "93" } } });
  expect(existing === null || existing.name.startsWith("Testprogramma document aanmaken"), "programma 93 bestaat al").toBe(true);
  f.programmeId = (await upsertProgramme(client, { municipalityId: z.id, number: "93", name: "Testprogramma document aanmaken", sortOrder: 93 })).id;
  f.goalId = (await upsertGoal(client, { programmeId: f.programmeId, parentId: null, level: "GOAL", code: "93.1", title: "Een veilige stad", sortOrder: 0 })).id;
  f.indicatorId = (
    await upsertIndicatorByKey(client, {
      municipalityId: z.id,
      importKey: `test-aanmaken-${RUN}`,
      programmeId: f.programmeId,
      goalId: f.goalId,
      name: "Veiligheidsgevoel",
      unit: "RAPPORTCIJFER",
      decimals: 1,
      direction: "HIGHER_IS_BETTER",
      frequency: "YEARLY",
      bbvMandatory: false,
      sortOrder: 0,
    })
  ).id;
  const line = async (key: string, category: "EXPENSES" | "INCOME", label: string, sortOrder: number) =>
    (await upsertBudgetLine(client, { municipalityId: z.id, programmeId: f.programmeId, goalId: null, key: `test-aanmaken-${key}-${RUN}`, product: null, functionCode: null, category, label, sortOrder })).id;
  f.lasten = await line("lasten", "EXPENSES", "Handhaving", 1);
  f.baten = await line("baten", "INCOME", "Leges", 2);
  f.retired = await line("weg", "EXPENSES", "Stopt na 2080", 3);
  await client.budgetLine.update({ where: { id: f.retired }, data: { retiredFromYear: Y + 1 } });

  // Begroting 2080, with a meerjarenraming of two years.
  f.begroting = (await upsertDocument(client, { municipalityId: z.id, kind: "BEGROTING", year: Y, title: `Testbegroting ${Y} ${RUN}`, status: "GEPUBLICEERD", projectionYears: 2 })).id;
  await createProgrammeReport(client, { documentId: f.begroting, programmeId: f.programmeId, introduction: "Zoetermeer is veilig.", sortOrder: 93 });
  await createGoalReport(client, { documentId: f.begroting, goalId: f.goalId, intended: "Inwoners voelen zich veilig.", financeExplanation: "Meer handhavers." });
  await createActivity(client, { documentId: f.begroting, programmeId: f.programmeId, goalId: f.goalId, code: "A93", title: "Buurtpreventie", description: "Samen met de buurt.", status: "IN_PROGRESS", sortOrder: 0 });
  await createActivity(client, { documentId: f.begroting, programmeId: f.programmeId, goalId: null, code: "A94", title: "Afgerond project", status: "COMPLETED", sortOrder: 1 });
  const budget = (budgetLineId: string, year: number, amount: bigint) => upsertBudgetFigure(client, { ...approved, budgetLineId, documentId: f.begroting, year, amount });
  await budget(f.lasten, Y, 1_000_000n);
  await budget(f.lasten, Y + 1, 1_050_000n);
  await budget(f.lasten, Y + 2, 1_100_000n);
  await budget(f.baten, Y, 400_000n);
  await budget(f.retired, Y, 5_000n);
  await budget(f.retired, Y + 1, 5_000n);
  const target = (year: number, value: string) => upsertIndicatorFigure(client, { ...approved, ...noExtras, indicatorId: f.indicatorId, documentId: f.begroting, year, dimensionValue: "", value });
  await target(Y, "7");
  await target(Y + 1, "7.2");

  const user = async (key: UserKey, role: Role) => {
    const u = await upsertUserByEmail(client, { email: `${key}-${RUN}@aanmaken.test`, name: `Aanmaaktest ${key}`, passwordHash: null }, actor);
    f.users[key] = u.id;
    await setMembership(client, { userId: u.id, municipalityId: z.id, role, programmeIds: [] }, actor);
    f.memberships.push({ userId: u.id, municipalityId: z.id, role });
  };
  await user("controller", "CONTROLLER");
  await user("beheerder", "BEHEERDER");
});

afterAll(async () => {
  const client = db();
  for (const m of f.memberships) await removeMembership(client, m, actor);
  for (const id of Object.values(f.users)) await setUserDisabled(client, id, true, actor);
  await client.pcDocument.deleteMany({ where: { municipalityId: f.municipalityId, year: { in: [Y, Y + 1, Y + 2] } } });
  await client.indicator.deleteMany({ where: { id: f.indicatorId } });
  await client.budgetLine.deleteMany({ where: { id: { in: [f.lasten, f.baten, f.retired] } } });
  await client.programme.deleteMany({ where: { id: f.programmeId } });
  await client.$disconnect();
});

describe("begroting Y+1 from begroting Y", () => {
  const input = () => form({ kind: "BEGROTING", year: String(Y + 1), projectionYears: "2", sourceId: f.begroting });

  it("previews the copy per programme and writes nothing", async () => {
    const data = expectOk(await as("controller", previewDocumentAction)(input()));
    if (!("preview" in data) || !data.preview) throw new Error(JSON.stringify(data));
    expect(data.preview.title).toBe(`Begroting ${Y + 1}`);
    expect(data.preview.source).toEqual({ id: f.begroting, title: `Testbegroting ${Y} ${RUN}` });
    expect(data.preview.summary.programmes).toEqual([
      // Handhaving's raming 2081 and 2082 and the streefwaarde 2081 carried; Leges had no raming: an empty slot; the retired line is left out.
      { programmeId: f.programmeId, goals: 1, indicators: 1, budgetLines: 2, carriedFigures: 3, carriedTargets: 1, emptySlots: 1, carriedAmounts: { EXPENSES: 1_050_000n, INCOME: 0n, RESERVE_ADDITION: 0n, RESERVE_WITHDRAWAL: 0n }, textsCopied: 4, activities: 1 },
    ]);
    expect(data.preview.programmeNames[f.programmeId]).toBe("93 Testprogramma document aanmaken");
    expect(await documentsOf("BEGROTING", Y + 1)).toEqual([]);
  });

  it("creates what the preview said: the meerjarenraming as the new primitief and raming, texts as a draft, all concept", async () => {
    const preview = expectOk(await as("controller", previewDocumentAction)(input()));
    const id = await createdId(expectOk(await as("controller", createDocumentAction)(input())));
    const document = await db().pcDocument.findUniqueOrThrow({ where: { id } });
    expect(document).toMatchObject({ kind: "BEGROTING", year: Y + 1, sequence: 0, projectionYears: 2, origin: "ENTERED", status: "CONCEPT", title: `Begroting ${Y + 1}` });

    const lines = await db().budgetFigure.findMany({ where: { documentId: id }, orderBy: [{ budgetLineId: "asc" }, { year: "asc" }], select: { budgetLineId: true, year: true, amount: true, reviewStatus: true } });
    expect(new Set(lines.map((l) => l.reviewStatus))).toEqual(new Set(["CONCEPT"]));
    expect(lines.map(({ budgetLineId, year, amount }) => [budgetLineId, year, amount]).sort()).toEqual(
      [
        [f.lasten, Y + 1, 1_050_000n],
        [f.lasten, Y + 2, 1_100_000n],
        [f.baten, Y + 1, null],
      ].sort(),
    );
    const targets = await db().indicatorFigure.findMany({ where: { documentId: id }, select: { year: true, value: true, reviewStatus: true } });
    expect(targets.map((t) => [t.year, t.value?.toString() ?? null, t.reviewStatus])).toEqual([[Y + 1, "7.2", "CONCEPT"]]);
    const goalReport = await db().goalReport.findUniqueOrThrow({ where: { documentId_goalId: { documentId: id, goalId: f.goalId } } });
    // Texts as a concept draft, marked as not yet revised (decision 011).
    expect(goalReport).toMatchObject({ intended: "Inwoners voelen zich veilig.", financeExplanation: "Meer handhavers.", achieved: null, done: null, reviewStatus: "CONCEPT", carriedFromId: f.begroting });
    expect(await db().programmeReport.findUniqueOrThrow({ where: { documentId_programmeId: { documentId: id, programmeId: f.programmeId } } })).toMatchObject({
      introduction: "Zoetermeer is veilig.",
      reviewStatus: "CONCEPT",
      carriedFromId: f.begroting,
    });
    // The activity under way stays under way; the completed one stays behind.
    const activities = await db().activity.findMany({ where: { documentId: id }, select: { code: true, title: true, goalId: true, status: true, description: true, reviewStatus: true, carriedFromId: true } });
    expect(activities).toEqual([
      { code: "A93", title: "Buurtpreventie", goalId: f.goalId, status: "IN_PROGRESS", description: "Samen met de buurt.", reviewStatus: "CONCEPT", carriedFromId: f.begroting },
    ]);

    // The preview's totals are what was written.
    if (!("preview" in preview) || !preview.preview) throw new Error("no preview");
    const { totals } = preview.preview.summary;
    expect(await db().programmeReport.count({ where: { documentId: id } })).toBe(totals.programmes);
    expect(await db().goalReport.count({ where: { documentId: id } })).toBe(totals.goals);
    expect(lines.length + targets.length).toBe(totals.carriedFigures + totals.emptySlots);

    const audit = await db().auditEntry.findMany({ where: { entityType: "PcDocument", entityId: id }, select: { action: true, userId: true, newValue: true } });
    expect(audit).toEqual([
      {
        action: "create",
        userId: f.users.controller,
        newValue: {
          title: `Begroting ${Y + 1}`,
          kind: "BEGROTING",
          year: Y + 1,
          sequence: 0,
          source: { id: f.begroting, title: `Testbegroting ${Y} ${RUN}` },
          programmes: 1,
          goals: 1,
          indicators: 1,
          budgetLines: 2,
          carriedFigures: 3,
          emptySlots: 1,
          activities: 1,
          textsCopied: 4,
        },
      },
    ]);
  });

  it("refuses a second begroting of that year in Dutch, and writes nothing", async () => {
    const result = expectOk(await as("beheerder", createDocumentAction)(input()));
    expect(result).toEqual({
      refused: `Er is al een begroting ${Y + 1} voor deze gemeente. Kies een ander jaar.`,
      fieldErrors: { year: [`Er is al een begroting ${Y + 1} voor deze gemeente. Kies een ander jaar.`] },
    });
    expect(await documentsOf("BEGROTING", Y + 1)).toHaveLength(1);
  });
});

describe("jaarstukken and bestuursrapportage from the begroting of their year", () => {
  it("gives the jaarstukken an empty realisatie slot per line and indicator, which the werkplek entry shows", async () => {
    const id = await createdId(expectOk(await as("beheerder", createDocumentAction)(form({ kind: "JAARSTUKKEN", year: String(Y), sourceId: f.begroting }))));
    const scope = memberScope(unsafeAuthorizeMunicipality(f.municipalityId));
    const document = { id, kind: "JAARSTUKKEN" as const, year: Y };
    const lines = await listEntryLines(scope, document, f.programmeId);
    // Retired from 2081: still a line of 2080.
    expect(lines.map((l) => [l.label, l.stage, l.amount, l.reviewStatus])).toEqual([
      ["Handhaving", "REALISATIE", null, "CONCEPT"],
      ["Leges", "REALISATIE", null, "CONCEPT"],
      ["Stopt na 2080", "REALISATIE", null, "CONCEPT"],
    ]);
    const indicators = await listEntryIndicators(scope, document, f.programmeId);
    expect(indicators.map((i) => [i.stage, i.value])).toEqual([["REALISATIE", null]]);
    // Only the begroting's intention, shown read-only beside the jaarstukken' own answers: no draft, so not marked.
    expect(await db().goalReport.findUniqueOrThrow({ where: { documentId_goalId: { documentId: id, goalId: f.goalId } } })).toMatchObject({
      intended: "Inwoners voelen zich veilig.",
      financeExplanation: null,
      achieved: null,
      done: null,
      carriedFromId: null,
    });
    expect(await db().activity.findMany({ where: { documentId: id }, select: { code: true, status: true }, orderBy: { sortOrder: "asc" } })).toEqual([
      { code: "A93", status: "IN_PROGRESS" },
      { code: "A94", status: "COMPLETED" },
    ]);
  });

  it("numbers a bestuursrapportage, gives it empty prognose slots, and refuses the same name twice", async () => {
    const input = form({ kind: "BESTUURSRAPPORTAGE", year: String(Y), name: `Najaarsnota ${Y}`, sourceId: f.begroting });
    const id = await createdId(expectOk(await as("controller", createDocumentAction)(input)));
    expect(await db().pcDocument.findUniqueOrThrow({ where: { id }, select: { sequence: true, title: true, name: true } })).toEqual({ sequence: 1, title: `Najaarsnota ${Y}`, name: `Najaarsnota ${Y}` });
    expect(await db().budgetFigure.count({ where: { documentId: id, year: Y, amount: null } })).toBe(3);
    expect(expectOk(await as("controller", createDocumentAction)(input))).toMatchObject({
      refused: `Er is al een bestuursrapportage "Najaarsnota ${Y}" in ${Y}. Kies een andere naam.`,
    });
    expect(await documentsOf("BESTUURSRAPPORTAGE", Y)).toHaveLength(1);
  });
});

describe("starting points that are refused", () => {
  it("never starts from a reconstructed document or another municipality's", async () => {
    const reconstruction = await ensureReconstruction(db(), { printing: { id: f.begroting, municipalityId: f.municipalityId, title: "Testbegroting" }, kind: "BEGROTING", year: Y + 1 });
    const fromReconstruction = await as("beheerder", previewDocumentAction)(form({ kind: "BEGROTING", year: String(Y + 2), sourceId: reconstruction.id }));
    expect(expectOk(fromReconstruction)).toMatchObject({ refused: "Een gereconstrueerd document (zoals gedrukt in een ander document) kan geen startpunt zijn." });
    const fromHilversum = await as("beheerder", previewDocumentAction)(form({ kind: "BEGROTING", year: String(Y + 2), sourceId: f.hilversumDocument }));
    expect(expectOk(fromHilversum)).toMatchObject({ refused: "Dit startpunt bestaat niet (meer) bij deze gemeente. Kies een ander startpunt." });
    expect(await documentsOf("BEGROTING", Y + 2)).toEqual([]);
  });

  it("keeps the figures a document owns: a jaarstukken cannot start from the begroting of another year", async () => {
    const result = await as("beheerder", previewDocumentAction)(form({ kind: "JAARSTUKKEN", year: String(Y + 2), sourceId: f.begroting }));
    expect(expectOk(result)).toMatchObject({ refused: `De jaarstukken ${Y + 2} start vanuit de begroting ${Y + 2}.` });
  });

  it("refuses bad input with Dutch errors per field", async () => {
    const result = await as("beheerder", previewDocumentAction)(form({ kind: "NOTA", year: "twintig", sourceId: "" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors).toMatchObject({ kind: ["Kies het soort document"], year: ["Vul een jaartal in tussen 1990 en 2100"] });
  });
});

describe("on the demo data (Zoetermeer)", () => {
  it("plans begroting 2025 from Jaarstukken 2024 as structure with empty slots, and refuses it because the demo's begroting 2025 exists", async () => {
    const jaarstukken = await db().pcDocument.findFirstOrThrow({ where: { municipalityId: f.municipalityId, kind: "JAARSTUKKEN", year: 2024, origin: { not: "RECONSTRUCTED" } }, select: { id: true } });
    const read = await readCopySource(db(), f.municipalityId, jaarstukken.id);
    const planned = planCopy(read!.source, { kind: "BEGROTING", year: 2025, projectionYears: 3 });
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.mode).toBe("STRUCTURE_ONLY");
    expect(planned.plan.programmeReports.length).toBe(read!.source.programmeReports.length);
    expect(planned.plan.budgetFigures.length).toBe(new Set(read!.source.budgetFigures.map((b) => b.budgetLineId)).size);
    expect(planned.plan.budgetFigures.length).toBeGreaterThan(0);
    expect(planned.plan.budgetFigures.every((b) => b.year === 2025 && b.amount === null)).toBe(true);
    expect(planned.plan.indicatorFigures.length).toBeGreaterThan(0);
    expect(planned.plan.indicatorFigures.every((i) => i.year === 2025 && i.value === null)).toBe(true);

    const result = await as("beheerder", createDocumentAction)(form({ kind: "BEGROTING", year: "2025", sourceId: jaarstukken.id }));
    expect(expectOk(result)).toMatchObject({ refused: "Er is al een begroting 2025 voor deze gemeente. Kies een ander jaar." });
  });
});

describe("begroting 2025 of Zoetermeer from its Jaarstukken 2024 (the demo data)", () => {
  // The demo's own begroting 2025 (a werkdocument) is set aside for this test and made anew afterwards.
  const begroting2025 = () => db().pcDocument.findFirst({ where: { municipalityId: f.municipalityId, kind: "BEGROTING", year: 2025, origin: { not: "RECONSTRUCTED" } }, select: { id: true, title: true } });
  afterAll(async () => {
    const made = await begroting2025();
    if (made && made.title !== DEMO_WORKSPACE.budgetTitle) await db().pcDocument.delete({ where: { id: made.id } });
    await loadDemoWorkspace(db());
  });

  it("carries the texts and activities as a concept draft marked as not yet revised", async () => {
    const demo = await begroting2025();
    if (demo) await db().pcDocument.delete({ where: { id: demo.id } });
    const jaarstukken = await db().pcDocument.findFirstOrThrow({ where: { municipalityId: f.municipalityId, kind: "JAARSTUKKEN", year: 2024, origin: { not: "RECONSTRUCTED" } }, select: { id: true } });
    const source = await db().goalReport.findMany({ where: { documentId: jaarstukken.id, intended: { not: null } }, select: { goalId: true, intended: true } });
    expect(source.length).toBeGreaterThan(0);

    const id = await createdId(expectOk(await as("beheerder", createDocumentAction)(form({ kind: "BEGROTING", year: "2025", projectionYears: "3", sourceId: jaarstukken.id }))));
    const goals = await db().goalReport.findMany({ where: { documentId: id }, select: { goalId: true, intended: true, achieved: true, done: true, reviewStatus: true, carriedFromId: true } });
    for (const s of source) {
      // The intention as the jaarstukken printed it, never their answers.
      expect(goals.find((g) => g.goalId === s.goalId)).toEqual({ goalId: s.goalId, intended: s.intended, achieved: null, done: null, reviewStatus: "CONCEPT", carriedFromId: jaarstukken.id });
    }
    const activities = await db().activity.findMany({ where: { documentId: id }, select: { status: true, reviewStatus: true, carriedFromId: true } });
    const sourceActivities = await db().activity.count({ where: { documentId: jaarstukken.id, status: { notIn: ["COMPLETED", "CANCELLED"] } } });
    expect(activities).toHaveLength(sourceActivities);
    expect(activities.every((a) => a.reviewStatus === "CONCEPT" && a.carriedFromId === jaarstukken.id)).toBe(true);
  });
});
