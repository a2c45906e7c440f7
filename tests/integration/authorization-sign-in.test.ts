// Signing in with e-mail + password against the real database: the rate
// limits per account and per client address (LoginAttempt), disabled users,
// demo users only in demo mode, and the demo users the seed creates.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/auth/session";
import { LOGIN_LIMITS } from "@/lib/auth/login-policy";
import { hashPassword } from "@/lib/users/password";
import { upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";
import { DEMO_PASSWORD, demoUsers, loadDemoUsers } from "@/prisma/demo/users";

const RUN = `${Date.now()}`;
const PASSWORD = "correct paard batterij niet";
const actor = { userId: null, reason: "test inloggen" };
const email = (name: string) => `${name}-${RUN}@inloggen.test`;
let ipCounter = 0;
/** A fresh documentation address (TEST-NET-2) per test, so the per-address limit of one test does not touch another. */
const freshIp = () => `198.51.100.${(ipCounter += 1)}-${RUN}`;

let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  for (const name of ["gewoon", "limiet", "herstel", "uitgeschakeld"]) {
    await upsertUserByEmail(db(), { email: email(name), name, passwordHash }, actor);
  }
  await upsertUserByEmail(db(), { email: email("demo"), name: "demo", passwordHash, isDemo: true }, actor);
  const disabled = await db().user.findUniqueOrThrow({ where: { email: email("uitgeschakeld") } });
  await setUserDisabled(db(), disabled.id, true, actor);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await db().loginAttempt.deleteMany({
    where: { OR: [{ email: { endsWith: `-${RUN}@inloggen.test` } }, { ip: { endsWith: `-${RUN}` } }] },
  });
  // Nobody wrote audit entries as these users (the actor was null), so they can go.
  await db().user.deleteMany({ where: { email: { endsWith: `-${RUN}@inloggen.test` } } });
  await db().$disconnect();
});

describe("verifyCredentials", () => {
  it("signs in with the right password, whatever the case of the address", async () => {
    const result = await verifyCredentials({ email: `  ${email("gewoon").toUpperCase()} `, password: PASSWORD, ip: freshIp() });
    expect(result).toMatchObject({ ok: true, user: { email: email("gewoon") } });
    const attempt = await db().loginAttempt.findFirst({ where: { email: email("gewoon") }, orderBy: { id: "desc" } });
    expect(attempt?.succeeded).toBe(true);
  });

  it("refuses a wrong password and an unknown address alike, and records both as failed", async () => {
    const ip = freshIp();
    expect(await verifyCredentials({ email: email("gewoon"), password: "fout", ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: email("bestaat-niet"), password: PASSWORD, ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await db().loginAttempt.count({ where: { ip, succeeded: false } })).toBe(2);
  });

  it(`allows ${LOGIN_LIMITS.perAccount} failures per account, then refuses even the right password`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      expect(await verifyCredentials({ email: email("limiet"), password: `fout ${i}`, ip: freshIp() })).toMatchObject({ reason: "invalid" });
    }
    expect(await verifyCredentials({ email: email("limiet"), password: PASSWORD, ip: freshIp() })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
  });

  it(`lets the account in again after ${LOGIN_LIMITS.windowMinutes} minutes`, async () => {
    const later = new Date(Date.now() + (LOGIN_LIMITS.windowMinutes + 1) * 60_000);
    expect(await verifyCredentials({ email: email("limiet"), password: PASSWORD, ip: freshIp() }, later)).toMatchObject({ ok: true });
  });

  it("a successful sign-in clears the account's count", async () => {
    const fail = () => verifyCredentials({ email: email("herstel"), password: "fout", ip: freshIp() });
    for (let i = 0; i < LOGIN_LIMITS.perAccount - 1; i++) await fail();
    expect(await verifyCredentials({ email: email("herstel"), password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
    for (let i = 0; i < LOGIN_LIMITS.perAccount - 1; i++) await fail();
    expect(await verifyCredentials({ email: email("herstel"), password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it(`allows ${LOGIN_LIMITS.perIp} failures per client address, for any accounts, then refuses that address only`, async () => {
    const ip = freshIp();
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      await verifyCredentials({ email: email(`onbekend-${i}`), password: "fout", ip });
    }
    expect(await verifyCredentials({ email: email("gewoon"), password: PASSWORD, ip })).toEqual({ ok: false, reason: "rate_limited" });
    expect(await verifyCredentials({ email: email("gewoon"), password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it("without a trustworthy client address (TRUSTED_PROXY_HOPS=0) limits the account only, not everyone together", async () => {
    for (let i = 0; i <= LOGIN_LIMITS.perIp; i++) {
      await verifyCredentials({ email: email(`zonder-adres-${i}`), password: "fout", ip: null });
    }
    expect(await verifyCredentials({ email: email("gewoon"), password: PASSWORD, ip: null })).toMatchObject({ ok: true });
  });

  it("refuses a disabled user with the right password", async () => {
    expect(await verifyCredentials({ email: email("uitgeschakeld"), password: PASSWORD, ip: freshIp() })).toEqual({
      ok: false,
      reason: "not_allowed",
    });
  });

  it("lets a demo user in only in demo mode", async () => {
    vi.stubEnv("DEMO_MODE", "");
    expect(await verifyCredentials({ email: email("demo"), password: PASSWORD, ip: freshIp() })).toEqual({ ok: false, reason: "not_allowed" });
    vi.stubEnv("DEMO_MODE", "1");
    expect(await verifyCredentials({ email: email("demo"), password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it("a session of a demo user stops working outside demo mode", async () => {
    const demo = await db().user.findUniqueOrThrow({ where: { email: email("demo") } });
    vi.stubEnv("DEMO_MODE", "1");
    expect(await loadSessionUser(demo.id)).toMatchObject({ id: demo.id });
    vi.stubEnv("DEMO_MODE", "0");
    expect(await loadSessionUser(demo.id)).toBeNull();
  });
});

describe("loadDemoUsers", () => {
  it("does nothing outside demo mode", async () => {
    vi.stubEnv("DEMO_MODE", "");
    expect(await loadDemoUsers(db())).toBe(0);
  });

  it("creates one demo user per role, with memberships, and can run again", async () => {
    vi.stubEnv("DEMO_MODE", "1");
    expect(await loadDemoUsers(db())).toBe(demoUsers.length);
    expect(await loadDemoUsers(db())).toBe(demoUsers.length);

    const users = await db().user.findMany({
      where: { email: { in: demoUsers.map((u) => u.email) } },
      include: { memberships: { include: { municipality: true, programmes: { include: { programme: true } } } } },
    });
    expect(users).toHaveLength(demoUsers.length);
    expect(users.every((u) => u.isDemo && u.passwordHash !== DEMO_PASSWORD)).toBe(true);
    const roles = new Set(users.flatMap((u) => u.memberships.map((m) => m.role)));
    expect([...roles].sort()).toEqual(["BEHEERDER", "BELEIDSADVISEUR", "CONTROLLER", "LEZER"]);

    const advisor = users.find((u) => u.email === "advies@zoetermeer.demo")!;
    expect(advisor.memberships).toHaveLength(1);
    expect(advisor.memberships[0]).toMatchObject({ role: "BELEIDSADVISEUR", municipality: { slug: "zoetermeer" } });
    expect(advisor.memberships[0]!.programmes.map((p) => p.programme.number)).toEqual(["6"]);
    expect(users.find((u) => u.email === "beheerder@platform.demo")).toMatchObject({ isPlatformAdmin: true, memberships: [] });

    const twoMunicipalities = users.find((u) => u.email === "controller@midden-groningen.demo")!;
    expect(twoMunicipalities.memberships.map((m) => `${m.municipality.slug}:${m.role}`).sort()).toEqual([
      "hilversum:LEZER",
      "midden-groningen:CONTROLLER",
    ]);
  });

  it("the documented demo password works, in demo mode only", async () => {
    vi.stubEnv("DEMO_MODE", "1");
    expect(await verifyCredentials({ email: "advies@zoetermeer.demo", password: DEMO_PASSWORD, ip: freshIp() })).toMatchObject({
      ok: true,
    });
    vi.stubEnv("DEMO_MODE", "");
    expect(await verifyCredentials({ email: "advies@zoetermeer.demo", password: DEMO_PASSWORD, ip: freshIp() })).toEqual({
      ok: false,
      reason: "not_allowed",
    });
  });
});
