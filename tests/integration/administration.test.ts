// The administration screens' Server Actions through the real wrapper and the
// real database: settings and roles by a beheerder of Zoetermeer, refused for
// Hilversum and for every other role, municipalities by a platform
// administrator only, Dutch errors per field, and the audit rows.
// Zoetermeer's settings and memberships are restored afterwards.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/auth/result";
import type { Role } from "@/lib/auth/permissions";
import { createMunicipalityAction, saveMunicipalitySettings } from "@/lib/municipality/actions";
import { cbsMunicipalities } from "@/lib/municipality/reference/cbs";
import { addRole, removeRole, setAdvisorProgrammes } from "@/lib/users/actions";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";

const RUN = `${Date.now()}`;
const actor = { userId: null, reason: "test beheer" };
type UserKey = "beheerder" | "controller" | "advisor" | "lezer" | "platformAdmin" | "newcomer";
const users = {} as Record<UserKey, string>;
const memberships: { userId: string; municipalityId: string; role: Role }[] = [];
let zoetermeer: { id: string; slug: string };
let hilversum: { id: string };
let p6: string;
let h421: string;
let savedSettings: Awaited<ReturnType<typeof settingsOf>>;

const settingsOf = (id: string) =>
  db().municipality.findUniqueOrThrow({
    where: { id },
    select: { signConvention: true, deviationThresholdAmount: true, deviationThresholdPercent: true, deviationRule: true },
  });

function as<I, T>(user: UserKey, action: AuthorizedServerAction<I, T>) {
  return withUserResolver(action, () => loadSessionUser(users[user]));
}

function expectFailure(result: ActionResult<unknown>, code: string) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

const membershipId = (userId: string, municipalityId: string, role: Role) =>
  db().membership.findUnique({ where: { userId_municipalityId_role: { userId, municipalityId, role } }, select: { id: true } }).then((m) => m?.id);

beforeAll(async () => {
  const z = await db().municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
  const h = await db().municipality.findUniqueOrThrow({ where: { cbsCode: "GM0402" } });
  zoetermeer = { id: z.id, slug: z.slug };
  hilversum = { id: h.id };
  p6 = (await db().programme.findUniqueOrThrow({ where: { municipalityId_number: { municipalityId: z.id, number: "6" } } })).id;
  h421 = (await db().programme.findUniqueOrThrow({ where: { municipalityId_number: { municipalityId: h.id, number: "4.2.1" } } })).id;
  savedSettings = await settingsOf(z.id);
  const roles: Record<UserKey, Role | null> = {
    beheerder: "BEHEERDER",
    controller: "CONTROLLER",
    advisor: "BELEIDSADVISEUR",
    lezer: "LEZER",
    platformAdmin: null,
    newcomer: null,
  };
  for (const [key, role] of Object.entries(roles) as [UserKey, Role | null][]) {
    const user = await upsertUserByEmail(
      db(),
      { email: `beheer-${key}-${RUN}@test.invalid`, name: `Beheertest ${key}`, isPlatformAdmin: key === "platformAdmin" },
      actor,
    );
    users[key] = user.id;
    if (role) {
      const m = { userId: user.id, municipalityId: z.id, role };
      await setMembership(db(), { ...m, programmeIds: role === "BELEIDSADVISEUR" ? [p6] : [] }, actor);
      memberships.push(m);
    }
  }
});

afterAll(async () => {
  await db().municipality.update({ where: { id: zoetermeer.id }, data: savedSettings });
  for (const m of memberships) await removeMembership(db(), m, actor);
  for (const role of ["LEZER", "BELEIDSADVISEUR"] as const) {
    await removeMembership(db(), { userId: users.newcomer, municipalityId: zoetermeer.id, role }, actor);
  }
  await db().$disconnect();
});

/** The settings as the form posts them (FormData, as without JavaScript). */
function settingsForm(municipalityId: string, fields: Record<string, string>): FormData {
  return formData({
    municipalityId,
    signConvention: "EXPENSES_NEGATIVE",
    thresholdAmount: "",
    thresholdPercent: "",
    deviationRule: "AMOUNT_OR_PERCENT",
    ...fields,
  });
}

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("municipality settings", () => {
  it("a beheerder of Zoetermeer sets the toelichtingsgrens, audited per field, public pages revalidated", async () => {
    vi.mocked(revalidatePath).mockClear();
    const result = await as("beheerder", saveMunicipalitySettings)(
      settingsForm(zoetermeer.id, { thresholdAmount: "€ 100.000", thresholdPercent: "2,5", deviationRule: "AMOUNT_AND_PERCENT" }),
    );
    expect(result).toEqual({ ok: true, data: { message: "De instellingen zijn opgeslagen." } });
    const after = await settingsOf(zoetermeer.id);
    expect(after.deviationThresholdAmount).toBe(100000n);
    expect(after.deviationThresholdPercent?.toString()).toBe("2.5");
    expect(after.deviationRule).toBe("AMOUNT_AND_PERCENT");
    expect(revalidatePath).toHaveBeenCalledWith(`/${zoetermeer.slug}`);

    const audit = await db().auditEntry.findMany({
      where: { entityType: "Municipality", entityId: zoetermeer.id, userId: users.beheerder },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.field, a.oldValue, a.newValue])).toEqual([
      ["deviationThresholdAmount", null, "100000"],
      ["deviationThresholdPercent", null, "2.5"],
      ["deviationRule", "AMOUNT_OR_PERCENT", "AMOUNT_AND_PERCENT"],
    ]);

    // Saving the same again changes nothing and writes nothing.
    const again = await as("beheerder", saveMunicipalitySettings)(
      settingsForm(zoetermeer.id, { thresholdAmount: "100.000", thresholdPercent: "2,50", deviationRule: "AMOUNT_AND_PERCENT" }),
    );
    expect(again).toEqual({ ok: true, data: { message: "Er was niets gewijzigd." } });
    expect(await db().auditEntry.count({ where: { entityType: "Municipality", entityId: zoetermeer.id, userId: users.beheerder } })).toBe(3);

    // Empty means not set.
    expect((await as("beheerder", saveMunicipalitySettings)(settingsForm(zoetermeer.id, {}))).ok).toBe(true);
    expect(await settingsOf(zoetermeer.id)).toMatchObject({ deviationThresholdAmount: null, deviationThresholdPercent: null });
  });

  it("refuses every invalid field at once, in Dutch, and changes nothing", async () => {
    const before = await settingsOf(zoetermeer.id);
    const result = await as("beheerder", saveMunicipalitySettings)(
      settingsForm(zoetermeer.id, { signConvention: "ANDERS", thresholdAmount: "1.5", thresholdPercent: "100,5", deviationRule: "" }),
    );
    expectFailure(result, "VALIDATION");
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["deviationRule", "signConvention", "thresholdAmount", "thresholdPercent"]);
      expect(result.fieldErrors?.thresholdPercent).toEqual(["Vul een percentage tussen 0 en 100 in"]);
      expect(result.fieldErrors?.signConvention).toEqual(["Kies hoe uw gemeente bedragen afdrukt"]);
    }
    const decimals = await as("beheerder", saveMunicipalitySettings)(settingsForm(zoetermeer.id, { thresholdPercent: "2,555" }));
    expectFailure(decimals, "VALIDATION");
    if (!decimals.ok) expect(decimals.fieldErrors?.thresholdPercent).toEqual(["Maximaal 2 decimalen"]);
    expect(await settingsOf(zoetermeer.id)).toEqual(before);
  });

  it("refuses Hilversum's settings to Zoetermeer's beheerder, and Zoetermeer's to every other role", async () => {
    expectFailure(await as("beheerder", saveMunicipalitySettings)(settingsForm(hilversum.id, { thresholdAmount: "1" })), "FORBIDDEN");
    for (const user of ["controller", "advisor", "lezer", "platformAdmin"] as const) {
      expectFailure(await as(user, saveMunicipalitySettings)(settingsForm(zoetermeer.id, { thresholdAmount: "1" })), "FORBIDDEN");
    }
    expect((await settingsOf(zoetermeer.id)).deviationThresholdAmount).toBeNull();
  });
});

describe("users and roles", () => {
  it("a beheerder gives an existing user a role, assigns programmes and removes the role, all audited", async () => {
    const added = await as("beheerder", addRole)({ municipalityId: zoetermeer.id, email: `BEHEER-newcomer-${RUN}@test.invalid`, role: "BELEIDSADVISEUR" });
    expect(added.ok, JSON.stringify(added)).toBe(true);
    const id = await membershipId(users.newcomer, zoetermeer.id, "BELEIDSADVISEUR");
    expect(id).toBeDefined();

    const assigned = await as("beheerder", setAdvisorProgrammes)({ membershipId: id!, programmeIds: [p6] });
    expect(assigned.ok, JSON.stringify(assigned)).toBe(true);
    expect((await loadSessionUser(users.newcomer))?.memberships).toEqual([{ municipalityId: zoetermeer.id, role: "BELEIDSADVISEUR", programmeIds: [p6] }]);

    // A programme of another municipality is refused, nothing changes.
    const foreign = await as("beheerder", setAdvisorProgrammes)({ membershipId: id!, programmeIds: [p6, h421] });
    expect(foreign).toMatchObject({ ok: true, data: { fieldErrors: { programmeIds: ["Kies alleen programma's van deze gemeente"] } } });

    const again = await as("beheerder", addRole)({ municipalityId: zoetermeer.id, email: `beheer-newcomer-${RUN}@test.invalid`, role: "BELEIDSADVISEUR" });
    expect(again).toMatchObject({ ok: true, data: { fieldErrors: { role: [`Het account beheer-newcomer-${RUN}@test.invalid heeft deze rol al`] } } });

    expect((await as("beheerder", removeRole)({ membershipId: id! })).ok).toBe(true);
    expect(await membershipId(users.newcomer, zoetermeer.id, "BELEIDSADVISEUR")).toBeUndefined();

    const audit = await db().auditEntry.findMany({ where: { entityType: "Membership", entityId: id!, userId: users.beheerder }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.oldValue, a.newValue])).toEqual([
      ["create", null, { userId: users.newcomer, role: "BELEIDSADVISEUR", programmeIds: [] }],
      ["update", { userId: users.newcomer, role: "BELEIDSADVISEUR", programmeIds: [] }, { userId: users.newcomer, role: "BELEIDSADVISEUR", programmeIds: [p6] }],
      ["delete", { userId: users.newcomer, role: "BELEIDSADVISEUR", programmeIds: [p6] }, null],
    ]);
  });

  it("an unknown e-mail address needs a name; invalid input is refused per field, in Dutch", async () => {
    const result = await as("beheerder", addRole)({ municipalityId: zoetermeer.id, email: `niemand-${RUN}@test.invalid`, role: "LEZER" });
    expect(result).toMatchObject({ ok: true, data: { fieldErrors: { name: [expect.stringContaining("Er is nog geen account")] } } });
    const invalid = await as("beheerder", addRole)(formData({ municipalityId: zoetermeer.id, email: "geen-adres", role: "DIRECTEUR" }));
    expectFailure(invalid, "VALIDATION");
    if (!invalid.ok) expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(["email", "role"]);
    expect(await db().user.count({ where: { email: `niemand-${RUN}@test.invalid` } })).toBe(0);
  });

  it("keeps the municipality's last beheerder", async () => {
    // Make ours the only beheerder for a moment (the demo one is given back below).
    const others = await db().membership.findMany({
      where: { municipalityId: zoetermeer.id, role: "BEHEERDER", userId: { not: users.beheerder } },
      select: { userId: true },
    });
    for (const o of others) await removeMembership(db(), { userId: o.userId, municipalityId: zoetermeer.id, role: "BEHEERDER" }, actor);
    try {
      const own = await membershipId(users.beheerder, zoetermeer.id, "BEHEERDER");
      const result = await as("beheerder", removeRole)({ membershipId: own! });
      expect(result).toMatchObject({ ok: true, data: { refused: expect.stringContaining("laatste beheerder") } });
      expect(await membershipId(users.beheerder, zoetermeer.id, "BEHEERDER")).toBe(own);
    } finally {
      for (const o of others) await setMembership(db(), { userId: o.userId, municipalityId: zoetermeer.id, role: "BEHEERDER", programmeIds: [] }, actor);
    }
  });

  it("refuses Hilversum's roles to Zoetermeer's beheerder, and Zoetermeer's to every other role", async () => {
    const hilversumRole = await db().membership.findFirstOrThrow({ where: { municipalityId: hilversum.id }, select: { id: true } });
    expectFailure(await as("beheerder", removeRole)({ membershipId: hilversumRole.id }), "FORBIDDEN");
    expectFailure(await as("beheerder", addRole)({ municipalityId: hilversum.id, email: `beheer-newcomer-${RUN}@test.invalid`, role: "LEZER" }), "FORBIDDEN");
    const advisorRole = await membershipId(users.advisor, zoetermeer.id, "BELEIDSADVISEUR");
    for (const user of ["controller", "advisor", "lezer", "platformAdmin"] as const) {
      expectFailure(await as(user, addRole)({ municipalityId: zoetermeer.id, email: `beheer-newcomer-${RUN}@test.invalid`, role: "LEZER" }), "FORBIDDEN");
      expectFailure(await as(user, setAdvisorProgrammes)({ membershipId: advisorRole!, programmeIds: [] }), "FORBIDDEN");
      expectFailure(await as(user, removeRole)({ membershipId: advisorRole! }), "FORBIDDEN");
    }
    expect(await membershipId(users.newcomer, zoetermeer.id, "LEZER")).toBeUndefined();
    expect((await loadSessionUser(users.advisor))?.memberships[0]?.programmeIds).toEqual([p6]);
  });
});

describe("creating a municipality", () => {
  // The audit trail is append-only, so a created municipality stays: each run
  // takes CBS municipalities that are not in the database yet.
  const free = async (n: number) => {
    const existing = new Set((await db().municipality.findMany({ select: { cbsCode: true } })).map((m) => m.cbsCode));
    // Plain names only, so the file's line splits on "," and its name is its slug's source as is.
    const found = cbsMunicipalities()
      .filter((m) => !existing.has(m.cbsCode) && /^[A-Za-z]+(?:[- ][A-Za-z]+)*$/.test(m.cbsName))
      .slice(0, n);
    if (found.length < n) throw new Error("No CBS municipality left to create: reset the test database");
    return found;
  };
  const csvLine = (cbsCode: string) =>
    fs
      .readFileSync(path.join(process.cwd(), "lib/municipality/reference/gemeenten_2025.csv"), "utf8")
      .split("\r\n")
      .find((l) => l.startsWith(`${cbsCode},`))!
      .split(",");
  const input = (cbsCode: string, fields: Record<string, string> = {}) => ({ cbsCode, firstBeheerderEmail: `beheer-newcomer-${RUN}@test.invalid`, ...fields });

  it("a beheerder cannot, a platform administrator can; the CBS values are filled in, audited, with its first beheerder", async () => {
    const [cbs] = await free(1);
    // Name, slug and inhabitants posted alongside are ignored: they come from the CBS list.
    const posted = input(cbs!.cbsCode, { name: "Verzonnen", slug: "verzonnen", inhabitants: "1" });
    expectFailure(await as("beheerder", createMunicipalityAction)(posted), "FORBIDDEN");
    const result = await as("platformAdmin", createMunicipalityAction)(posted);
    expect(result).toEqual({ ok: true, data: { message: `Gemeente ${cbs!.name} is aangemaakt.`, slug: cbs!.slug } });
    const created = await db().municipality.findUniqueOrThrow({ where: { cbsCode: cbs!.cbsCode } });
    // Checked against the file's own line, not only the parser's reading of it.
    const [, name, province, , , inhabitants] = csvLine(cbs!.cbsCode);
    expect(created).toMatchObject({ name, province, inhabitants: Number(inhabitants), inhabitantsYear: 2025 });
    expect(created.slug).toBe(name!.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
    const audit = await db().auditEntry.findMany({ where: { municipalityId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.entityType, a.action, a.userId])).toEqual([
      ["Municipality", "create", users.platformAdmin],
      ["Membership", "create", users.platformAdmin],
    ]);
    expect(audit[0]!.newValue).toMatchObject({ cbsCode: cbs!.cbsCode, name: cbs!.name, province: cbs!.province, inhabitants: cbs!.inhabitants });
    expect((await loadSessionUser(users.newcomer))?.memberships).toContainEqual({ municipalityId: created.id, role: "BEHEERDER", programmeIds: [] });
    // The creator gets no rights inside it.
    expectFailure(await as("platformAdmin", saveMunicipalitySettings)(settingsForm(created.id, {})), "FORBIDDEN");

    const duplicate = await as("platformAdmin", createMunicipalityAction)(input(cbs!.cbsCode));
    expect(duplicate).toEqual({ ok: true, data: { refused: "Er is geen gemeente aangemaakt.", fieldErrors: { cbsCode: ["Er is al een gemeente met deze CBS-code"] } } });
  });

  it("refuses a code that is not in the CBS list, and every invalid field at once, in Dutch", async () => {
    const before = await db().municipality.count();
    for (const [code, message] of [
      ["GM9999", "GM9999 is geen gemeente in de lijst van het CBS; kies een gemeente uit de lijst"],
      ["", "Kies een gemeente uit de lijst"],
      ["<script>", "Kies een gemeente uit de lijst"],
    ] as const) {
      const result = await as("platformAdmin", createMunicipalityAction)(formData({ cbsCode: code, firstBeheerderEmail: "x" }));
      expectFailure(result, "VALIDATION");
      if (!result.ok) {
        expect(result.fieldErrors).toEqual({
          cbsCode: [message],
          firstBeheerderEmail: ["Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl"],
        });
      }
    }
    expect(await db().municipality.count()).toBe(before);
  });
});
