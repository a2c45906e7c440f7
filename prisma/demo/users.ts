// Demo users, one per role, created by the seed ONLY in demo mode (DEMO_MODE=1).
// They sign in only while the app runs in demo mode too (lib/auth/credentials.ts):
// a production database that somehow holds them does not let them in.
//
// All share one password, DEMO_PASSWORD, which the sign-in page shows in demo mode.
import type { Db } from "@/lib/db";
import { DEMO_PASSWORD, demoUsers } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/users/password";
import { setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { isDemoMode } from "@/lib/auth/config";

export { DEMO_PASSWORD, demoUsers, type DemoMembership, type DemoUser } from "@/lib/auth/demo-accounts";

/**
 * Creates (or refreshes) the demo users and their memberships. Does nothing
 * outside demo mode. Needs the demo municipalities and programmes loaded first.
 * Returns how many users it wrote.
 */
export async function loadDemoUsers(db: Db): Promise<number> {
  if (!isDemoMode()) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actor = { userId: null, reason: "demodata" };
  for (const demo of demoUsers) {
    const user = await upsertUserByEmail(
      db,
      { email: demo.email, name: demo.name, passwordHash, isPlatformAdmin: demo.isPlatformAdmin ?? false, isDemo: true },
      actor,
    );
    for (const m of demo.memberships) {
      const municipality = await db.municipality.findUniqueOrThrow({ where: { cbsCode: m.municipality }, select: { id: true } });
      const programmes = await db.programme.findMany({
        where: { municipalityId: municipality.id, number: { in: m.programmes ?? [] } },
        select: { id: true, number: true },
      });
      const missing = (m.programmes ?? []).filter((n) => !programmes.some((p) => p.number === n));
      if (missing.length > 0) throw new Error(`Demogebruiker ${demo.email}: programma ${missing.join(", ")} bestaat niet`);
      await setMembership(
        db,
        { userId: user.id, municipalityId: municipality.id, role: m.role, programmeIds: programmes.map((p) => p.id) },
        actor,
      );
    }
  }
  return demoUsers.length;
}
