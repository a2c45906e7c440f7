import "server-only";
import { db, type Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/mutations";
import { formatDateTime } from "@/lib/audit/format";
import { hashPassword } from "@/lib/users/password";
import type { Actor } from "@/lib/users/mutations";
import { DEMO_PASSWORD_FIXED, LINK_NOT_USABLE_MESSAGE } from "./messages";
import { hashTokenSecret, newTokenSecret, tokenExpiry, type TokenPurpose } from "./token";

// Writes of accounts and password links, each in one transaction with its
// audit entry. Neither a password, its hash nor a link's secret ever enters
// the audit trail.

export interface IssuedLink {
  /** Shown once to whoever made the link; only its hash is stored. */
  secret: string;
  expiresAt: Date;
}

/** A new one-time link for an account; its older links stop working. */
export async function issuePasswordLink(
  tx: Db,
  input: { userId: string; purpose: TokenPurpose },
  actor: Actor,
  now: Date = new Date(),
): Promise<IssuedLink> {
  const { userId, purpose } = input;
  await expireOpenLinks(tx, userId, now);
  const secret = newTokenSecret();
  const expiresAt = tokenExpiry(purpose, now);
  await tx.accountToken.create({
    data: { userId, purpose, tokenHash: hashTokenSecret(secret), expiresAt, createdById: actor.userId },
  });
  await appendAudit(tx, {
    userId: actor.userId,
    municipalityId: null,
    entityType: "User",
    entityId: userId,
    action: purpose === "INVITE" ? "invite" : "password_link",
    newValue: { expiresAt: expiresAt.toISOString() },
    reason: actor.reason ?? null,
  });
  return { secret, expiresAt };
}

function expireOpenLinks(tx: Db, userId: string, now: Date) {
  return tx.accountToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
}

/**
 * A disabled user cannot sign in, and an existing session stops working at
 * its next request — for good: blocking counts as a credential change
 * (credentialsChangedAt), so unblocking does not revive a session that began
 * before the block, say on a lost laptop. Unblocking moves the moment too,
 * in case a session began within the same second as the block (sessions keep
 * whole seconds).
 */
export async function setUserDisabled(db: Db, userId: string, disabled: boolean, actor: Actor, now: Date = new Date()) {
  const user = await db.user.update({
    where: { id: userId },
    data: { disabledAt: disabled ? now : null, credentialsChangedAt: now },
    select: { id: true, disabledAt: true },
  });
  await appendAudit(db, {
    userId: actor.userId,
    municipalityId: null,
    entityType: "User",
    entityId: userId,
    action: disabled ? "disable" : "enable",
    reason: actor.reason ?? null,
  });
  return user;
}

export type AccountOutcome =
  | { outcome: "done"; message: string; link?: IssuedLink }
  | { outcome: "refused"; message: string; fieldErrors: Record<string, string[]> };

const refused = (message: string, fieldErrors: Record<string, string[]> = {}): AccountOutcome => ({
  outcome: "refused",
  message,
  fieldErrors,
});

export function linkValidity(link: IssuedLink): string {
  return `De link werkt één keer, tot ${formatDateTime(link.expiresAt.toISOString())}.`;
}

/**
 * A link to set a password: a first one for an account without a password
 * (invitation), otherwise a reset. The current password keeps working until
 * the link is used; to shut someone out at once, block the account.
 */
export async function makePasswordLink(userId: string, actor: { userId: string }): Promise<AccountOutcome> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, passwordHash: true, disabledAt: true, isDemo: true } });
    if (!user) return refused("Dit account bestaat niet (meer).");
    if (user.disabledAt) return refused(`Het account van ${user.name} is geblokkeerd. Deblokkeer het eerst.`);
    if (user.isDemo) return refused(DEMO_PASSWORD_FIXED);
    const link = await issuePasswordLink(tx, { userId, purpose: user.passwordHash ? "RESET" : "INVITE" }, actor);
    return { outcome: "done", message: `Nieuwe link voor ${user.name}. ${linkValidity(link)}`, link };
  });
}

/**
 * Blocking ends every session at its next request and stops open links;
 * unblocking restores the account's password and roles, but not its old
 * sessions or links: its owner signs in again.
 */
export async function setAccountBlocked(userId: string, blocked: boolean, actor: { userId: string }): Promise<AccountOutcome> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, disabledAt: true } });
    if (!user) return refused("Dit account bestaat niet (meer).");
    if ((user.disabledAt !== null) === blocked) {
      return { outcome: "done", message: `Het account van ${user.name} was al ${blocked ? "geblokkeerd" : "actief"}.` };
    }
    await setUserDisabled(tx, userId, blocked, actor);
    if (blocked) await expireOpenLinks(tx, userId, new Date());
    return { outcome: "done", message: `Het account van ${user.name} is ${blocked ? "geblokkeerd" : "gedeblokkeerd"}.` };
  });
}

/** Thrown inside the transaction so that nothing of a refused link is written. */
class LinkNotUsable extends Error {}

/**
 * Uses a one-time link: sets the password, marks the link used and ends every
 * existing session of the account, in one transaction. The link is claimed
 * with a conditional update, so two tabs submitting at once cannot both use it.
 */
export async function setPasswordWithLink(
  input: { secret: string; password: string },
  now: Date = new Date(),
): Promise<{ ok: true; email: string } | { ok: false; message: string }> {
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashTokenSecret(input.secret);
  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.accountToken.updateMany({
        where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) throw new LinkNotUsable();
      const token = await tx.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, purpose: true } });
      const user = await tx.user.update({
        where: { id: token.userId },
        data: { passwordHash, credentialsChangedAt: now },
        select: { email: true },
      });
      await expireOpenLinks(tx, token.userId, now);
      await appendAudit(tx, {
        userId: token.userId,
        municipalityId: null,
        entityType: "User",
        entityId: token.userId,
        action: "password_set",
        newValue: { via: token.purpose === "INVITE" ? "uitnodiging" : "herstellink" },
      });
      return { ok: true as const, email: user.email };
    });
  } catch (error) {
    if (error instanceof LinkNotUsable) return { ok: false, message: LINK_NOT_USABLE_MESSAGE };
    throw error;
  }
}

/** A signed-in user's new password (the current one was checked by the caller); other sessions end. */
export async function changeOwnPassword(userId: string, password: string, now: Date = new Date()): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, credentialsChangedAt: now } });
    await expireOpenLinks(tx, userId, now);
    await appendAudit(tx, { userId, municipalityId: null, entityType: "User", entityId: userId, action: "password_change" });
  });
}
