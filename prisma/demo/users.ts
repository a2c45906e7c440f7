// Demo users, one per role, created by the seed ONLY in demo mode (DEMO_MODE=1).
// They sign in only while the app runs in demo mode too (lib/auth/credentials.ts):
// a production database that somehow holds them does not let them in.
//
// All share one password, DEMO_PASSWORD, which the sign-in page shows in demo mode.
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/users/password";
import { setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { isDemoMode } from "@/lib/auth/config";

/** The documented password of every demo account. Not a secret: demo data only. */
export const DEMO_PASSWORD = "programmamonitor-demo";

export interface DemoMembership {
  /** CBS code of the municipality, as in municipalities.ts. */
  municipality: string;
  role: Role;
  /** Programme numbers as printed ("6", "4.2.1"); an advisor without any edits nothing. */
  programmes?: string[];
}

export interface DemoUser {
  email: string;
  name: string;
  /** What to try with this account; shown on the sign-in page in demo mode. */
  purpose: string;
  isPlatformAdmin?: boolean;
  memberships: DemoMembership[];
}

const ZOETERMEER = "GM0637";
const HILVERSUM = "GM0402";
const MIDDEN_GRONINGEN = "GM1952";

export const demoUsers: DemoUser[] = [
  {
    email: "beheerder@zoetermeer.demo",
    name: "Bea Beheerder (Zoetermeer)",
    purpose: "Beheerder van Zoetermeer: gebruikers, rollen, instellingen en documentstatus",
    memberships: [{ municipality: ZOETERMEER, role: "BEHEERDER" }],
  },
  {
    email: "controller@zoetermeer.demo",
    name: "Carel Controller (Zoetermeer)",
    purpose: "Controller van Zoetermeer: keurt cijfers goed of stuurt ze terug",
    memberships: [{ municipality: ZOETERMEER, role: "CONTROLLER" }],
  },
  {
    email: "advies@zoetermeer.demo",
    name: "Anna Adviseur (Zoetermeer)",
    purpose: "Beleidsadviseur van Zoetermeer voor programma 6: vult realisaties en toelichtingen in",
    memberships: [{ municipality: ZOETERMEER, role: "BELEIDSADVISEUR", programmes: ["6"] }],
  },
  {
    email: "lezer@zoetermeer.demo",
    name: "Lars Lezer (Zoetermeer)",
    purpose: "Lezer van Zoetermeer: ziet alles, ook conceptcijfers, en wijzigt niets",
    memberships: [{ municipality: ZOETERMEER, role: "LEZER" }],
  },
  {
    email: "advies@hilversum.demo",
    name: "Hanna Adviseur (Hilversum)",
    purpose: "Beleidsadviseur van Hilversum voor 4.2.1 Burgerzaken",
    memberships: [{ municipality: HILVERSUM, role: "BELEIDSADVISEUR", programmes: ["4.2.1"] }],
  },
  {
    email: "controller@midden-groningen.demo",
    name: "Mees Controller (Midden-Groningen)",
    purpose: "Controller van Midden-Groningen en lezer bij Hilversum: verschillende rollen per gemeente",
    memberships: [
      { municipality: MIDDEN_GRONINGEN, role: "CONTROLLER" },
      { municipality: HILVERSUM, role: "LEZER" },
    ],
  },
  {
    email: "beheerder@platform.demo",
    name: "Pim Platformbeheerder",
    purpose: "Platformbeheerder: maakt gemeenten aan, zonder rechten binnen een gemeente",
    isPlatformAdmin: true,
    memberships: [],
  },
];

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
