// Begrotingswijzigingen in the werkplek, through the real Server Actions
// (decision 009 §3, §5): a controller creates a concept wijziging, puts
// amounts on budget lines, sees the begroting na wijziging move, adopts it,
// and from then on every write path refuses it. Fixtures live in Zoetermeer in
// a year the demo data does not use (2097), and are removed afterwards.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import { memberScope, unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import type { ActionResult } from "@/lib/auth/result";
import type { Role } from "@/lib/auth/permissions";
import { createAmendmentAction, saveAmendmentAction, setAmendmentStatusAction } from "@/lib/amendment/actions";
import { listAmendments, loadAmendmentDetail } from "@/lib/amendment/data";
import { UNSPECIFIED_READ_ONLY_MESSAGE } from "@/lib/amendment/rules";
import { canAmendLine, UNSPECIFIED_AMENDMENT_REASON } from "@/lib/cycle";
import { upsertProgramme } from "@/lib/programme/mutations";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";

const RUN = `${Date.now()}`;
const YEAR = 2097;
const actor = { userId: null, reason: "test begrotingswijzigingen" };

type UserKey = "controller" | "beheerder" | "advisor" | "lezer" | "hilversumController";
const f = {
  municipalityId: "",
  hilversumId: "",
  programmeId: "",
  begroting: "",
  jaarstukken: "",
  /** A lasten line with primitief 100.000 and an unspecified (imported) +5.000. */
  lasten: "",
  /** A baten line with primitief 40.000. */
  baten: "",
  /** A line whose primitief the source did not print, only the na-wijziging (Hilversum's case). */
  printedOnly: "",
  indicatorId: "",
  unspecified: "",
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

const scope = () => memberScope(unsafeAuthorizeMunicipality(f.municipalityId));
const detail = async (id: string) => (await loadAmendmentDetail(scope(), YEAR, id))!;
const row = (d: Awaited<ReturnType<typeof detail>>, lineId: string) => d.lines.find((l) => l.budgetLineId === lineId)!;

const header = { number: "", date: "2097-03-14", authority: "RAAD" as "RAAD" | "COLLEGE_MANDAAT", decisionReference: "RB 2097/12", reason: "Extra middelen jeugdzorg" };

async function create(number: string, user: UserKey = "controller") {
  const data = expectOk(await as(user, createAmendmentAction)({ municipalityId: f.municipalityId, year: YEAR, ...header, number }));
  if (!("id" in data) || !data.id) throw new Error(`not created: ${JSON.stringify(data)}`);
  return data.id;
}

async function versionOf(id: string) {
  return (await db().budgetAmendment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

/** The edit form as the page posts it: the header, and every line of the year with its typed delta. */
async function saveForm(id: string, deltas: Record<string, string>, extra: Record<string, unknown> = {}) {
  const d = await detail(id);
  return {
    amendmentId: id,
    version: String(d.version),
    number: d.number,
    date: d.date ?? "",
    // The import's wijziging has no authority; a crafted post gives it one.
    authority: d.authority ?? "COLLEGE_MANDAAT",
    decisionReference: d.decisionReference ?? "",
    reason: d.reason,
    lines: d.lines.map((l) => ({ budgetLineId: l.budgetLineId, delta: deltas[l.budgetLineId] ?? (l.delta ?? "") })),
    ...extra,
  };
}

beforeAll(async () => {
  const client = db();
  const [z, h] = await Promise.all([
    client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } }),
    client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0402" } }),
  ]);
  f.municipalityId = z.id;
  f.hilversumId = h.id;
  const existing = await client.programme.findUnique({ where: { municipalityId_number: { municipalityId: z.id, number: "96" } } });
  expect(existing === null || existing.name.startsWith("Testprogramma wijzigingen"), "programma 96 bestaat al").toBe(true);
  f.programmeId = (await upsertProgramme(client, { municipalityId: z.id, number: "96", name: "Testprogramma wijzigingen" })).id;

  const document = (kind: "BEGROTING" | "JAARSTUKKEN") =>
    client.pcDocument.create({ data: { municipalityId: z.id, kind, year: YEAR, title: `Testdocument wijzigingen ${kind} ${YEAR}`, status: "CONCEPT", origin: "ENTERED" } });
  f.begroting = (await document("BEGROTING")).id;
  f.jaarstukken = (await document("JAARSTUKKEN")).id;
  const line = (key: string, category: "EXPENSES" | "INCOME", label: string, sortOrder: number) =>
    client.budgetLine.create({ data: { municipalityId: z.id, programmeId: f.programmeId, key: `test-wijzigingen-${key}-${RUN}`, category, label, sortOrder } });
  f.lasten = (await line("lasten", "EXPENSES", "Jeugdzorg", 1)).id;
  f.baten = (await line("baten", "INCOME", "Rijksbijdrage", 2)).id;
  f.printedOnly = (await line("gedrukt", "EXPENSES", "Burgerzaken (alleen na wijziging gedrukt)", 3)).id;
  await client.budgetFigure.createMany({
    data: [
      { budgetLineId: f.lasten, documentId: f.begroting, year: YEAR, amount: 100_000n },
      { budgetLineId: f.baten, documentId: f.begroting, year: YEAR, amount: 40_000n },
      { budgetLineId: f.lasten, documentId: f.jaarstukken, year: YEAR, amount: null },
      { budgetLineId: f.printedOnly, documentId: f.jaarstukken, year: YEAR, amount: 80_000n },
    ],
  });
  await client.printedFigure.create({
    data: { documentId: f.jaarstukken, programmeId: f.programmeId, budgetLineId: f.printedOnly, row: "EXPENSES", column: "BUDGET_AMENDED", amount: 90_000n },
  });
  // What the lead's import makes of a printed na-wijziging without listed wijzigingen.
  f.unspecified = (
    await client.budgetAmendment.create({
      data: {
        municipalityId: z.id,
        year: YEAR,
        number: `zoals gedrukt in Testdocument wijzigingen ${RUN}`,
        reason: UNSPECIFIED_AMENDMENT_REASON,
        status: "VASTGESTELD",
        unspecified: true,
        documentId: f.jaarstukken,
        lines: { create: [{ budgetLineId: f.lasten, delta: 5_000n }] },
      },
    })
  ).id;
  const indicator = await client.indicator.create({
    data: { municipalityId: z.id, programmeId: f.programmeId, importKey: `test-wijzigingen-${RUN}`, name: "Testindicator wijzigingen", unit: "RAPPORTCIJFER", decimals: 1 },
  });
  f.indicatorId = indicator.id;
  await client.indicatorFigure.create({ data: { indicatorId: indicator.id, documentId: f.begroting, year: YEAR, value: "7" } });

  const user = async (key: UserKey, municipalityId: string, role: Role, programmeIds: string[] = []) => {
    const u = await upsertUserByEmail(client, { email: `${key.toLowerCase()}-${RUN}@wijzigingen.test`, name: `Wijzigingentest ${key}`, passwordHash: null }, actor);
    f.users[key] = u.id;
    await setMembership(client, { userId: u.id, municipalityId, role, programmeIds }, actor);
    f.memberships.push({ userId: u.id, municipalityId, role });
  };
  await user("controller", z.id, "CONTROLLER");
  await user("beheerder", z.id, "BEHEERDER");
  await user("advisor", z.id, "BELEIDSADVISEUR", [f.programmeId]);
  await user("lezer", z.id, "LEZER");
  await user("hilversumController", h.id, "CONTROLLER");
});

afterAll(async () => {
  const client = db();
  for (const m of f.memberships) await removeMembership(client, m, actor);
  for (const id of Object.values(f.users)) await setUserDisabled(client, id, true, actor);
  await client.budgetAmendment.deleteMany({ where: { municipalityId: f.municipalityId, year: YEAR } });
  await client.pcDocument.deleteMany({ where: { id: { in: [f.begroting, f.jaarstukken] } } });
  await client.indicator.deleteMany({ where: { id: f.indicatorId } });
  await client.budgetLine.deleteMany({ where: { id: { in: [f.lasten, f.baten, f.printedOnly] } } });
  await client.programme.deleteMany({ where: { id: f.programmeId } });
  await client.$disconnect();
});

describe("a controller creates a concept wijziging", () => {
  it("creates it as concept, with its header, in the year's list", async () => {
    const id = await create("2097-01");
    const list = await listAmendments(scope(), YEAR);
    expect(list.find((a) => a.id === id)).toMatchObject({ number: "2097-01", date: "2097-03-14", authority: "RAAD", decisionReference: "RB 2097/12", status: "CONCEPT", unspecified: false });
    // The import's wijziging is listed too, read-only and with its total per category.
    expect(list.find((a) => a.id === f.unspecified)).toMatchObject({ unspecified: true, status: "VASTGESTELD", totals: { EXPENSES: "5000", INCOME: "0" } });
    expect((await detail(f.unspecified)).lockedReason).toBe(UNSPECIFIED_READ_ONLY_MESSAGE);
  });

  it("refuses a duplicate number with a Dutch error next to the number, and creates nothing", async () => {
    await create("2097-02");
    const before = await db().budgetAmendment.count({ where: { municipalityId: f.municipalityId, year: YEAR } });
    const result = await as("beheerder", createAmendmentAction)({ municipalityId: f.municipalityId, year: YEAR, ...header, number: "2097-02" });
    expect(expectOk(result)).toEqual({
      refused: "De begrotingswijziging is niet opgeslagen.",
      fieldErrors: { number: ["Er is al een begrotingswijziging met nummer 2097-02 in 2097. Kies een ander nummer."] },
    });
    expect(await db().budgetAmendment.count({ where: { municipalityId: f.municipalityId, year: YEAR } })).toBe(before);
  });

  it("requires the raadsbesluit when the raad adopts it, and stores none for the college", async () => {
    const refused = await as("controller", createAmendmentAction)({ municipalityId: f.municipalityId, year: YEAR, ...header, number: "2097-03", decisionReference: "" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fieldErrors).toEqual({ decisionReference: ["Vul het kenmerk van het raadsbesluit in: de raad stelt deze wijziging vast"] });
    expectOk(await as("controller", createAmendmentAction)({ municipalityId: f.municipalityId, year: YEAR, ...header, number: "2097-05", authority: "COLLEGE_MANDAAT" }));
    const college = await db().budgetAmendment.findFirstOrThrow({ where: { municipalityId: f.municipalityId, year: YEAR, number: "2097-05" } });
    expect(college).toMatchObject({ authority: "COLLEGE_MANDAAT", decisionReference: null });
  });
});

describe("amounts per line and the begroting na wijziging", () => {
  it("stores Dutch-typed deltas and shows the na-wijziging before and after, the unspecified import counted", async () => {
    const id = await create("2097-10");
    const result = await as("controller", saveAmendmentAction)(await saveForm(id, { [f.lasten]: "12.500", [f.baten]: "-3.000" }));
    expect(expectOk(result)).toEqual({ message: "De begrotingswijziging is opgeslagen (2 wijzigingen)." });
    const lines = await db().budgetAmendmentLine.findMany({ where: { amendmentId: id }, orderBy: { delta: "asc" } });
    expect(lines.map((l) => [l.budgetLineId, l.delta])).toEqual([
      [f.baten, -3_000n],
      [f.lasten, 12_500n],
    ]);
    const d = await detail(id);
    // 100.000 primitief + 5.000 unspecified = 105.000 before; + 12.500 after.
    expect(row(d, f.lasten)).toMatchObject({ primitief: "100000", delta: "12500", before: { amount: "105000", basis: "computed" }, after: { amount: "117500", basis: "computed" } });
    expect(row(d, f.baten)).toMatchObject({ before: { amount: "40000" }, after: { amount: "37000" } });
    expect(d.totals).toEqual({ EXPENSES: "12500", INCOME: "-3000", RESERVE_ADDITION: "0", RESERVE_WITHDRAWAL: "0" });
  });

  it("refuses an amount on a line whose primitieve begroting is unknown, with canAmendLine's reason, and saves nothing", async () => {
    const id = await create("2097-11");
    const form = await saveForm(id, { [f.lasten]: "1.000", [f.printedOnly]: "2.000" });
    const index = form.lines.findIndex((l) => l.budgetLineId === f.printedOnly);
    const reason = canAmendLine({ primitief: null, printedAmended: 90_000n });
    if (reason.ok) throw new Error("expected a refusal");
    const data = expectOk(await as("controller", saveAmendmentAction)(form));
    expect(data).toEqual({ refused: "Er is 1 regel die geen bedrag kan krijgen. Er is niets opgeslagen.", fieldErrors: { [`lines.${index}.delta`]: [reason.reason] } });
    expect(await db().budgetAmendmentLine.count({ where: { amendmentId: id } })).toBe(0);
    expect(row(await detail(id), f.printedOnly)).toMatchObject({ refusal: reason.reason, before: { amount: "90000", basis: "printed" } });
  });

  it("a second tab's save gets a conflict and overwrites nothing", async () => {
    const id = await create("2097-12");
    const tabA = await saveForm(id, { [f.lasten]: "1.000" });
    const tabB = await saveForm(id, { [f.lasten]: "9.999" });
    expectOk(await as("controller", saveAmendmentAction)(tabA));
    const second = await as("beheerder", saveAmendmentAction)(tabB);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("er is niets overschreven") });
    expect((await db().budgetAmendmentLine.findFirstOrThrow({ where: { amendmentId: id } })).delta).toBe(1_000n);
  });

  it("sets a new streefwaarde with a reason, and records every change in the audit trail", async () => {
    const id = await create("2097-13");
    const form = await saveForm(id, { [f.baten]: "500" }, { targets: [{ indicatorId: f.indicatorId, dimensionValue: "", value: "7,5", reason: "Ambitie verhoogd" }] });
    expectOk(await as("controller", saveAmendmentAction)(form));
    expect(await db().targetAmendment.findFirstOrThrow({ where: { amendmentId: id } })).toMatchObject({ year: YEAR, reason: "Ambitie verhoogd" });
    expect((await detail(id)).targets).toEqual([expect.objectContaining({ indicatorId: f.indicatorId, current: "7", value: "7.5", reason: "Ambitie verhoogd" })]);
    const audit = await db().auditEntry.findMany({ where: { entityType: "BudgetAmendment", entityId: id }, orderBy: { id: "asc" }, select: { action: true, field: true, userId: true } });
    expect(audit).toEqual([
      { action: "create", field: null, userId: f.users.controller },
      { action: "update", field: `regel:${f.baten}`, userId: f.users.controller },
      { action: "update", field: `streefwaarde:${f.indicatorId}`, userId: f.users.controller },
    ]);
  });
});

describe("vaststellen and verwerpen", () => {
  it("an adopted wijziging counts in the na-wijziging of the others and refuses every write", async () => {
    const id = await create("2097-20");
    expectOk(await as("controller", saveAmendmentAction)(await saveForm(id, { [f.lasten]: "2.000" })));
    const version = await versionOf(id);
    expect(expectOk(await as("beheerder", setAmendmentStatusAction)({ amendmentId: id, version, status: "VASTGESTELD" }))).toEqual({ message: "Begrotingswijziging 2097-20 is vastgesteld." });
    const other = await create("2097-21");
    expect(row(await detail(other), f.lasten).before.amount).toBe("107000");

    const locked = "Begrotingswijziging 2097-20 is vastgesteld en kan niet meer worden gewijzigd.";
    const save = await as("controller", saveAmendmentAction)({ ...(await saveForm(id, { [f.lasten]: "99.000" })) });
    expect(save).toMatchObject({ ok: false, code: "CONFLICT", message: locked });
    const reject = await as("controller", setAmendmentStatusAction)({ amendmentId: id, version: await versionOf(id), status: "VERWORPEN" });
    expect(reject).toMatchObject({ ok: false, code: "CONFLICT", message: locked });
    expect((await db().budgetAmendmentLine.findFirstOrThrow({ where: { amendmentId: id } })).delta).toBe(2_000n);
    expect((await db().budgetAmendment.findUniqueOrThrow({ where: { id } })).status).toBe("VASTGESTELD");
  });

  it("a rejected wijziging changes no budget and is locked", async () => {
    const id = await create("2097-22");
    expectOk(await as("controller", saveAmendmentAction)(await saveForm(id, { [f.baten]: "1.000" })));
    expectOk(await as("controller", setAmendmentStatusAction)({ amendmentId: id, version: await versionOf(id), status: "VERWORPEN" }));
    const d = await detail(id);
    expect(row(d, f.baten).after).toEqual(row(d, f.baten).before);
    const save = await as("controller", saveAmendmentAction)(await saveForm(id, { [f.baten]: "2.000" }));
    expect(save).toMatchObject({ ok: false, code: "CONFLICT", message: "Begrotingswijziging 2097-22 is verworpen en kan niet meer worden gewijzigd." });
  });

  it("the import's unspecified wijziging refuses a save", async () => {
    const result = await as("controller", saveAmendmentAction)(await saveForm(f.unspecified, { [f.lasten]: "1" }));
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: UNSPECIFIED_READ_ONLY_MESSAGE });
  });

  it("refuses to adopt a wijziging for a year whose jaarstukken are vastgesteld", async () => {
    const id = await create("2097-23");
    await db().pcDocument.update({ where: { id: f.jaarstukken }, data: { status: "VASTGESTELD" } });
    try {
      const result = await as("beheerder", setAmendmentStatusAction)({ amendmentId: id, version: await versionOf(id), status: "VASTGESTELD" });
      expect(expectOk(result)).toEqual({
        refused: "De jaarstukken 2097 zijn al vastgesteld: een begrotingswijziging voor 2097 kan niet meer worden vastgesteld.",
        fieldErrors: {},
      });
      expect((await db().budgetAmendment.findUniqueOrThrow({ where: { id } })).status).toBe("CONCEPT");
    } finally {
      await db().pcDocument.update({ where: { id: f.jaarstukken }, data: { status: "CONCEPT" } });
    }
  });
});

describe("who may write", () => {
  it("an advisor, a lezer and another municipality's controller are refused, and nothing is created", async () => {
    const before = await db().budgetAmendment.count({ where: { municipalityId: f.municipalityId, year: YEAR } });
    for (const user of ["advisor", "lezer", "hilversumController"] as const) {
      const result = await as(user, createAmendmentAction)({ municipalityId: f.municipalityId, year: YEAR, ...header, number: `2097-9${user.length}` });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db().budgetAmendment.count({ where: { municipalityId: f.municipalityId, year: YEAR } })).toBe(before);
  });
});
