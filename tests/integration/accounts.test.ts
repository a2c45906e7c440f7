// User accounts end to end through the real actions and database: a beheerder
// invites someone new (account + role + one-time link), the link sets a
// password once and only once, sessions from before a password change end,
// blocking shuts an account out at once, a signed-in user changes their own
// password, and a platform administrator creates a municipality with a new
// first beheerder. The audit trail records every step and never a secret.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const cookieJar = vi.hoisted(() => ({ set: vi.fn(), getAll: () => [] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "gemeente.test", "x-forwarded-for": "192.0.2.10" }),
  cookies: async () => cookieJar,
}));

import { db } from "@/lib/db";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import { verifyCredentials } from "@/lib/auth/credentials";
import type { Role } from "@/lib/auth/permissions";
import { blockAccount, changePassword, createPasswordLink, setPasswordForm, unblockAccount } from "@/lib/accounts/actions";
import { findOwnAccount, findUsablePasswordLink, listAllAccounts } from "@/lib/accounts/data";
import { setPasswordWithLink, setUserDisabled } from "@/lib/accounts/mutations";
import { hashTokenSecret } from "@/lib/accounts/token";
import { DEMO_PASSWORD_FIXED, LINK_NOT_USABLE_MESSAGE } from "@/lib/accounts/messages";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { createMunicipalityAction } from "@/lib/municipality/actions";
import { cbsMunicipalities } from "@/lib/municipality/reference/cbs";
import { addRole } from "@/lib/users/actions";
import { linkFromCommandLine, removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { hashPassword } from "@/lib/users/password";

const RUN = `${Date.now()}`;
const actor = { userId: null, reason: "test accounts" };
const PASSWORD = "een lange zin als wachtwoord";
const email = (name: string) => `${name}-${RUN}@accounts.test`;
type UserKey = "beheerder" | "controller" | "platformAdmin" | "both" | "hilversumBeheerder";
const users = {} as Record<UserKey, string>;
const memberships: { userId: string; municipalityId: string; role: Role }[] = [];
let zoetermeer: string;
let hilversum: string;

function as<I, T>(user: UserKey | string, action: AuthorizedServerAction<I, T>) {
  return withUserResolver(action, () => loadSessionUser(users[user as UserKey] ?? user));
}

/** The secret is the last path segment of the link an answer shows. */
function secretOf(link: unknown): string {
  expect(link).toMatch(/^http:\/\/gemeente\.test\/wachtwoord-instellen\/[A-Za-z0-9_-]{43}$/);
  return String(link).split("/").at(-1)!;
}

async function member(userId: string, municipalityId: string, role: Role) {
  await setMembership(db(), { userId, municipalityId, role, programmeIds: [] }, actor);
  memberships.push({ userId, municipalityId, role });
}

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_URL", ""); // links are then built from the (mocked) request host
  zoetermeer = (await db().municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } })).id;
  hilversum = (await db().municipality.findUniqueOrThrow({ where: { cbsCode: "GM0402" } })).id;
  const passwordHash = await hashPassword(PASSWORD);
  for (const key of Object.keys({ beheerder: 1, controller: 1, platformAdmin: 1, both: 1, hilversumBeheerder: 1 }) as UserKey[]) {
    const user = await upsertUserByEmail(db(), { email: email(key), name: `Accounttest ${key}`, passwordHash, isPlatformAdmin: key === "platformAdmin" }, actor);
    users[key] = user.id;
  }
  await member(users.beheerder, zoetermeer, "BEHEERDER");
  await member(users.controller, zoetermeer, "CONTROLLER");
  await member(users.both, zoetermeer, "LEZER");
  await member(users.both, hilversum, "LEZER");
  await member(users.hilversumBeheerder, hilversum, "BEHEERDER");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  for (const m of memberships) await removeMembership(db(), m, actor);
  // Accounts that wrote audit entries stay (the trail is append-only), blocked.
  const created = await db().user.findMany({ where: { email: { endsWith: `-${RUN}@accounts.test` } }, select: { id: true } });
  for (const u of created) await setUserDisabled(db(), u.id, true, actor);
  await db().loginAttempt.deleteMany({ where: { email: { endsWith: `-${RUN}@accounts.test` } } });
  await db().$disconnect();
});

describe("inviting someone new", () => {
  it("makes the account without a password, gives the role, and shows a one-time link whose secret is stored only as a hash", async () => {
    const result = await as("beheerder", addRole)({ municipalityId: zoetermeer, email: email("Nieuw").toUpperCase(), name: "Nieuwe Collega", role: "CONTROLLER" });
    if (!result.ok || !("message" in result.data)) throw new Error(JSON.stringify(result));
    expect(result.data.message).toMatch(/^Account voor Nieuwe Collega gemaakt, met de rol controller\..*De link werkt één keer, tot \d\d-\d\d-\d{4} \d\d:\d\d\.$/);
    const secret = secretOf(result.data.link);

    const user = await db().user.findUniqueOrThrow({ where: { email: email("nieuw") }, include: { memberships: true, accountTokens: true } });
    memberships.push({ userId: user.id, municipalityId: zoetermeer, role: "CONTROLLER" });
    expect(user.passwordHash).toBeNull();
    expect(user.memberships.map((m) => [m.municipalityId, m.role])).toEqual([[zoetermeer, "CONTROLLER"]]);
    expect(user.accountTokens).toHaveLength(1);
    expect(user.accountTokens[0]).toMatchObject({ purpose: "INVITE", tokenHash: hashTokenSecret(secret), usedAt: null, createdById: users.beheerder });
    const days = (user.accountTokens[0]!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const audit = await db().auditEntry.findMany({
      where: { userId: users.beheerder, entityId: { in: [user.id, user.memberships[0]!.id] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.entityType, a.action])).toEqual([
      ["User", "create"],
      ["Membership", "create"],
      ["User", "invite"],
    ]);
    const trail = JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(trail).not.toContain(secret);
    expect(trail).not.toContain(hashTokenSecret(secret));

    expect(await findUsablePasswordLink(secret)).toMatchObject({ purpose: "INVITE", name: "Nieuwe Collega", email: email("nieuw") });
  });

  it("gives an existing account only the role, never a link (it may also work for another municipality)", async () => {
    const result = await as("beheerder", addRole)({ municipalityId: zoetermeer, email: email("both"), name: "Andere naam", role: "CONTROLLER" });
    memberships.push({ userId: users.both, municipalityId: zoetermeer, role: "CONTROLLER" });
    expect(result).toEqual({ ok: true, data: { message: `Het account ${email("both")} heeft de rol controller gekregen.` } });
    expect(await db().accountToken.count({ where: { userId: users.both } })).toBe(0);
    expect((await db().user.findUniqueOrThrow({ where: { id: users.both } })).name).toBe("Accounttest both");
  });
});

describe("using a password link", () => {
  async function invite(name: string) {
    const result = await as("beheerder", addRole)({ municipalityId: zoetermeer, email: email(name), name, role: "LEZER" });
    if (!result.ok || !("link" in result.data)) throw new Error(JSON.stringify(result));
    const user = await db().user.findUniqueOrThrow({ where: { email: email(name) } });
    memberships.push({ userId: user.id, municipalityId: zoetermeer, role: "LEZER" });
    return { secret: secretOf(result.data.link), userId: user.id };
  }

  it("shows the account as invited until the link expires, then without a password, and blocked once blocked", async () => {
    const { userId } = await invite("status");
    const statusAt = async (now?: Date) => (await listAllAccounts(now)).find((a) => a.id === userId)?.status;
    expect(await statusAt()).toBe("UITGENODIGD");
    expect(await statusAt(new Date(Date.now() + 8 * 86_400_000))).toBe("GEEN_WACHTWOORD");
    await setUserDisabled(db(), userId, true, actor);
    expect(await statusAt()).toBe("GEBLOKKEERD");
  });

  it("sets the password once: the new user signs in, the link then says it no longer works", async () => {
    const { secret, userId } = await invite("eenmalig");
    expect(await setPasswordWithLink({ secret, password: PASSWORD })).toEqual({ ok: true, email: email("eenmalig") });
    expect(await verifyCredentials({ email: email("eenmalig"), password: PASSWORD, ip: `link-${RUN}` })).toMatchObject({ ok: true });
    expect(await setPasswordWithLink({ secret, password: "iets heel anders nog" })).toEqual({ ok: false, message: LINK_NOT_USABLE_MESSAGE });
    expect(await findUsablePasswordLink(secret)).toBeNull();
    const audit = await db().auditEntry.findMany({ where: { entityId: userId, action: "password_set" } });
    expect(audit.map((a) => [a.userId, a.newValue])).toEqual([[userId, { via: "uitnodiging" }]]);
  });

  it("lets exactly one of two simultaneous uses win", async () => {
    const { secret, userId } = await invite("gelijktijdig");
    const results = await Promise.all([
      setPasswordWithLink({ secret, password: "eerste lange wachtwoord" }),
      setPasswordWithLink({ secret, password: "tweede lange wachtwoord" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().auditEntry.count({ where: { entityId: userId, action: "password_set" } })).toBe(1);
  });

  it("refuses an expired link, a replaced link and a blocked account's link with the same message", async () => {
    const { secret, userId } = await invite("verlopen");
    const eightDaysLater = new Date(Date.now() + 8 * 86_400_000);
    expect(await setPasswordWithLink({ secret, password: PASSWORD }, eightDaysLater)).toEqual({ ok: false, message: LINK_NOT_USABLE_MESSAGE });

    const renewed = await as("beheerder", createPasswordLink)({ userId });
    if (!renewed.ok || !("link" in renewed.data)) throw new Error(JSON.stringify(renewed));
    expect(renewed.data.message).toContain("Nieuwe link voor verlopen.");
    expect(await setPasswordWithLink({ secret, password: PASSWORD })).toEqual({ ok: false, message: LINK_NOT_USABLE_MESSAGE });
    const renewedSecret = secretOf(renewed.data.link);
    expect(await findUsablePasswordLink(renewedSecret)).not.toBeNull();

    // Blocking stops the open link, and unblocking does not bring it back.
    expect(await as("beheerder", blockAccount)({ userId })).toMatchObject({ ok: true });
    expect(await findUsablePasswordLink(renewedSecret)).toBeNull();
    expect(await as("beheerder", unblockAccount)({ userId })).toMatchObject({ ok: true });
    expect(await setPasswordWithLink({ secret: renewedSecret, password: PASSWORD })).toEqual({ ok: false, message: LINK_NOT_USABLE_MESSAGE });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBeNull();
  });

  it("gives an account with a password a one-day reset link; the old password works until the link is used", async () => {
    const { id } = await upsertUserByEmail(db(), { email: email("reset"), name: "Reset Test", passwordHash: await hashPassword(PASSWORD) }, actor);
    await member(id, zoetermeer, "LEZER");
    const result = await as("beheerder", createPasswordLink)({ userId: id });
    if (!result.ok || !("link" in result.data)) throw new Error(JSON.stringify(result));
    const secret = secretOf(result.data.link);
    const token = await db().accountToken.findUniqueOrThrow({ where: { tokenHash: hashTokenSecret(secret) } });
    expect(token.purpose).toBe("RESET");
    const hours = (token.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect(await verifyCredentials({ email: email("reset"), password: PASSWORD, ip: `reset-${RUN}` })).toMatchObject({ ok: true });

    expect(await setPasswordWithLink({ secret, password: "het nieuwe wachtwoord" })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: email("reset"), password: PASSWORD, ip: `reset-${RUN}` })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: email("reset"), password: "het nieuwe wachtwoord", ip: `reset-${RUN}` })).toMatchObject({ ok: true });
    const audit = await db().auditEntry.findMany({ where: { entityId: id, action: { in: ["password_link", "password_set"] } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.userId, a.action === "password_set" ? a.newValue : null])).toEqual([
      ["password_link", users.beheerder, null],
      ["password_set", id, { via: "herstellink" }],
    ]);
  });

  it("refuses a weak or mistyped password in Dutch per field, and an unknown link, through the form's action", async () => {
    const { secret } = await invite("formulier");
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      return data;
    };
    const short = await setPasswordForm(INITIAL_FORM_STATE, form({ token: secret, password: "kort", confirmation: "anders" }));
    expect(short).toMatchObject({
      status: "error",
      fieldErrors: { password: ["Kies een wachtwoord van minstens 12 tekens"], confirmation: ["De twee wachtwoorden zijn niet gelijk"] },
      values: {},
    });
    const long = await setPasswordForm(INITIAL_FORM_STATE, form({ token: secret, password: "é".repeat(40), confirmation: "é".repeat(40) }));
    expect(long.fieldErrors.password?.[0]).toMatch(/^Dit wachtwoord is te lang: maximaal 72 bytes/);
    const unknown = await setPasswordForm(INITIAL_FORM_STATE, form({ token: "x".repeat(43), password: PASSWORD, confirmation: PASSWORD }));
    expect(unknown).toMatchObject({ status: "error", message: LINK_NOT_USABLE_MESSAGE });
    expect(await findUsablePasswordLink(secret)).not.toBeNull();
  });

  it("ends sessions that began before the password was set; a new sign-in works", async () => {
    const { secret, userId } = await invite("sessies");
    const before = Math.floor(Date.now() / 1000) - 60;
    expect(await loadSessionUser(userId, before)).toMatchObject({ id: userId });
    await setPasswordWithLink({ secret, password: PASSWORD });
    expect(await loadSessionUser(userId, before)).toBeNull();
    expect(await loadSessionUser(userId, Math.floor(Date.now() / 1000))).toMatchObject({ id: userId });
  });
});

describe("blocking an account", () => {
  it("shuts the account out at once and lets it back in when unblocked, both audited", async () => {
    const { id } = await upsertUserByEmail(db(), { email: email("blok"), name: "Blok Test", passwordHash: await hashPassword(PASSWORD) }, actor);
    await member(id, zoetermeer, "LEZER");
    expect(await as("beheerder", blockAccount)({ userId: id })).toEqual({ ok: true, data: { message: "Het account van Blok Test is geblokkeerd." } });
    expect(await loadSessionUser(id)).toBeNull();
    expect(await verifyCredentials({ email: email("blok"), password: PASSWORD, ip: `blok-${RUN}` })).toEqual({ ok: false, reason: "not_allowed" });
    expect(await as("beheerder", createPasswordLink)({ userId: id })).toMatchObject({ ok: true, data: { refused: expect.stringContaining("geblokkeerd") } });
    expect(await as("beheerder", addRole)({ municipalityId: zoetermeer, email: email("blok"), role: "CONTROLLER" })).toMatchObject({
      ok: true,
      data: { fieldErrors: { email: [expect.stringContaining("geblokkeerd")] } },
    });
    expect(await db().accountToken.count({ where: { userId: id } })).toBe(0);
    expect(await db().membership.count({ where: { userId: id } })).toBe(1);

    expect(await as("beheerder", unblockAccount)({ userId: id })).toEqual({ ok: true, data: { message: "Het account van Blok Test is gedeblokkeerd." } });
    expect(await loadSessionUser(id)).toMatchObject({ id });
    const audit = await db().auditEntry.findMany({ where: { entityId: id, userId: users.beheerder }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["disable", "enable"]);
  });

  it("ends sessions that began before the block for good: after unblocking only a new sign-in works", async () => {
    const { id } = await upsertUserByEmail(db(), { email: email("herleef"), name: "Herleef Test", passwordHash: await hashPassword(PASSWORD) }, actor);
    await member(id, zoetermeer, "LEZER");
    const before = Math.floor(Date.now() / 1000) - 60; // a session signed in a minute ago, say on a lost laptop
    expect(await loadSessionUser(id, before)).toMatchObject({ id });
    expect(await as("beheerder", blockAccount)({ userId: id })).toMatchObject({ ok: true });
    expect(await as("beheerder", unblockAccount)({ userId: id })).toMatchObject({ ok: true });

    expect(await loadSessionUser(id, before)).toBeNull();
    expect(await verifyCredentials({ email: email("herleef"), password: PASSWORD, ip: `herleef-${RUN}` })).toMatchObject({ ok: true });
    expect(await loadSessionUser(id, Math.floor(Date.now() / 1000))).toMatchObject({ id });
  });

  it("shows the owner when the password was last set, not when the account was blocked or unblocked", async () => {
    const { id } = await upsertUserByEmail(db(), { email: email("datum"), name: "Datum Test", passwordHash: null }, actor);
    await member(id, zoetermeer, "LEZER");
    expect(await as("beheerder", blockAccount)({ userId: id })).toMatchObject({ ok: true });
    expect(await as("beheerder", unblockAccount)({ userId: id })).toMatchObject({ ok: true });
    expect((await findOwnAccount(id))?.passwordChangedAt).toBeNull();

    const link = await as("beheerder", createPasswordLink)({ userId: id });
    if (!link.ok || !("link" in link.data)) throw new Error(JSON.stringify(link));
    expect(await setPasswordWithLink({ secret: secretOf(link.data.link), password: PASSWORD })).toMatchObject({ ok: true });
    const set = await db().auditEntry.findFirstOrThrow({ where: { entityId: id, action: "password_set" } });
    expect((await findOwnAccount(id))?.passwordChangedAt).toEqual(set.at);
  });

  it("is for a beheerder of every municipality of the account, or the platform administrator — never oneself", async () => {
    expect(await as("beheerder", blockAccount)({ userId: users.both })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await as("hilversumBeheerder", blockAccount)({ userId: users.both })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await as("controller", blockAccount)({ userId: users.both })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await as("beheerder", blockAccount)({ userId: users.beheerder })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await as("beheerder", blockAccount)({ userId: "bestaat-niet" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db().user.findUniqueOrThrow({ where: { id: users.both } })).disabledAt).toBeNull();

    expect(await as("platformAdmin", blockAccount)({ userId: users.both })).toMatchObject({ ok: true });
    expect(await as("platformAdmin", unblockAccount)({ userId: users.both })).toMatchObject({ ok: true });
  });
});

describe("changing one's own password", () => {
  it("checks the current password, refuses someone else's account, and ends other sessions", async () => {
    const wrong = await as("controller", changePassword)({ userId: users.controller, currentPassword: "fout", password: "mijn nieuwe wachtwoord", confirmation: "mijn nieuwe wachtwoord" });
    expect(wrong).toEqual({ ok: true, data: { refused: "Uw wachtwoord is niet gewijzigd.", fieldErrors: { currentPassword: ["Uw huidige wachtwoord klopt niet."] } } });
    const same = await as("controller", changePassword)({ userId: users.controller, currentPassword: PASSWORD, password: PASSWORD, confirmation: PASSWORD });
    expect(same).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { password: ["Kies een ander wachtwoord dan het huidige"] } });
    const other = await as("beheerder", changePassword)({ userId: users.controller, currentPassword: PASSWORD, password: "mijn nieuwe wachtwoord", confirmation: "mijn nieuwe wachtwoord" });
    expect(other).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const link = await as("beheerder", createPasswordLink)({ userId: users.controller });
    if (!link.ok || !("link" in link.data)) throw new Error(JSON.stringify(link));
    const before = Math.floor(Date.now() / 1000) - 60;
    cookieJar.set.mockClear();
    const done = await as("controller", changePassword)({ userId: users.controller, currentPassword: PASSWORD, password: "mijn nieuwe wachtwoord", confirmation: "mijn nieuwe wachtwoord" });
    expect(done).toEqual({ ok: true, data: { message: "Uw wachtwoord is gewijzigd. Op andere apparaten moet u opnieuw inloggen." } });
    expect(cookieJar.set).toHaveBeenCalledTimes(1); // this session starts afresh
    expect(await loadSessionUser(users.controller, before)).toBeNull();
    expect(await verifyCredentials({ email: email("controller"), password: "mijn nieuwe wachtwoord", ip: `wijzig-${RUN}` })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: email("controller"), password: PASSWORD, ip: `wijzig-${RUN}` })).toEqual({ ok: false, reason: "invalid" });
    expect(await findUsablePasswordLink(secretOf(link.data.link))).toBeNull(); // a reset link made before the change no longer works
    expect(await db().auditEntry.count({ where: { entityId: users.controller, action: "password_change", userId: users.controller } })).toBe(1);
  });
});

describe("npm run account:link (linkFromCommandLine)", () => {
  it("makes the first platform administrator with an invitation, resets an existing password, and refuses what it cannot do", async () => {
    expect(await linkFromCommandLine({ email: email("cli"), platformAdmin: true })).toEqual({
      ok: false,
      message: `Er is nog geen account ${email("cli")}. Geef een naam mee: --naam "Voornaam Achternaam".`,
    });
    const created = await linkFromCommandLine({ email: email("cli"), name: "Eerste Beheer", platformAdmin: true });
    if (!created.ok) throw new Error(created.message);
    expect(created.created).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { email: email("cli") } });
    expect(user).toMatchObject({ name: "Eerste Beheer", isPlatformAdmin: true, passwordHash: null });
    expect(await findUsablePasswordLink(created.link.secret)).toMatchObject({ purpose: "INVITE" });
    const audit = await db().auditEntry.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.userId, a.reason])).toEqual([
      ["create", null, "Opdrachtregel: npm run account:link"],
      ["invite", null, "Opdrachtregel: npm run account:link"],
    ]);

    await setPasswordWithLink({ secret: created.link.secret, password: PASSWORD });
    const reset = await linkFromCommandLine({ email: email("cli"), platformAdmin: false });
    if (!reset.ok) throw new Error(reset.message);
    expect(reset.created).toBe(false);
    expect(await findUsablePasswordLink(reset.link.secret)).toMatchObject({ purpose: "RESET", name: "Eerste Beheer" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).isPlatformAdmin).toBe(true); // not taken away

    await setUserDisabled(db(), user.id, true, actor);
    expect(await linkFromCommandLine({ email: email("cli"), platformAdmin: true })).toMatchObject({ ok: false, message: expect.stringContaining("geblokkeerd") });
  });
});

describe("demo accounts", () => {
  it("keep the shared demo password: no password link, no password change", async () => {
    vi.stubEnv("DEMO_MODE", "1");
    try {
      const { id } = await upsertUserByEmail(db(), { email: email("demo"), name: "Demo Test", passwordHash: await hashPassword(PASSWORD), isDemo: true }, actor);
      await member(id, zoetermeer, "LEZER");
      expect(await as("beheerder", createPasswordLink)({ userId: id })).toEqual({ ok: true, data: { refused: DEMO_PASSWORD_FIXED, fieldErrors: {} } });
      const change = await as(id, changePassword)({ userId: id, currentPassword: PASSWORD, password: "een ander wachtwoord", confirmation: "een ander wachtwoord" });
      expect(change).toEqual({ ok: true, data: { refused: DEMO_PASSWORD_FIXED, fieldErrors: {} } });
      expect(await verifyCredentials({ email: email("demo"), password: PASSWORD, ip: `demo-${RUN}` })).toMatchObject({ ok: true });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("a new municipality with a new first beheerder", () => {
  it("makes the account and gives the platform administrator an invitation link", async () => {
    // A CBS municipality not in the database yet (a created one stays: the audit trail is append-only).
    const existing = new Set((await db().municipality.findMany({ select: { cbsCode: true } })).map((m) => m.cbsCode));
    const code = [...cbsMunicipalities()].reverse().find((m) => !existing.has(m.cbsCode))!.cbsCode;
    const input = { cbsCode: code, firstBeheerderEmail: email("eerste") };
    expect(await as("platformAdmin", createMunicipalityAction)(input)).toMatchObject({
      ok: true,
      data: { fieldErrors: { firstBeheerderName: [expect.stringContaining("Er is nog geen account")] } },
    });
    const result = await as("platformAdmin", createMunicipalityAction)({ ...input, firstBeheerderName: "Eerste Beheerder" });
    if (!result.ok || !("link" in result.data)) throw new Error(JSON.stringify(result));
    const secret = secretOf(result.data.link);
    const user = await db().user.findUniqueOrThrow({ where: { email: email("eerste") }, include: { memberships: true } });
    const created = await db().municipality.findUniqueOrThrow({ where: { cbsCode: code } });
    memberships.push({ userId: user.id, municipalityId: created.id, role: "BEHEERDER" });
    expect(user.memberships.map((m) => [m.municipalityId, m.role])).toEqual([[created.id, "BEHEERDER"]]);
    expect(await findUsablePasswordLink(secret)).toMatchObject({ purpose: "INVITE", name: "Eerste Beheerder" });
  });
});
