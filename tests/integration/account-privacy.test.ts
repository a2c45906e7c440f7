// What a beheerder learns about an account by typing its address
// (docs/decisions/008): that it exists and whether it is blocked — never the
// name of an account that also works elsewhere, neither in the answer of
// "Toevoegen" nor on the users-and-roles page, through the real action and
// loader against the real database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getSessionUser: vi.fn(),
}));

import { db } from "@/lib/db";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import type { Role } from "@/lib/auth/permissions";
import { getSessionUser, loadSessionUser } from "@/lib/auth/session";
import { setUserDisabled } from "@/lib/accounts/mutations";
import { addRole, removeRole, setAdvisorProgrammes } from "@/lib/users/actions";
import { loadMembersPage } from "@/lib/users/loaders";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";

const RUN = `${Date.now()}`;
const actor = { userId: null, reason: "test privacy accounts" };
const email = (key: string) => `${key.toLowerCase()}-${RUN}@privacy.test`;
/** The name of Hilversum's advisor that Zoetermeer's beheerder must not learn. */
const SECRET_NAME = `Verborgen Naam ${RUN}`;
const users: Record<"zoetermeerBeheerder" | "hilversumAdvisor" | "zoetermeerLezer", string> = {
  zoetermeerBeheerder: "",
  hilversumAdvisor: "",
  zoetermeerLezer: "",
};
const memberships: { userId: string; municipalityId: string; role: Role }[] = [];
let zoetermeer: string;
let hilversum: string;

function as<I, T>(key: keyof typeof users, action: AuthorizedServerAction<I, T>) {
  return withUserResolver(action, () => loadSessionUser(users[key]));
}

async function member(userId: string, municipalityId: string, role: Role) {
  await setMembership(db(), { userId, municipalityId, role, programmeIds: [] }, actor);
  memberships.push({ userId, municipalityId, role });
}

/** Zoetermeer's users-and-roles page as its beheerder gets it. */
async function membersPage() {
  vi.mocked(getSessionUser).mockResolvedValue(await loadSessionUser(users.zoetermeerBeheerder));
  const page = await loadMembersPage("zoetermeer");
  if (page.kind !== "ok") throw new Error(page.kind);
  return page.data;
}

beforeAll(async () => {
  zoetermeer = (await db().municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } })).id;
  hilversum = (await db().municipality.findUniqueOrThrow({ where: { cbsCode: "GM0402" } })).id;
  for (const key of Object.keys(users) as (keyof typeof users)[]) {
    const name = key === "hilversumAdvisor" ? SECRET_NAME : `Privacytest ${key}`;
    users[key] = (await upsertUserByEmail(db(), { email: email(key), name, passwordHash: null }, actor)).id;
  }
  await member(users.zoetermeerBeheerder, zoetermeer, "BEHEERDER");
  await member(users.hilversumAdvisor, hilversum, "BELEIDSADVISEUR");
  await member(users.zoetermeerLezer, zoetermeer, "LEZER");
});

afterAll(async () => {
  for (const m of memberships) await removeMembership(db(), m, actor);
  for (const id of Object.values(users)) await setUserDisabled(db(), id, true, actor);
  await db().$disconnect();
});

describe("adding an account of another municipality by its address", () => {
  it("answers with the typed address and the role, shows the member by address, and never the name", async () => {
    const added = await as("zoetermeerBeheerder", addRole)({ municipalityId: zoetermeer, email: email("hilversumAdvisor").toUpperCase(), role: "BELEIDSADVISEUR" });
    memberships.push({ userId: users.hilversumAdvisor, municipalityId: zoetermeer, role: "BELEIDSADVISEUR" });
    expect(added).toEqual({ ok: true, data: { message: `Het account ${email("hilversumAdvisor")} heeft de rol beleidsadviseur gekregen.` } });

    const again = await as("zoetermeerBeheerder", addRole)({ municipalityId: zoetermeer, email: email("hilversumAdvisor"), role: "BELEIDSADVISEUR" });
    expect(again).toEqual({ ok: true, data: { refused: "Er is niets gewijzigd.", fieldErrors: { role: [`Het account ${email("hilversumAdvisor")} heeft deze rol al`] } } });

    const page = await membersPage();
    const row = page.members.find((m) => m.userId === users.hilversumAdvisor);
    expect(row).toMatchObject({ name: null, email: email("hilversumAdvisor"), mayManageAccount: false });
    expect(JSON.stringify(page)).not.toContain(SECRET_NAME);

    // Managing the role there names the account by its address as well.
    const membershipId = row!.roles[0]!.membershipId;
    const assigned = await as("zoetermeerBeheerder", setAdvisorProgrammes)({ membershipId, programmeIds: [] });
    const removed = await as("zoetermeerBeheerder", removeRole)({ membershipId });
    expect(JSON.stringify([assigned, removed])).not.toContain(SECRET_NAME);
    expect(removed).toEqual({ ok: true, data: { message: `De rol is bij ${email("hilversumAdvisor")} weggehaald.` } });
  });

  it("still names the accounts the beheerder manages, and themselves", async () => {
    const page = await membersPage();
    expect(page.members.find((m) => m.userId === users.zoetermeerLezer)).toMatchObject({ name: "Privacytest zoetermeerLezer", mayManageAccount: true });
    expect(page.members.find((m) => m.userId === users.zoetermeerBeheerder)).toMatchObject({ name: "Privacytest zoetermeerBeheerder" });
  });

  it("says that a blocked account is blocked, without its name", async () => {
    await setUserDisabled(db(), users.hilversumAdvisor, true, actor);
    try {
      const result = await as("zoetermeerBeheerder", addRole)({ municipalityId: zoetermeer, email: email("hilversumAdvisor"), role: "LEZER" });
      expect(result).toMatchObject({ ok: true, data: { fieldErrors: { email: [expect.stringContaining("geblokkeerd")] } } });
      expect(JSON.stringify(result)).not.toContain(SECRET_NAME);
    } finally {
      await setUserDisabled(db(), users.hilversumAdvisor, false, actor);
    }
  });
});
