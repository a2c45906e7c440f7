import "server-only";
import { db } from "@/lib/db";
import type { AccountResource, Role } from "@/lib/auth/permissions";
import { accountStatus, type AccountSummary } from "./status";

export type { AccountSummary };
import { hashTokenSecret, isTokenUsable, TOKEN_SHAPE, type TokenPurpose } from "./token";

// Reads of accounts and password links. findAccountResource runs before the
// gate and returns nothing but ids; the others run after it.

/** An account and every municipality it has a role in: what `can` needs for account actions. */
export async function findAccountResource(userId: string): Promise<AccountResource | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, isPlatformAdmin: true, memberships: { select: { municipalityId: true } } },
  });
  if (!user) return null;
  return {
    scope: "account",
    userId: user.id,
    municipalityIds: [...new Set(user.memberships.map((m) => m.municipalityId))],
    isPlatformAdmin: user.isPlatformAdmin,
  };
}

/** The newest link of a user that still works. */
export const openLinkSelect = (now: Date) =>
  ({
    where: { usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { expiresAt: true },
  }) as const;

export function summarizeAccount(row: {
  disabledAt: Date | null;
  passwordHash: string | null;
  isDemo: boolean;
  accountTokens: { expiresAt: Date }[];
}): AccountSummary {
  const openLinkExpiresAt = row.accountTokens[0]?.expiresAt ?? null;
  return {
    status: accountStatus({ disabledAt: row.disabledAt, hasPassword: row.passwordHash !== null, openLinkExpiresAt }),
    openLinkExpiresAt,
    isDemo: row.isDemo,
  };
}

export interface PasswordLink {
  purpose: TokenPurpose;
  name: string;
  email: string;
  expiresAt: Date;
}

/**
 * The link behind a secret, when it still works: unused, not expired, its
 * account not blocked. Anything else is null — the page says the same for all.
 */
export async function findUsablePasswordLink(secret: string, now: Date = new Date()): Promise<PasswordLink | null> {
  if (!TOKEN_SHAPE.test(secret)) return null;
  const token = await db().accountToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { name: true, email: true, disabledAt: true } } },
  });
  if (!token || !isTokenUsable(token, now) || token.user.disabledAt) return null;
  return { purpose: token.purpose, name: token.user.name, email: token.user.email, expiresAt: token.expiresAt };
}

export interface AccountListRow extends AccountSummary {
  id: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
  roles: { municipality: string; role: Role }[];
  /** For the gate only (account.manage), not for display. */
  municipalityIds: string[];
}

/** Every account on the platform, for the platform administrator (call only after the gate). */
export async function listAllAccounts(now: Date = new Date()): Promise<AccountListRow[]> {
  const users = await db().user.findMany({
    select: {
      id: true,
      name: true,
      email: true,
      isPlatformAdmin: true,
      disabledAt: true,
      passwordHash: true,
      isDemo: true,
      accountTokens: openLinkSelect(now),
      memberships: {
        select: { role: true, municipalityId: true, municipality: { select: { name: true } } },
        orderBy: { municipality: { name: "asc" } },
      },
    },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    isPlatformAdmin: u.isPlatformAdmin,
    roles: u.memberships.map((m) => ({ municipality: m.municipality.name, role: m.role })),
    municipalityIds: [...new Set(u.memberships.map((m) => m.municipalityId))],
    ...summarizeAccount(u),
  }));
}

/** What the own-account page shows. */
export async function findOwnAccount(userId: string) {
  const [user, passwordSet] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, passwordHash: true, isDemo: true } }),
    // Not credentialsChangedAt: blocking and unblocking move that too (they end sessions), without touching the password.
    db().auditEntry.findFirst({
      where: { entityType: "User", entityId: userId, action: { in: ["password_set", "password_change"] } },
      orderBy: { id: "desc" },
      select: { at: true },
    }),
  ]);
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    hasPassword: user.passwordHash !== null,
    passwordChangedAt: passwordSet?.at ?? null,
    isDemo: user.isDemo,
  };
}
