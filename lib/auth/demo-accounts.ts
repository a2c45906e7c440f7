// The demo accounts, one per role: what demo mode shows on the sign-in page and
// what the seed (prisma/demo/users.ts) creates, ONLY in demo mode (DEMO_MODE=1).
// They sign in only while the app runs in demo mode too (lib/auth/credentials.ts).
// Kept in lib because the sign-in page is product code; the seed depends on it,
// not the other way round.
import type { Role } from "@/lib/generated/prisma/enums";

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

