// Runs the real wrapped Server Action saveProgrammeFigures (the data-entry
// form's save) against the real database for every role × own/other
// municipality × own/other programme × open/locked document, with the user injected through the explicit test seam
// (withUserResolver) and loaded the way a session loads it (loadSessionUser).
//
// The test builds its own concept documents, indicators and users with the
// app's mutations, next to the published demo data, and removes what it can
// afterwards (users that wrote audit entries stay, disabled: the trail is append-only).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { withUserResolver } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/auth/result";
import type { Role } from "@/lib/auth/permissions";
import { saveProgrammeFigures } from "@/lib/review/actions";
import { upsertDocument } from "@/lib/document/mutations";
import { EMPTY_INDICATOR_FIGURE, upsertIndicatorByKey, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { upsertProgramme } from "@/lib/programme/mutations";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";

const RUN = `${Date.now()}`;
const ZOETERMEER = "GM0637";
const HILVERSUM = "GM0402";
const TEST_YEARS = [2097, 2098, 2099];
const actor = { userId: null, reason: "test autorisatie" };

type Target = "zoetermeerP6" | "zoetermeerP99" | "hilversum" | "zoetermeerP6Vastgesteld" | "zoetermeerP6Gepubliceerd";
type UserKey =
  | "advisorP6"
  | "advisorWithoutProgrammes"
  | "controller"
  | "beheerder"
  | "lezer"
  | "platformAdmin"
  | "hilversumAdvisorAndZoetermeerReader";

const ids = {
  municipality: {} as Record<"zoetermeer" | "hilversum", string>,
  programme: {} as Record<"p6" | "p99" | "h421", string>,
  value: {} as Record<Target, string>,
  user: {} as Record<UserKey, string>,
  documents: [] as string[],
  indicators: [] as string[],
  memberships: [] as { userId: string; municipalityId: string; role: Role }[],
};

/** Who may save which value: written out, not derived from the permission map. */
const allowed: Record<UserKey, Target[]> = {
  advisorP6: ["zoetermeerP6"],
  advisorWithoutProgrammes: [],
  controller: [],
  beheerder: [],
  lezer: [],
  platformAdmin: [],
  hilversumAdvisorAndZoetermeerReader: ["hilversum"],
};

const TARGETS: Target[] = ["zoetermeerP6", "zoetermeerP99", "hilversum", "zoetermeerP6Vastgesteld", "zoetermeerP6Gepubliceerd"];
const USERS = Object.keys(allowed) as UserKey[];

function actingAs(user: UserKey | null) {
  return withUserResolver(saveProgrammeFigures, () => (user ? loadSessionUser(ids.user[user]) : Promise.resolve(null)));
}

const text = (d: { toString(): string } | null) => (d === null ? "" : d.toString());

/**
 * The programme form of the target's document and programme, as the page
 * posts it: one indicator row with its identity (id, version, loaded values)
 * and what was typed; untyped fields keep what is stored.
 */
async function formFor(target: Target, typed: { actual?: string; explanation?: string; version?: number } = {}, extra: Record<string, unknown> = {}) {
  const v = await db().indicatorFigure.findUniqueOrThrow({ where: { id: ids.value[target] }, include: { indicator: { select: { programmeId: true } } } });
  return {
    documentId: v.documentId,
    programmeId: v.indicator.programmeId,
    intent: "save" as const,
    indicators: [
      {
        id: v.id,
        version: String(typed.version ?? v.version),
        base: { value: text(v.value), explanation: v.explanation ?? "" },
        value: typed.actual ?? text(v.value).replace(".", ","),
        explanation: typed.explanation ?? v.explanation ?? "",
      },
    ],
    lines: [],
    ...extra,
  };
}

async function valueRow(target: Target) {
  return db().indicatorFigure.findUniqueOrThrow({ where: { id: ids.value[target] } });
}

function expectFailure(result: ActionResult<unknown>, code: string) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

let counter = 0;
/** A new Dutch-written value each call, so every allowed save changes something. */
function nextValue() {
  counter += 1;
  return { dutch: `7,${counter}`, canonical: `7.${counter}` };
}

async function createUser(key: UserKey, memberships: { municipalityId: string; role: Role; programmeIds: string[] }[], platformAdmin = false) {
  const user = await upsertUserByEmail(
    db(),
    { email: `${key.toLowerCase()}-${RUN}@autorisatie.test`, name: key, passwordHash: null, isPlatformAdmin: platformAdmin },
    actor,
  );
  ids.user[key] = user.id;
  for (const m of memberships) {
    await setMembership(db(), { userId: user.id, ...m }, actor);
    ids.memberships.push({ userId: user.id, municipalityId: m.municipalityId, role: m.role });
  }
}

beforeAll(async () => {
  const client = db();
  const [z, h] = await Promise.all([
    client.municipality.findUniqueOrThrow({ where: { cbsCode: ZOETERMEER } }),
    client.municipality.findUniqueOrThrow({ where: { cbsCode: HILVERSUM } }),
  ]);
  ids.municipality = { zoetermeer: z.id, hilversum: h.id };
  const p6 = await client.programme.findUniqueOrThrow({ where: { municipalityId_number: { municipalityId: z.id, number: "6" } } });
  const h421 = await client.programme.findUniqueOrThrow({ where: { municipalityId_number: { municipalityId: h.id, number: "4.2.1" } } });
  const p99 = await upsertProgramme(client, { municipalityId: z.id, number: "99", name: "Testprogramma autorisatie" });
  ids.programme = { p6: p6.id, p99: p99.id, h421: h421.id };

  const document = async (municipalityId: string, year: number, status: "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD") => {
    const d = await upsertDocument(client, { municipalityId, kind: "BEGROTING", year, title: `Testbegroting ${year}`, status });
    ids.documents.push(d.id);
    return d.id;
  };
  const zConcept = await document(z.id, 2099, "CONCEPT");
  const zAdopted = await document(z.id, 2098, "VASTGESTELD");
  const zPublished = await document(z.id, 2097, "GEPUBLICEERD");
  const hConcept = await document(h.id, 2099, "CONCEPT");

  const indicator = async (municipalityId: string, programmeId: string, key: string) => {
    const i = await upsertIndicatorByKey(client, {
      municipalityId,
      importKey: `test-autorisatie-${key}`,
      programmeId,
      goalId: null,
      name: `Testindicator ${key}`,
      // No range and four decimals: these tests are about who may save, so any value they type must pass the value rules.
      unit: "OVERIG",
      decimals: 4,
      direction: "HIGHER_IS_BETTER",
      frequency: "YEARLY",
      bbvMandatory: false,
      sortOrder: 0,
    });
    ids.indicators.push(i.id);
    return i.id;
  };
  const iP6 = await indicator(z.id, p6.id, "p6");
  const iP99 = await indicator(z.id, p99.id, "p99");
  const iH = await indicator(h.id, h421.id, "h421");

  const value = async (indicatorId: string, documentId: string, year: number) => {
    const v = await upsertIndicatorFigure(client, {
      indicatorId,
      documentId,
      year,
      ...EMPTY_INDICATOR_FIGURE,
    });
    return v.id;
  };
  ids.value = {
    zoetermeerP6: await value(iP6, zConcept, 2099),
    zoetermeerP99: await value(iP99, zConcept, 2099),
    hilversum: await value(iH, hConcept, 2099),
    zoetermeerP6Vastgesteld: await value(iP6, zAdopted, 2098),
    zoetermeerP6Gepubliceerd: await value(iP6, zPublished, 2097),
  };

  await createUser("advisorP6", [{ municipalityId: z.id, role: "BELEIDSADVISEUR", programmeIds: [p6.id] }]);
  await createUser("advisorWithoutProgrammes", [{ municipalityId: z.id, role: "BELEIDSADVISEUR", programmeIds: [] }]);
  await createUser("controller", [{ municipalityId: z.id, role: "CONTROLLER", programmeIds: [] }]);
  await createUser("beheerder", [{ municipalityId: z.id, role: "BEHEERDER", programmeIds: [] }]);
  await createUser("lezer", [{ municipalityId: z.id, role: "LEZER", programmeIds: [] }]);
  await createUser("platformAdmin", [], true);
  await createUser("hilversumAdvisorAndZoetermeerReader", [
    { municipalityId: h.id, role: "BELEIDSADVISEUR", programmeIds: [h421.id] },
    { municipalityId: z.id, role: "LEZER", programmeIds: [] },
  ]);
});

afterAll(async () => {
  const client = db();
  for (const m of ids.memberships) await removeMembership(client, m, actor);
  for (const id of Object.values(ids.user)) await setUserDisabled(client, id, true, actor);
  await client.pcDocument.deleteMany({ where: { id: { in: ids.documents } } });
  await client.indicator.deleteMany({ where: { id: { in: ids.indicators } } });
  if (ids.programme.p99) await client.programme.delete({ where: { id: ids.programme.p99 } });
  const leftovers = await client.pcDocument.count({ where: { year: { in: TEST_YEARS }, title: { startsWith: "Testbegroting" } } });
  expect(leftovers).toBe(0);
  await client.$disconnect();
});

describe("saveProgrammeFigures: every user × every value", () => {
  const cases = USERS.flatMap((user) =>
    TARGETS.map((target) => ({ user, target, outcome: allowed[user].includes(target) ? "opgeslagen" : "FORBIDDEN" })),
  );

  it.each(cases)("$user → $target: $outcome", async ({ user, target, outcome }) => {
    const before = await valueRow(target);
    const value = nextValue();
    const result = await actingAs(user)(await formFor(target, { actual: value.dutch, explanation: `Toelichting ${value.dutch}` }));
    const after = await valueRow(target);

    if (outcome === "FORBIDDEN") {
      expectFailure(result, "FORBIDDEN");
      expect(after.version).toBe(before.version);
      expect(after.value?.toString() ?? null).toBe(before.value?.toString() ?? null);
      return;
    }
    expect(result).toEqual({ ok: true, data: { outcome: "saved", changed: 1, submitted: 0, returnedLeft: 0 } });
    expect(after.version).toBe(before.version + 1);
    expect(after.value?.toString()).toBe(value.canonical);
    expect(after.explanation).toBe(`Toelichting ${value.dutch}`);
    expect(after.updatedById).toBe(ids.user[user]);
    const audit = await db().auditEntry.findMany({
      where: { entityType: "IndicatorFigure", entityId: ids.value[target], userId: ids.user[user], field: "target" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(audit[0]?.newValue).toBe(value.canonical);
    expect(audit[0]?.municipalityId).toBe(target === "hilversum" ? ids.municipality.hilversum : ids.municipality.zoetermeer);
  });
});

describe("saveProgrammeFigures: the wrapper's other answers", () => {
  it("UNAUTHENTICATED when nobody is signed in, and nothing changes", async () => {
    const before = await valueRow("zoetermeerP6");
    expectFailure(await actingAs(null)(await formFor("zoetermeerP6", { actual: "8" })), "UNAUTHENTICATED");
    expect((await valueRow("zoetermeerP6")).version).toBe(before.version);
  });

  it("UNAUTHENTICATED for a disabled user, whose session would still carry their id", async () => {
    await setUserDisabled(db(), ids.user.advisorP6, true, actor);
    try {
      expectFailure(await actingAs("advisorP6")(await formFor("zoetermeerP6", { actual: "8" })), "UNAUTHENTICATED");
    } finally {
      await setUserDisabled(db(), ids.user.advisorP6, false, actor);
    }
  });

  it("reads roles fresh on every call: a removed assignment stops the next save", async () => {
    const membership = { userId: ids.user.advisorP6, municipalityId: ids.municipality.zoetermeer, role: "BELEIDSADVISEUR" as const };
    await setMembership(db(), { ...membership, programmeIds: [] }, actor);
    try {
      expectFailure(await actingAs("advisorP6")(await formFor("zoetermeerP6", { actual: "8" })), "FORBIDDEN");
    } finally {
      await setMembership(db(), { ...membership, programmeIds: [ids.programme.p6] }, actor);
    }
  });

  it("VALIDATION with every field's errors in Dutch, not only the first", async () => {
    const form = await formFor("zoetermeerP6", { actual: "7.4.3", explanation: "x".repeat(5001) }, { documentId: "" });
    const result = await actingAs("advisorP6")(form);
    expectFailure(result, "VALIDATION");
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["documentId", "indicators.0.explanation", "indicators.0.value"]);
    expect(result.fieldErrors?.documentId).toEqual(["Geef aan welk document u wijzigt"]);
    expect(result.fieldErrors?.["indicators.0.explanation"]).toEqual(["Een toelichting mag maximaal 5.000 tekens lang zijn"]);
    expect(result.fieldErrors?.["indicators.0.value"]?.[0]).toMatch(/komma/);
    expect(result.message).toMatch(/velden/);
  });

  it("VALIDATION for a missing field uses a Dutch fallback, never zod's English", async () => {
    const result = await actingAs("advisorP6")({ documentId: "x", programmeId: "y", indicators: [{ id: ids.value.zoetermeerP6 }] } as never);
    expectFailure(result, "VALIDATION");
    expect(JSON.stringify(result)).not.toMatch(/Invalid|expected|received/);
  });

  it("NOT_FOUND for a document that does not exist", async () => {
    expectFailure(await actingAs("advisorP6")(await formFor("zoetermeerP6", { actual: "8" }, { documentId: "bestaat-niet" })), "NOT_FOUND");
  });

  it("a stale version is a conflict that shows the other value, and nothing is overwritten", async () => {
    const before = await valueRow("zoetermeerP6");
    const result = await actingAs("advisorP6")(await formFor("zoetermeerP6", { actual: "8", version: before.version - 1 || 999 }));
    expect(result).toMatchObject({ ok: true, data: { outcome: "conflict" } });
    expect((await valueRow("zoetermeerP6")).version).toBe(before.version);
  });

  it("ignores where the client says a value lives: the database decides", async () => {
    // The form names programme 6 (allowed), but its row is Hilversum's value.
    const hilversum = await formFor("hilversum", { actual: "9" });
    const forged = { ...(await formFor("zoetermeerP6")), indicators: hilversum.indicators };
    const before = await valueRow("hilversum");
    const result = await actingAs("advisorP6")(forged);
    expect(result.ok && result.data.outcome === "saved").toBe(false);
    expect((await valueRow("hilversum")).version).toBe(before.version);
  });

  it("accepts the FormData of a form posted without JavaScript", async () => {
    const form = await formFor("zoetermeerP6", { actual: "1.234,5", explanation: "Via formulier" });
    const data = new FormData();
    for (const [k, v] of Object.entries({ documentId: form.documentId, programmeId: form.programmeId, intent: "save" })) data.set(k, v ?? "");
    const row = form.indicators[0]!;
    for (const [k, v] of Object.entries({ id: row.id, version: row.version, value: row.value, explanation: row.explanation })) {
      data.set(`indicators.0.${k}`, v);
    }
    for (const [k, v] of Object.entries(row.base)) data.set(`indicators.0.base.${k}`, v);
    expect(await actingAs("advisorP6")(data)).toEqual({ ok: true, data: { outcome: "saved", changed: 1, submitted: 0, returnedLeft: 0 } });
    expect(await valueRow("zoetermeerP6")).toMatchObject({ explanation: "Via formulier" });
    expect((await valueRow("zoetermeerP6")).value?.toString()).toBe("1234.5");
  });

  it("saves nothing and writes no audit entry when nothing changed", async () => {
    const before = await valueRow("zoetermeerP6");
    const auditBefore = await db().auditEntry.count({ where: { entityId: ids.value.zoetermeerP6 } });
    expect(await actingAs("advisorP6")(await formFor("zoetermeerP6"))).toEqual({ ok: true, data: { outcome: "saved", changed: 0, submitted: 0, returnedLeft: 0 } });
    expect((await valueRow("zoetermeerP6")).version).toBe(before.version);
    expect(await db().auditEntry.count({ where: { entityId: ids.value.zoetermeerP6 } })).toBe(auditBefore);
  });

  it("asks a reason before changing an approved value, then sends it back to CONCEPT with that reason", async () => {
    await db().indicatorFigure.update({ where: { id: ids.value.zoetermeerP6 }, data: { reviewStatus: "GOEDGEKEURD" } });
    const without = await actingAs("advisorP6")(await formFor("zoetermeerP6", { actual: "6,5" }));
    expect(without).toMatchObject({ ok: true, data: { outcome: "refused", fieldErrors: { reason: [expect.stringContaining("reden")] } } });
    expect((await valueRow("zoetermeerP6")).reviewStatus).toBe("GOEDGEKEURD");

    const withReason = await actingAs("advisorP6")(await formFor("zoetermeerP6", { actual: "6,5" }, { reason: "Telfout hersteld" }));
    expect(withReason).toMatchObject({ ok: true, data: { outcome: "saved", changed: 1 } });
    expect((await valueRow("zoetermeerP6")).reviewStatus).toBe("CONCEPT");
    const entry = await db().auditEntry.findFirst({ where: { entityId: ids.value.zoetermeerP6, field: "reviewStatus" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ oldValue: "GOEDGEKEURD", newValue: "CONCEPT", userId: ids.user.advisorP6, reason: "Telfout hersteld" });
  });
});

describe("the test seam", () => {
  it("refuses to run outside tests", () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      expect(() => withUserResolver(saveProgrammeFigures, async () => null)).toThrow(/alleen bedoeld voor tests/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("only accepts actions made by authorizedAction", () => {
    const notAnAction = async () => ({ ok: true as const, data: 1 });
    expect(() => withUserResolver(notAnAction, async () => null)).toThrow(/authorizedAction/);
  });
});
