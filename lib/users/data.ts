import "server-only";
import { db } from "@/lib/db";
import type { AccountResource, Role, SessionUser } from "@/lib/auth/permissions";
import { openLinkSelect, summarizeAccount, type AccountSummary } from "@/lib/accounts/data";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";

// Reads of users for authentication and the signed-in workplace. The user id
// comes from the verified session, so these need no further scope.

export interface SignInCandidate {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  isDemo: boolean;
  disabledAt: Date | null;
}

const signInSelect = {
  id: true,
  email: true,
  name: true,
  passwordHash: true,
  isDemo: true,
  disabledAt: true,
} as const;

/** By normalised (lower-case) e-mail address. */
export async function findUserForSignIn(email: string): Promise<SignInCandidate | null> {
  return db().user.findUnique({ where: { email }, select: signInSelect });
}

export interface SessionUserRow extends SessionUser {
  isDemo: boolean;
  disabledAt: Date | null;
  credentialsChangedAt: Date | null;
}

/** The user with every membership and programme assignment, as stored now. */
export async function findSessionUser(userId: string): Promise<SessionUserRow | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isPlatformAdmin: true,
      isDemo: true,
      disabledAt: true,
      credentialsChangedAt: true,
      memberships: {
        select: { municipalityId: true, role: true, programmes: { select: { programmeId: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) return null;
  return {
    ...user,
    memberships: user.memberships.map((m) => ({
      municipalityId: m.municipalityId,
      role: m.role,
      programmeIds: m.programmes.map((p) => p.programmeId),
    })),
  };
}

export interface WorkplaceMembership {
  municipality: { id: string; name: string; slug: string };
  role: Role;
  programmes: { id: string; number: string; name: string }[];
}

/** The user's roles per municipality with names, for the workplace landing page. */
export async function listWorkplaceMemberships(userId: string): Promise<WorkplaceMembership[]> {
  const rows = await db().membership.findMany({
    where: { userId },
    select: {
      role: true,
      municipality: { select: { id: true, name: true, slug: true } },
      programmes: { select: { programme: { select: { id: true, number: true, name: true, sortOrder: true } } } },
    },
    orderBy: [{ municipality: { name: "asc" } }, { role: "asc" }],
  });
  return rows.map((m) => ({
    municipality: m.municipality,
    role: m.role,
    programmes: m.programmes
      .map((p) => p.programme)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.number.localeCompare(b.number, "nl", { numeric: true }))
      .map(({ id, number, name }) => ({ id, number, name })),
  }));
}

export interface MemberRow {
  membershipId: string;
  role: Role;
  programmeIds: string[];
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  roles: MemberRow[];
  account: AccountSummary;
  /** Where the account has roles (any municipality) — only for deciding who may manage it; never shown. */
  accountResource: AccountResource;
}

/** Everyone with a role in the municipality, by name, with their roles and assigned programmes. */
export async function listMembers(municipalityId: AuthorizedMunicipalityId): Promise<Member[]> {
  const rows = await db().membership.findMany({
    where: { municipalityId },
    select: {
      id: true,
      role: true,
      programmes: { select: { programmeId: true } },
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          disabledAt: true,
          passwordHash: true,
          isDemo: true,
          isPlatformAdmin: true,
          accountTokens: openLinkSelect(new Date()),
          memberships: { select: { municipalityId: true } },
        },
      },
    },
    orderBy: [{ user: { name: "asc" } }, { role: "asc" }],
  });
  const byUser = new Map<string, Member>();
  for (const m of rows) {
    const member = byUser.get(m.user.id) ?? {
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      roles: [],
      account: summarizeAccount(m.user),
      accountResource: {
        scope: "account",
        userId: m.user.id,
        municipalityIds: [...new Set(m.user.memberships.map((x) => x.municipalityId))],
        isPlatformAdmin: m.user.isPlatformAdmin,
      },
    };
    member.roles.push({ membershipId: m.id, role: m.role, programmeIds: m.programmes.map((p) => p.programmeId) });
    byUser.set(m.user.id, member);
  }
  return [...byUser.values()];
}

/** The municipality's programmes, in their order, for assigning them to advisors. */
export async function listMunicipalityProgrammes(municipalityId: AuthorizedMunicipalityId) {
  const rows = await db().programme.findMany({
    where: { municipalityId },
    select: { id: true, number: true, name: true, sortOrder: true },
    orderBy: [{ sortOrder: "asc" }, { number: "asc" }],
  });
  return rows.map(({ id, number, name }) => ({ id, number, name }));
}
