// The texts of a programme, goal or activity (decision 011), through the real
// actions: the advisor saves them as typed (only the columns the document
// kind asks), a stale tab is refused, submitting sends them to the
// controller, who approves (never their own: four eyes) or returns them with
// a question; saving clears "nog niet herzien". Built on Zoetermeer
// programme 6 in a year of its own; every test makes its own goal or activity.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/auth/result";
import { approveTextsAction, returnTextsAction, saveTextsAction } from "@/lib/text/actions";
import { TEXT_MESSAGES } from "@/lib/text/rules";
import { listProgrammeTexts } from "@/lib/text/data";
import { PUBLIC_SCOPE, memberScope, unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import { getGoalTree, listActivities } from "@/lib/programme/data";
import { upsertDocument } from "@/lib/document/mutations";
import { as, buildFixture, destroyFixture, type Fixture } from "./workflow-fixture";

const YEAR = 2087;
let f: Fixture;
const goalIds: string[] = [];
const extraDocuments: string[] = [];
let n = 0;

beforeAll(async () => {
  f = await buildFixture(YEAR);
});

afterAll(async () => {
  await db().pcDocument.deleteMany({ where: { id: { in: extraDocuments } } });
  await destroyFixture(f);
  await db().goal.deleteMany({ where: { id: { in: goalIds } } });
  await db().$disconnect();
});

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

function failed(result: ActionResult<unknown>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result;
}

/** A goal of programme 6 with its report in the test jaarstukken (or begroting), for one test. */
async function goalText(data: { intended?: string; achieved?: string; carriedFromId?: string; document?: "jaarstukken" | "begroting" } = {}) {
  const { document = "jaarstukken", ...texts } = data;
  const goal = await db().goal.create({ data: { programmeId: f.programmeId, level: "GOAL", code: `T${YEAR}.${++n}`, title: `Testdoel teksten ${f.run} ${n}`, sortOrder: 900 + n } });
  goalIds.push(goal.id);
  const documentId = document === "begroting" ? f.budgetDocumentId : f.documentId;
  return db().goalReport.create({ data: { documentId, goalId: goal.id, ...texts }, select: { id: true, version: true } });
}

const goalRow = (id: string) => db().goalReport.findUniqueOrThrow({ where: { id } });
const history = (id: string) =>
  db().auditEntry.findMany({ where: { entityType: "GoalReport", entityId: id }, orderBy: { id: "asc" }, select: { userId: true, action: true, field: true, oldValue: true, newValue: true, reason: true } });

/** The form as the texts page posts it for a goal in the jaarstukken. */
async function form(id: string, typed: Record<string, string>, intent: "save" | "submit" = "save") {
  const row = await goalRow(id);
  return { kind: "goalText" as const, id, version: String(row.version), intent, ...typed };
}

async function submitted(typed: Record<string, string> = { achieved: "Gehaald." }, by: "advisor" | "dualRole" = "advisor") {
  const row = await goalText();
  ok(await as(f, by, saveTextsAction)(await form(row.id, typed, "submit")));
  return goalRow(row.id);
}

describe("saving texts", () => {
  it("stores the texts as typed, only the questions of the jaarstukken, with one audit entry per changed field", async () => {
    const row = await goalText({ intended: "Uit de begroting." });
    const achieved = "Het doel is gehaald.\n\n- meer handhavers\n- minder overlast\n\n## Toelichting\nZie **hieronder**.";
    const result = ok(await as(f, "advisor", saveTextsAction)(await form(row.id, { achieved, done: "Veel gedaan.", intended: "Overschreven?" })));
    expect(result).toEqual({ message: "De teksten zijn opgeslagen (2 teksten gewijzigd)." });
    const saved = await goalRow(row.id);
    // "Wat wilden we bereiken?" is the begroting's, read-only in the jaarstukken: a posted value is ignored.
    expect(saved).toMatchObject({ achieved, done: "Veel gedaan.", intended: "Uit de begroting.", reviewStatus: "CONCEPT", version: row.version + 1, updatedById: f.users.advisor });
    expect(await history(row.id)).toEqual([
      { userId: f.users.advisor, action: "update", field: "achieved", oldValue: null, newValue: achieved, reason: null },
      { userId: f.users.advisor, action: "update", field: "done", oldValue: null, newValue: "Veel gedaan.", reason: null },
    ]);
  });

  it("refuses a save from a stale tab and overwrites nothing", async () => {
    const row = await goalText();
    const stale = await form(row.id, { achieved: "Eerste" });
    ok(await as(f, "advisor2", saveTextsAction)(await form(row.id, { achieved: "Van de collega" })));
    const result = failed(await as(f, "advisor", saveTextsAction)(stale));
    expect([result.code, result.message]).toEqual(["CONFLICT", TEXT_MESSAGES.stale]);
    expect((await goalRow(row.id)).achieved).toBe("Van de collega");
  });

  it("refuses a text over 20.000 characters in Dutch, on its field", async () => {
    const row = await goalText();
    const result = failed(await as(f, "advisor", saveTextsAction)(await form(row.id, { achieved: "x".repeat(20_001) })));
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors).toEqual({ achieved: ["Een tekst mag maximaal 20.000 tekens lang zijn"] });
    expect((await goalRow(row.id)).achieved).toBeNull();
  });

  it("clears 'nog niet herzien' on the first save, even when the copied text stays as it was", async () => {
    const row = await goalText({ intended: "Veilig", carriedFromId: f.budgetDocumentId, document: "begroting" });
    const before = await goalRow(row.id);
    expect(before.carriedFromId).toBe(f.budgetDocumentId);
    const scope = memberScope(unsafeAuthorizeMunicipality(f.municipalityId));
    const listed = (await listProgrammeTexts(scope, f.budgetDocumentId, f.programmeId)).goals.find((g) => g.id === row.id);
    expect(listed?.carriedFrom).toEqual({ id: f.budgetDocumentId, title: `Testbegroting ${YEAR}` });

    ok(await as(f, "advisor", saveTextsAction)(await form(row.id, { intended: "Veilig", planned: "", financeExplanation: "" })));
    expect(await goalRow(row.id)).toMatchObject({ carriedFromId: null, intended: "Veilig", version: before.version + 1 });
    expect((await history(row.id)).map((h) => [h.field, h.oldValue, h.newValue])).toEqual([["carriedFromId", f.budgetDocumentId, null]]);
  });
});

describe("submitting and reviewing texts", () => {
  it("submits the texts to the controller, who approves them; both steps audited", async () => {
    const row = await submitted();
    expect(row.reviewStatus).toBe("INGEDIEND");
    expect(ok(await as(f, "controller", approveTextsAction)({ kind: "goalText", id: row.id, version: row.version, comment: "" }))).toEqual({ message: "Goedgekeurd." });
    expect(await goalRow(row.id)).toMatchObject({ reviewStatus: "GOEDGEKEURD", version: row.version + 1 });
    expect((await history(row.id)).map((h) => [h.userId, h.action, h.field, h.newValue])).toEqual([
      [f.users.advisor, "update", "achieved", "Gehaald."],
      [f.users.advisor, "submit", "reviewStatus", "INGEDIEND"],
      [f.users.controller, "approve", "reviewStatus", "GOEDGEKEURD"],
    ]);
  });

  it("refuses to submit nothing", async () => {
    const row = await goalText();
    expect(ok(await as(f, "advisor", saveTextsAction)(await form(row.id, {}, "submit")))).toEqual({ refused: TEXT_MESSAGES.nothingToSubmit, fieldErrors: {} });
    expect((await goalRow(row.id)).reviewStatus).toBe("CONCEPT");
  });

  it("four eyes: a controller who wrote the texts (also an advisor) cannot approve them; another controller can", async () => {
    const row = await submitted({ achieved: "Zelf geschreven." }, "dualRole");
    const own = failed(await as(f, "dualRole", approveTextsAction)({ kind: "goalText", id: row.id, version: row.version, comment: "" }));
    expect([own.code, own.message]).toEqual(["SELF_REVIEW", TEXT_MESSAGES.selfReview]);
    expect((await goalRow(row.id)).reviewStatus).toBe("INGEDIEND");
    ok(await as(f, "controller", approveTextsAction)({ kind: "goalText", id: row.id, version: row.version, comment: "" }));
    expect((await goalRow(row.id)).reviewStatus).toBe("GOEDGEKEURD");
  });

  it("returns the texts with a required question, answered by changing them", async () => {
    const row = await submitted();
    const noQuestion = failed(await as(f, "controller", returnTextsAction)({ kind: "goalText", id: row.id, version: row.version, comment: "" }));
    expect(noQuestion.fieldErrors).toEqual({ comment: ["Schrijf bij het terugsturen uw vraag of opmerking"] });

    ok(await as(f, "controller", returnTextsAction)({ kind: "goalText", id: row.id, version: row.version, comment: "Noem de cijfers." }));
    expect(await goalRow(row.id)).toMatchObject({ reviewStatus: "TERUGGESTUURD", reviewComment: "Noem de cijfers." });
    const scope = memberScope(unsafeAuthorizeMunicipality(f.municipalityId));
    const listed = (await listProgrammeTexts(scope, f.documentId, f.programmeId)).goals.find((g) => g.id === row.id);
    expect(listed).toMatchObject({ reviewStatus: "TERUGGESTUURD", reviewComment: "Noem de cijfers." });

    expect(ok(await as(f, "advisor", saveTextsAction)(await form(row.id, { achieved: "Gehaald." }, "submit")))).toEqual({ refused: TEXT_MESSAGES.answerReturned, fieldErrors: {} });
    ok(await as(f, "advisor", saveTextsAction)(await form(row.id, { achieved: "Gehaald: 8 van de 10." }, "submit")));
    expect(await goalRow(row.id)).toMatchObject({ reviewStatus: "INGEDIEND", achieved: "Gehaald: 8 van de 10." });
  });

  it("approving a version the controller did not see is refused", async () => {
    const row = await submitted();
    const result = failed(await as(f, "controller", approveTextsAction)({ kind: "goalText", id: row.id, version: row.version - 1, comment: "" }));
    expect([result.code, result.message]).toEqual(["CONFLICT", TEXT_MESSAGES.decidedStale]);
  });
});

describe("who may write", () => {
  it("the controller, a lezer and another municipality's advisor may not write an advisor's texts", async () => {
    const row = await goalText();
    for (const user of ["controller", "lezer", "hilversumAdvisor"] as const) {
      expect(failed(await as(f, user, saveTextsAction)(await form(row.id, { achieved: "Niet van mij" }))).code).toBe("FORBIDDEN");
    }
    expect((await goalRow(row.id)).achieved).toBeNull();
  });

  it("an activity's texts are the advisor's too, and a vastgesteld document takes no text", async () => {
    const activity = await db().activity.create({ data: { documentId: f.budgetDocumentId, programmeId: f.programmeId, title: `Testactiviteit ${f.run}`, sortOrder: 0 }, select: { id: true, version: true } });
    const post = (version: number, description: string) => ({ kind: "activityText" as const, id: activity.id, version: String(version), description });
    ok(await as(f, "advisor", saveTextsAction)(post(activity.version, "Met de buurt.")));
    expect(await db().activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ description: "Met de buurt.", version: activity.version + 1 });

    const adopted = await upsertDocument(db(), { municipalityId: f.municipalityId, kind: "BESTUURSRAPPORTAGE", year: YEAR, sequence: 1, title: `Testbestuursrapportage ${f.run}`, status: "VASTGESTELD" });
    extraDocuments.push(adopted.id);
    const locked = await db().activity.create({ data: { documentId: adopted.id, programmeId: f.programmeId, title: `Testactiviteit ${f.run}`, sortOrder: 0 }, select: { id: true, version: true } });
    const refused = failed(await as(f, "advisor", saveTextsAction)({ kind: "activityText" as const, id: locked.id, version: String(locked.version), description: "Later" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect((await db().activity.findUniqueOrThrow({ where: { id: locked.id } })).description).toBeNull();
  });
});

describe("what the public reads", () => {
  it("shows the texts of a published document once approved, as it shows figures", async () => {
    const published = await upsertDocument(db(), { municipalityId: f.municipalityId, kind: "BESTUURSRAPPORTAGE", year: YEAR, sequence: 2, title: `Gepubliceerd ${f.run}`, status: "GEPUBLICEERD" });
    extraDocuments.push(published.id);
    const goal = await db().goal.create({ data: { programmeId: f.programmeId, level: "GOAL", code: `T${YEAR}.P`, title: `Publiek testdoel ${f.run}`, sortOrder: 999 } });
    goalIds.push(goal.id);
    await db().goalReport.create({ data: { documentId: published.id, goalId: goal.id, intended: "Goedgekeurd doel", reviewStatus: "GOEDGEKEURD" } });
    await db().activity.create({ data: { documentId: published.id, programmeId: f.programmeId, title: "Niet beoordeeld", description: "Nog concept", sortOrder: 0 } });

    const [tree] = await getGoalTree(PUBLIC_SCOPE, published.id, f.programmeId);
    expect(tree).toMatchObject({ title: `Publiek testdoel ${f.run}`, intended: "Goedgekeurd doel" });
    expect(await listActivities(PUBLIC_SCOPE, published.id, f.programmeId)).toMatchObject([{ title: "Niet beoordeeld", description: null }]);
    // The werkplek reads every text of its municipality.
    const scope = memberScope(unsafeAuthorizeMunicipality(f.municipalityId));
    expect(await listActivities(scope, published.id, f.programmeId)).toMatchObject([{ description: "Nog concept" }]);
  });
});
