// The structure editor (issue 10 point 2) through the real actions, as the
// beheerder of Zoetermeer: programmes, the goal tree and activities of a fresh
// concept begroting in a year the demo does not use. Adds, renames, reorders,
// moves (and a refused invalid move), deletes what only this document refers
// to and RETIRES what an adopted document reports on — whose old document
// still shows it — writes audit entries, and the next begroting copied from
// the edited one has exactly the edited structure. The documents, programmes
// and users are removed afterwards (audit entries are append-only and stay).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import { memberScope, unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import type { ActionResult } from "@/lib/auth/result";
import { createDocumentAction } from "@/lib/document/actions";
import { readCopySource } from "@/lib/document/data";
import { upsertDocument } from "@/lib/document/mutations";
import { planCopy } from "@/lib/document/plan-copy";
import { upsertBudgetFigure, upsertBudgetLine } from "@/lib/finance/mutations";
import { createGoalReport, createProgrammeReport, upsertGoal, upsertProgramme } from "@/lib/programme/mutations";
import { getGoalTree, listProgrammesInDocument } from "@/lib/programme/data";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";
import {
  addActivityAction,
  addGoalAction,
  createProgrammeAction,
  deleteActivityAction,
  deleteGoalAction,
  deleteProgrammeAction,
  editActivityAction,
  editGoalAction,
  editProgrammeAction,
  moveGoalAction,
  moveProgrammeAction,
  reorderActivityAction,
  reorderGoalAction,
  retireGoalAction,
} from "@/lib/structure/actions";

const RUN = `${Date.now()}`;
const Y = 2066;
const actor = { userId: null, reason: "test opbouw bewerken" };

const f = {
  municipalityId: "",
  userId: "",
  concept: "",
  adopted: "",
  /** Programme 71: reported in the adopted jaarstukken Y-1 (with a figure there) and in the concept. */
  history: "",
  historyGoal: "",
  historyLine: "",
  programmes: [] as string[],
};

function as<I, T>(action: AuthorizedServerAction<I, T>) {
  return withUserResolver(action, () => loadSessionUser(f.userId));
}

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const scope = () => memberScope(unsafeAuthorizeMunicipality(f.municipalityId));
const programmesOf = async (documentId: string) => (await listProgrammesInDocument(scope(), documentId)).map((p) => `${p.number} ${p.name}`);
const programmeByNumber = (number: string) => db().programme.findUniqueOrThrow({ where: { municipalityId_number: { municipalityId: f.municipalityId, number } } });
const goalByCode = async (programmeId: string, code: string) => db().goal.findUniqueOrThrow({ where: { programmeId_code: { programmeId, code } } });
type Node = { code: string | null; title: string; children: Node[] };
const outline = (nodes: Node[]): unknown[] => nodes.map((n) => (n.children.length ? [n.code ?? n.title, outline(n.children)] : (n.code ?? n.title)));

beforeAll(async () => {
  const client = db();
  const z = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
  f.municipalityId = z.id;
  for (const number of ["71", "72", "73", "74"]) {
    const existing = await client.programme.findUnique({ where: { municipalityId_number: { municipalityId: z.id, number } } });
    expect(existing, `programma ${number} bestaat al`).toBeNull();
  }
  f.concept = (await upsertDocument(client, { municipalityId: z.id, kind: "BEGROTING", year: Y, title: `Testbegroting opbouw ${Y} ${RUN}`, status: "CONCEPT" })).id;
  f.adopted = (await upsertDocument(client, { municipalityId: z.id, kind: "JAARSTUKKEN", year: Y - 1, title: `Testjaarstukken opbouw ${Y - 1} ${RUN}`, status: "VASTGESTELD" })).id;
  f.history = (await upsertProgramme(client, { municipalityId: z.id, number: "71", name: "Testprogramma met geschiedenis", sortOrder: 71 })).id;
  f.programmes.push(f.history);
  f.historyGoal = (await upsertGoal(client, { programmeId: f.history, parentId: null, level: "GOAL", code: "71.1", title: "Doel met geschiedenis", sortOrder: 1 })).id;
  f.historyLine = (
    await upsertBudgetLine(client, { municipalityId: z.id, programmeId: f.history, goalId: null, key: `test-opbouw-${RUN}`, product: null, functionCode: null, category: "EXPENSES", label: "Handhaving", sortOrder: 1 })
  ).id;
  for (const documentId of [f.adopted, f.concept]) {
    await createProgrammeReport(client, { documentId, programmeId: f.history, sortOrder: 1 });
    await createGoalReport(client, { documentId, goalId: f.historyGoal });
  }
  await upsertBudgetFigure(client, { budgetLineId: f.historyLine, documentId: f.adopted, year: Y - 1, amount: 1000n, explanation: null, reviewStatus: "GOEDGEKEURD", sourceId: null, sourceLocation: null });

  const user = await upsertUserByEmail(client, { email: `beheerder-${RUN}@opbouw.test`, name: "Opbouwtest beheerder", passwordHash: null }, actor);
  f.userId = user.id;
  await setMembership(client, { userId: user.id, municipalityId: z.id, role: "BEHEERDER", programmeIds: [] }, actor);
});

afterAll(async () => {
  const client = db();
  await removeMembership(client, { userId: f.userId, municipalityId: f.municipalityId, role: "BEHEERDER" }, actor);
  await setUserDisabled(client, f.userId, true, actor);
  await client.pcDocument.deleteMany({ where: { municipalityId: f.municipalityId, year: { in: [Y - 1, Y, Y + 1] } } });
  await client.programme.deleteMany({ where: { municipalityId: f.municipalityId, number: { in: ["71", "72", "73", "74"] } } });
  await client.$disconnect();
});

describe("programmes", () => {
  it("adds programmes to the concept document, last in its order", async () => {
    expect(ok(await as(createProgrammeAction)({ documentId: f.concept, number: "72", name: "Wonen" }))).toEqual({ message: "Programma 72 Wonen is toegevoegd." });
    ok(await as(createProgrammeAction)({ documentId: f.concept, number: "73", name: "Tijdelijk" }));
    expect(await programmesOf(f.concept)).toEqual(["71 Testprogramma met geschiedenis", "72 Wonen", "73 Tijdelijk"]);
    f.programmes.push((await programmeByNumber("72")).id, (await programmeByNumber("73")).id);
  });

  it("refuses a number the municipality already has, naming that programme and keeping nothing half-done", async () => {
    const result = ok(await as(createProgrammeAction)({ documentId: f.concept, number: "71", name: "Nog een" }));
    expect(result).toEqual({ refused: "Het programma is niet opgeslagen.", fieldErrors: { number: ["Er is al een programma 71 (Testprogramma met geschiedenis). Kies een ander nummer."] } });
    const invalid = await as(createProgrammeAction)({ documentId: f.concept, number: "7 / 2", name: "" });
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(["name", "number"]);
  });

  it("renames and renumbers, and moves a programme up", async () => {
    const p72 = await programmeByNumber("72");
    expect(ok(await as(editProgrammeAction)({ documentId: f.concept, programmeId: p72.id, number: "74", name: "Wonen en bouwen" }))).toEqual({
      message: "Programma 74 Wonen en bouwen is opgeslagen.",
    });
    expect(ok(await as(moveProgrammeAction)({ documentId: f.concept, programmeId: p72.id, direction: "up" }))).toEqual({ message: "Programma 74 staat nu op plaats 1." });
    expect(ok(await as(moveProgrammeAction)({ documentId: f.concept, programmeId: p72.id, direction: "up" }))).toEqual({ refused: "Dit staat al bovenaan.", fieldErrors: {} });
    expect(await programmesOf(f.concept)).toEqual(["74 Wonen en bouwen", "71 Testprogramma met geschiedenis", "73 Tijdelijk"]);
  });
});

describe("the goal tree", () => {
  let p: string;
  beforeAll(async () => {
    p = (await programmeByNumber("74")).id;
  });
  const add = (level: string, parentId: string, code: string, title: string) =>
    as(addGoalAction)({ documentId: f.concept, programmeId: p, level, parentId, code, title } as never);

  it("builds algemene doelstelling → doelstellingen → subdoelen", async () => {
    expect(ok(await add("GENERAL", "", "74.0", "Goed wonen"))).toEqual({ message: "Algemene doelstelling 74.0 Goed wonen is toegevoegd." });
    const general = await goalByCode(p, "74.0");
    ok(await add("GOAL", general.id, "74.1", "Genoeg woningen"));
    const goal = await goalByCode(p, "74.1");
    ok(await add("SUBGOAL", goal.id, "74.1.1", "Sociale huur"));
    ok(await add("GOAL", "", "74.2", "Duurzaam bouwen"));
    expect(outline(await getGoalTree(scope(), f.concept, p))).toEqual([["74.0", [["74.1", ["74.1.1"]]]], "74.2"]);
  });

  it("refuses a subdoel without a doelstelling above it, and a duplicate code", async () => {
    expect(ok(await add("SUBGOAL", "", "74.9", "Los subdoel"))).toEqual({
      refused: "Het doel is niet toegevoegd.",
      fieldErrors: { parentId: ["Een subdoel valt onder een doelstelling. Kies de doelstelling waaronder het valt."] },
    });
    expect(ok(await add("GOAL", "", "74.1", "Dubbel"))).toEqual({
      refused: "Het doel is niet toegevoegd.",
      fieldErrors: { code: ["Er is in dit programma al een doel met code 74.1. Kies een andere code of laat de code leeg."] },
    });
  });

  it("renames, reorders among siblings and moves within the rules", async () => {
    const g2 = await goalByCode(p, "74.2");
    ok(await as(editGoalAction)({ documentId: f.concept, goalId: g2.id, code: "74.2", title: "Duurzaam en betaalbaar bouwen" }));
    expect(ok(await as(reorderGoalAction)({ documentId: f.concept, goalId: g2.id, direction: "up" }))).toEqual({
      message: "Doelstelling 74.2 Duurzaam en betaalbaar bouwen staat nu op plaats 1.",
    });
    expect(outline(await getGoalTree(scope(), f.concept, p))).toEqual(["74.2", ["74.0", [["74.1", ["74.1.1"]]]]]);

    const general = await goalByCode(p, "74.0");
    expect(ok(await as(moveGoalAction)({ documentId: f.concept, goalId: g2.id, parentId: general.id }))).toEqual({
      message: "Doelstelling 74.2 Duurzaam en betaalbaar bouwen staat nu onder Algemene doelstelling 74.0 Goed wonen.",
    });
    const sub = await goalByCode(p, "74.1.1");
    ok(await as(moveGoalAction)({ documentId: f.concept, goalId: sub.id, parentId: g2.id }));
    expect(outline(await getGoalTree(scope(), f.concept, p))).toEqual([["74.0", ["74.1", ["74.2", ["74.1.1"]]]]]);
  });

  it("refuses a move that would break the tree, and changes nothing", async () => {
    const sub = await goalByCode(p, "74.1.1");
    const general = await goalByCode(p, "74.0");
    const goal = await goalByCode(p, "74.1");
    expect(ok(await as(moveGoalAction)({ documentId: f.concept, goalId: sub.id, parentId: "" }))).toEqual({
      refused: "Het doel is niet verplaatst.",
      fieldErrors: { parentId: ["Een subdoel valt onder een doelstelling. Kies de doelstelling waaronder het valt."] },
    });
    expect(ok(await as(moveGoalAction)({ documentId: f.concept, goalId: general.id, parentId: goal.id }))).toMatchObject({
      fieldErrors: { parentId: ["Een doel kan niet onder zichzelf of onder een van zijn eigen subdoelen vallen."] },
    });
    expect(outline(await getGoalTree(scope(), f.concept, p))).toEqual([["74.0", ["74.1", ["74.2", ["74.1.1"]]]]]);
  });
});

describe("activities", () => {
  it("adds, edits with the version seen, reorders and deletes; a goal with an activity is not removed", async () => {
    const p = (await programmeByNumber("74")).id;
    const goal = await goalByCode(p, "74.1");
    ok(await as(addActivityAction)({ documentId: f.concept, programmeId: p, goalId: goal.id, code: "A1", title: "Woningbouwprogramma", status: "IN_PROGRESS" }));
    ok(await as(addActivityAction)({ documentId: f.concept, programmeId: p, goalId: "", code: "", title: "Woonvisie", status: "" }));
    const [first, second] = await db().activity.findMany({ where: { documentId: f.concept, programmeId: p }, orderBy: { sortOrder: "asc" } });
    expect([first!.title, second!.title]).toEqual(["Woningbouwprogramma", "Woonvisie"]);

    ok(await as(editActivityAction)({ activityId: second!.id, version: second!.version, goalId: goal.id, code: "A2", title: "Woonvisie 2030", status: "NOT_STARTED" }));
    const stale = await as(editActivityAction)({ activityId: second!.id, version: second!.version, goalId: "", code: "", title: "Oud", status: "" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    ok(await as(reorderActivityAction)({ activityId: second!.id, direction: "up" }));
    const now = await db().activity.findMany({ where: { documentId: f.concept, programmeId: p }, orderBy: { sortOrder: "asc" }, select: { title: true, code: true, status: true, version: true } });
    expect(now.map((a) => [a.title, a.code, a.status])).toEqual([
      ["Woonvisie 2030", "A2", "NOT_STARTED"],
      ["Woningbouwprogramma", "A1", "IN_PROGRESS"],
    ]);

    expect(ok(await as(deleteGoalAction)({ documentId: f.concept, goalId: goal.id }))).toEqual({
      refused: "Aan dit doel (of een subdoel ervan) hangen in dit document nog 2 activiteiten. Koppel die eerst aan een ander doel of verwijder ze; er is niets gewijzigd.",
      fieldErrors: {},
    });
    ok(await as(deleteActivityAction)({ activityId: first!.id, version: first!.version }));
    expect(await db().activity.count({ where: { documentId: f.concept, programmeId: p } })).toBe(1);
  });
});

describe("delete or retire", () => {
  it("deletes a programme only this concept document refers to", async () => {
    const p73 = await programmeByNumber("73");
    expect(ok(await as(deleteProgrammeAction)({ documentId: f.concept, programmeId: p73.id }))).toEqual({ message: "Programma 73 Tijdelijk is verwijderd." });
    expect(await db().programme.findUnique({ where: { id: p73.id } })).toBeNull();
  });

  it("deletes a goal with its subdoelen when nothing else refers to them", async () => {
    const p = (await programmeByNumber("74")).id;
    const g2 = await goalByCode(p, "74.2");
    expect(ok(await as(deleteGoalAction)({ documentId: f.concept, goalId: g2.id }))).toEqual({ message: "Doelstelling 74.2 Duurzaam en betaalbaar bouwen is verwijderd." });
    expect(await db().goal.count({ where: { programmeId: p, code: { in: ["74.2", "74.1.1"] } } })).toBe(0);
  });

  it("retires a goal an adopted document reports on, which that document still shows", async () => {
    expect(ok(await as(deleteGoalAction)({ documentId: f.concept, goalId: f.historyGoal }))).toEqual({
      message: `Doelstelling 71.1 Doel met geschiedenis is niet verwijderd maar opgeheven vanaf ${Y}: het staat ook in Testjaarstukken opbouw ${Y - 1} ${RUN}. Daar blijft het zichtbaar; in dit document en volgende jaren niet meer.`,
    });
    expect((await db().goal.findUniqueOrThrow({ where: { id: f.historyGoal } })).retiredFromYear).toBe(Y);
    expect(outline(await getGoalTree(scope(), f.concept, f.history))).toEqual([]);
    expect(outline(await getGoalTree(scope(), f.adopted, f.history))).toEqual(["71.1"]);
  });

  it("retires (never deletes) a programme with figures in an adopted document, which that document still shows", async () => {
    expect(ok(await as(deleteProgrammeAction)({ documentId: f.concept, programmeId: f.history }))).toEqual({
      message: `Programma 71 Testprogramma met geschiedenis is niet verwijderd maar opgeheven vanaf ${Y}: het staat ook in Testjaarstukken opbouw ${Y - 1} ${RUN}. Daar blijft het zichtbaar; in dit document en volgende jaren niet meer.`,
    });
    expect((await db().programme.findUniqueOrThrow({ where: { id: f.history } })).retiredFromYear).toBe(Y);
    expect(await programmesOf(f.concept)).toEqual(["74 Wonen en bouwen"]);
    expect(await programmesOf(f.adopted)).toEqual(["71 Testprogramma met geschiedenis"]);
    expect(await db().budgetFigure.count({ where: { budgetLineId: f.historyLine, documentId: f.adopted } })).toBe(1);
  });

  it("refuses every structure change once the document is adopted", async () => {
    await db().pcDocument.update({ where: { id: f.concept }, data: { status: "VASTGESTELD" } });
    try {
      const result = await as(createProgrammeAction)({ documentId: f.concept, number: "73", name: "Te laat" });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    } finally {
      await db().pcDocument.update({ where: { id: f.concept }, data: { status: "CONCEPT" } });
    }
  });

  it("explicitly retires a goal only this document has, keeping the subject", async () => {
    const p = (await programmeByNumber("74")).id;
    const general = await goalByCode(p, "74.0");
    await db().activity.deleteMany({ where: { documentId: f.concept, programmeId: p } });
    ok(await as(retireGoalAction)({ documentId: f.concept, goalId: (await goalByCode(p, "74.1")).id }));
    expect(outline(await getGoalTree(scope(), f.concept, p))).toEqual(["74.0"]);
    expect((await goalByCode(p, "74.1")).retiredFromYear).toBe(Y);
    expect(general.retiredFromYear).toBeNull();
  });
});

describe("audit and the next document", () => {
  it("wrote an audit entry for every change, by the beheerder", async () => {
    const entries = await db().auditEntry.findMany({ where: { userId: f.userId, entityType: { in: ["Programme", "Goal", "Activity"] } }, select: { entityType: true, action: true } });
    const count = (entityType: string, action: string) => entries.filter((e) => e.entityType === entityType && e.action === action).length;
    expect(count("Programme", "create")).toBe(2);
    expect(count("Programme", "update")).toBe(2); // number and name
    expect(count("Programme", "reorder")).toBe(1);
    expect(count("Programme", "delete")).toBe(1);
    expect(count("Programme", "retire")).toBe(1);
    expect(count("Goal", "create")).toBe(4);
    expect(count("Goal", "move")).toBe(2);
    expect(count("Goal", "delete")).toBe(2);
    expect(count("Goal", "retire")).toBe(2);
    expect(count("Activity", "create")).toBe(2);
    expect(count("Activity", "delete")).toBe(1);
  });

  it("does not copy a retired programme or goal into the next begroting, whichever document it starts from", async () => {
    // From the adopted jaarstukken Y-1, which still report programme 71 and goal 71.1: both stopped in Y.
    const fromAdopted = await readCopySource(db(), f.municipalityId, f.adopted);
    const plan = planCopy(fromAdopted!.source, { kind: "BEGROTING", year: Y, projectionYears: 0 });
    expect(plan.ok && plan.plan.programmeReports).toEqual([]);
    expect(plan.ok && plan.plan.goalReports).toEqual([]);
  });

  it("starts begroting Y+1 from the edited begroting with exactly its structure", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ municipalityId: f.municipalityId, kind: "BEGROTING", year: String(Y + 1), name: "", projectionYears: "", sourceId: f.concept })) form.set(k, v);
    const created = ok(await as(createDocumentAction)(form)) as { id?: string };
    expect(created.id).toBeTruthy();
    expect(await programmesOf(created.id!)).toEqual(["74 Wonen en bouwen"]);
    const p = (await programmeByNumber("74")).id;
    expect(outline(await getGoalTree(scope(), created.id!, p))).toEqual(["74.0"]);
  });
});
