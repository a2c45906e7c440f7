import "server-only";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listWorkplaceMemberships } from "./data";

export interface WorkplaceRole {
  role: Role;
  label: string;
  /** For a beleidsadviseur: the assigned programmes (none means none). Empty for other roles. */
  programmes: { id: string; number: string; name: string }[];
  reachesWholeMunicipality: boolean;
}

export interface WorkplaceMunicipality {
  id: string;
  name: string;
  slug: string;
  roles: WorkplaceRole[];
}

export interface Workplace {
  user: { name: string; email: string; isPlatformAdmin: boolean };
  municipalities: WorkplaceMunicipality[];
}

/** The signed-in user's municipalities and roles; null when nobody is signed in. */
export async function loadWorkplace(): Promise<Workplace | null> {
  const user = await getSessionUser();
  if (!user) return null;
  const memberships = await listWorkplaceMemberships(user.id);
  const byMunicipality = new Map<string, WorkplaceMunicipality>();
  for (const m of memberships) {
    const entry = byMunicipality.get(m.municipality.id) ?? { ...m.municipality, roles: [] };
    entry.roles.push({
      role: m.role,
      label: ROLE_LABELS[m.role],
      programmes: m.role === "BELEIDSADVISEUR" ? m.programmes : [],
      reachesWholeMunicipality: m.role !== "BELEIDSADVISEUR",
    });
    byMunicipality.set(m.municipality.id, entry);
  }
  return {
    user: { name: user.name, email: user.email, isPlatformAdmin: user.isPlatformAdmin },
    municipalities: [...byMunicipality.values()],
  };
}
