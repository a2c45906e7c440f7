import "server-only";
import { can, municipalityResource, PLATFORM_RESOURCE, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { authorize, getSessionUser } from "@/lib/auth/session";
import { loadMemberContext, type Load } from "@/lib/review/loaders";
import { listMembers, listMunicipalityProgrammes, listWorkplaceMemberships, type Member } from "./data";

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
  /** Links to the administration pages; the actions check again. */
  mayEditSettings: boolean;
  mayManageMembers: boolean;
  /** Begroting, bestuursrapportage or jaarstukken aanmaken. */
  mayCreateDocument: boolean;
}

export interface Workplace {
  user: { name: string; email: string; isPlatformAdmin: boolean };
  mayCreateMunicipality: boolean;
  mayListAccounts: boolean;
  municipalities: WorkplaceMunicipality[];
}

/** The signed-in user's municipalities and roles; null when nobody is signed in. */
export async function loadWorkplace(): Promise<Workplace | null> {
  const user = await getSessionUser();
  if (!user) return null;
  const memberships = await listWorkplaceMemberships(user.id);
  const byMunicipality = new Map<string, WorkplaceMunicipality>();
  for (const m of memberships) {
    const resource = municipalityResource(m.municipality.id);
    const entry = byMunicipality.get(m.municipality.id) ?? {
      ...m.municipality,
      roles: [],
      mayEditSettings: can(user, "municipality.settings", resource),
      mayManageMembers: can(user, "membership.manage", resource),
      mayCreateDocument: can(user, "document.create", resource),
    };
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
    mayCreateMunicipality: can(user, "municipality.create", PLATFORM_RESOURCE),
    mayListAccounts: can(user, "account.list", PLATFORM_RESOURCE),
    municipalities: [...byMunicipality.values()],
  };
}

export interface MemberView extends Omit<Member, "accountResource" | "name"> {
  /**
   * Only for those who manage the account (and its owner): otherwise adding an
   * address would show a beheerder the name of someone else's account
   * (docs/decisions/008). Null: show the e-mail address instead.
   */
  name: string | null;
  /** May the signed-in user block, unblock or make a password link for this account (account.manage)? */
  mayManageAccount: boolean;
}

export interface MembersPage {
  municipality: { id: string; name: string; slug: string };
  currentUserId: string;
  members: MemberView[];
  programmes: { id: string; number: string; name: string }[];
}

/** The users-and-roles page of a municipality: its beheerders only. */
export async function loadMembersPage(slug: string): Promise<Load<MembersPage>> {
  const member = await loadMemberContext(slug);
  if (member.kind !== "ok") return member;
  const { user, municipality: m } = member.data;
  const resource = municipalityResource(m.id);
  if (!can(user, "membership.manage", resource)) return { kind: "notfound" };
  const municipalityId = authorize(user, "membership.manage", resource);
  const [members, programmes] = await Promise.all([listMembers(municipalityId), listMunicipalityProgrammes(municipalityId)]);
  return {
    kind: "ok",
    data: {
      municipality: { id: m.id, name: m.name, slug: m.slug },
      currentUserId: user.id,
      members: members.map(({ accountResource, name, ...member }) => {
        const mayManageAccount = can(user, "account.manage", accountResource);
        return { ...member, name: mayManageAccount || member.userId === user.id ? name : null, mayManageAccount };
      }),
      programmes,
    },
  };
}
