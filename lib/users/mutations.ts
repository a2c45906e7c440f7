import "server-only";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { appendAudit } from "@/lib/audit/mutations";
import { normalizeEmail } from "@/lib/auth/login-policy";

// Writes of users and memberships. Each writes its audit entry through the
// same client, so callers that pass a transaction get both or neither. The
// password hash never enters the audit trail.

/** Who makes the change: a signed-in user, or null for the seed and other server jobs. */
export interface Actor {
  userId: string | null;
  reason?: string | null;
}

export interface UserInput {
  email: string;
  name: string;
  /** A bcrypt hash (lib/users/password.ts); null leaves the user without a password (OIDC only). */
  passwordHash?: string | null;
  isPlatformAdmin?: boolean;
  isDemo?: boolean;
}

/** Creates a user or updates the one with this e-mail address (normalised to lower case). */
export async function upsertUserByEmail(db: Db, input: UserInput, actor: Actor) {
  const email = normalizeEmail(input.email);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const data = {
    name: input.name,
    ...(input.passwordHash !== undefined ? { passwordHash: input.passwordHash } : {}),
    ...(input.isPlatformAdmin !== undefined ? { isPlatformAdmin: input.isPlatformAdmin } : {}),
    ...(input.isDemo !== undefined ? { isDemo: input.isDemo } : {}),
  };
  const user = existing
    ? await db.user.update({ where: { id: existing.id }, data })
    : await db.user.create({ data: { email, ...data } });
  await appendAudit(db, {
    userId: actor.userId,
    municipalityId: null,
    entityType: "User",
    entityId: user.id,
    action: existing ? "update" : "create",
    newValue: {
      email: user.email,
      name: user.name,
      isPlatformAdmin: user.isPlatformAdmin,
      isDemo: user.isDemo,
      passwordChanged: input.passwordHash !== undefined,
    },
    reason: actor.reason ?? null,
  });
  return user;
}

export interface MembershipInput {
  userId: string;
  municipalityId: string;
  role: Role;
  /** Programmes of this municipality; for a beleidsadviseur an empty list means none. */
  programmeIds: string[];
}

/**
 * Gives a user a role in a municipality, or replaces the programme list of
 * that role. Refuses programmes of another municipality.
 */
export async function setMembership(db: Db, input: MembershipInput, actor: Actor) {
  const { userId, municipalityId, role } = input;
  const programmeIds = [...new Set(input.programmeIds)].sort();
  const ownProgrammes = await db.programme.count({ where: { id: { in: programmeIds }, municipalityId } });
  if (ownProgrammes !== programmeIds.length) {
    throw new Error("Een of meer programma's horen niet bij deze gemeente.");
  }
  const existing = await db.membership.findUnique({
    where: { userId_municipalityId_role: { userId, municipalityId, role } },
    select: { id: true, programmes: { select: { programmeId: true } } },
  });
  const membership = existing ?? (await db.membership.create({ data: { userId, municipalityId, role }, select: { id: true } }));
  const before = existing?.programmes.map((p) => p.programmeId).sort() ?? null;
  if (existing) await db.membershipProgramme.deleteMany({ where: { membershipId: membership.id } });
  if (programmeIds.length > 0) {
    await db.membershipProgramme.createMany({
      data: programmeIds.map((programmeId) => ({ membershipId: membership.id, programmeId })),
    });
  }
  const changed = before === null || before.join(",") !== programmeIds.join(",");
  if (changed) {
    await appendAudit(db, {
      userId: actor.userId,
      municipalityId,
      entityType: "Membership",
      entityId: membership.id,
      action: existing ? "update" : "create",
      oldValue: before === null ? null : { userId, role, programmeIds: before },
      newValue: { userId, role, programmeIds },
      reason: actor.reason ?? null,
    });
  }
  return membership;
}

export async function removeMembership(
  db: Db,
  input: { userId: string; municipalityId: string; role: Role },
  actor: Actor,
) {
  const { userId, municipalityId, role } = input;
  const existing = await db.membership.findUnique({
    where: { userId_municipalityId_role: { userId, municipalityId, role } },
    select: { id: true, programmes: { select: { programmeId: true } } },
  });
  if (!existing) return false;
  await db.membership.delete({ where: { id: existing.id } });
  await appendAudit(db, {
    userId: actor.userId,
    municipalityId,
    entityType: "Membership",
    entityId: existing.id,
    action: "delete",
    oldValue: { userId, role, programmeIds: existing.programmes.map((p) => p.programmeId).sort() },
    reason: actor.reason ?? null,
  });
  return true;
}

/** A disabled user cannot sign in, and an existing session stops working at its next request. */
export async function setUserDisabled(db: Db, userId: string, disabled: boolean, actor: Actor) {
  const user = await db.user.update({
    where: { id: userId },
    data: { disabledAt: disabled ? new Date() : null },
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
