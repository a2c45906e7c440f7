import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import type { Role } from "@/lib/generated/prisma/enums";
import { appendAudit } from "@/lib/audit/mutations";
import { normalizeEmail } from "@/lib/auth/login-policy";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { issuePasswordLink, linkValidity, type IssuedLink } from "@/lib/accounts/mutations";

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

// --- The beheerder's users-and-roles page ----------------------------------
// Each runs in one transaction with its audit entry; the municipality comes
// from the gate (AuthorizedMunicipalityId) and filters every query.

export type MembershipOutcome =
  | { outcome: "done"; message: string; link?: IssuedLink }
  | { outcome: "refused"; message: string; fieldErrors: Record<string, string[]> };

const refused = (message: string, fieldErrors: Record<string, string[]> = {}): MembershipOutcome => ({ outcome: "refused", message, fieldErrors });

/**
 * Gives someone a role. An existing account just gets the role; for an
 * address without an account, the account is made (no password) together
 * with an invitation link that only this answer shows. An existing account
 * never gets a link here: a beheerder of one municipality must not be able to
 * take over an account that also works for another. The answers about an
 * existing account name it by the address the beheerder typed, never by its
 * name: typing addresses must not be a way to look up who is behind them
 * (docs/decisions/008, "What a beheerder learns about an account").
 */
export async function grantRole(
  input: { municipalityId: AuthorizedMunicipalityId; email: string; name?: string; role: Role },
  actor: { userId: string },
): Promise<MembershipOutcome> {
  const { municipalityId, role } = input;
  const email = normalizeEmail(input.email);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
    if (!user) return inviteNewAccount(tx, { municipalityId, email, name: input.name, role }, actor);
    if (user.disabledAt) {
      return refused("Er is niets gewijzigd.", {
        email: ["Het account met dit e-mailadres is geblokkeerd. Deblokkeer het eerst, of vraag de platformbeheerder."],
      });
    }
    const existing = await tx.membership.findUnique({
      where: { userId_municipalityId_role: { userId: user.id, municipalityId, role } },
      select: { id: true },
    });
    if (existing) return refused("Er is niets gewijzigd.", { role: [`Het account ${email} heeft deze rol al`] });
    await setMembership(tx, { userId: user.id, municipalityId, role, programmeIds: [] }, actor);
    return { outcome: "done", message: `Het account ${email} heeft de rol ${ROLE_LABELS[role].toLowerCase()} gekregen.` };
  });
}

async function inviteNewAccount(
  tx: Db,
  input: { municipalityId: AuthorizedMunicipalityId; email: string; name?: string; role: Role },
  actor: { userId: string },
): Promise<MembershipOutcome> {
  const { municipalityId, email, name, role } = input;
  if (!name) {
    return refused("Er is niets gewijzigd.", {
      name: ["Er is nog geen account met dit e-mailadres. Vul de naam in: dan maakt u het account aan en krijgt u een uitnodigingslink."],
    });
  }
  const user = await upsertUserByEmail(tx, { email, name }, actor);
  await setMembership(tx, { userId: user.id, municipalityId, role, programmeIds: [] }, actor);
  const link = await issuePasswordLink(tx, { userId: user.id, purpose: "INVITE" }, actor);
  return {
    outcome: "done",
    message: `Account voor ${name} gemaakt, met de rol ${ROLE_LABELS[role].toLowerCase()}. Geef ${name} de uitnodigingslink hieronder; daarmee kiest ${name} een wachtwoord. ${linkValidity(link)}`,
    link,
  };
}

/** Replaces a beleidsadviseur's programmes with programmes of the same municipality. */
export async function assignProgrammes(
  input: { municipalityId: AuthorizedMunicipalityId; membershipId: string; programmeIds: string[] },
  actor: { userId: string },
): Promise<MembershipOutcome> {
  const { municipalityId } = input;
  return db().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, municipalityId },
      select: { userId: true, role: true, user: { select: { email: true } } },
    });
    if (!membership) return refused("Deze rol bestaat niet (meer).");
    if (membership.role !== "BELEIDSADVISEUR") return refused("Alleen een beleidsadviseur werkt aan toegewezen programma's.");
    const own = await tx.programme.count({ where: { id: { in: input.programmeIds }, municipalityId } });
    if (own !== new Set(input.programmeIds).size) {
      return refused("Er is niets gewijzigd.", { programmeIds: ["Kies alleen programma's van deze gemeente"] });
    }
    await setMembership(tx, { userId: membership.userId, municipalityId, role: "BELEIDSADVISEUR", programmeIds: input.programmeIds }, actor);
    return { outcome: "done", message: `De programma's van ${membership.user.email} zijn opgeslagen.` };
  });
}

/** Removes a role; the last active beheerder of a municipality stays, so someone can always manage it. */
export async function revokeRole(
  input: { municipalityId: AuthorizedMunicipalityId; membershipId: string },
  actor: { userId: string },
): Promise<MembershipOutcome> {
  const { municipalityId } = input;
  return db().$transaction(async (tx) => {
    // Serialises removals per municipality: two beheerders removing each other cannot leave none.
    await tx.$queryRaw`SELECT id FROM "Municipality" WHERE id = ${municipalityId} FOR UPDATE`;
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, municipalityId },
      select: { userId: true, role: true, user: { select: { email: true } } },
    });
    if (!membership) return refused("Deze rol bestaat niet (meer).");
    if (membership.role === "BEHEERDER") {
      const others = await tx.membership.count({
        where: { municipalityId, role: "BEHEERDER", id: { not: input.membershipId }, user: { disabledAt: null } },
      });
      if (others === 0) {
        return refused("Dit is de laatste beheerder van de gemeente. Geef eerst iemand anders de rol beheerder.");
      }
    }
    await removeMembership(tx, { userId: membership.userId, municipalityId, role: membership.role }, actor);
    return { outcome: "done", message: `De rol is bij ${membership.user.email} weggehaald.` };
  });
}

/**
 * For whoever runs the server (npm run account:link): the way in on a fresh
 * installation, where no platform administrator exists yet to invite anyone.
 * Creates the account when needed (then a name is required), optionally
 * makes it a platform administrator, and returns a one-time link. Audited
 * with no user: the actor is the command line.
 */
export async function linkFromCommandLine(input: {
  email: string;
  name?: string;
  platformAdmin: boolean;
}): Promise<{ ok: true; link: IssuedLink; created: boolean } | { ok: false; message: string }> {
  const actor = { userId: null, reason: "Opdrachtregel: npm run account:link" };
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, passwordHash: true, disabledAt: true } });
    if (existing?.disabledAt) return { ok: false as const, message: `Het account ${input.email} is geblokkeerd. Deblokkeer het eerst (Werkplek → Alle accounts).` };
    if (!existing && !input.name) return { ok: false as const, message: `Er is nog geen account ${input.email}. Geef een naam mee: --naam "Voornaam Achternaam".` };
    const user = await upsertUserByEmail(
      tx,
      { email: input.email, name: existing?.name ?? input.name!, ...(input.platformAdmin ? { isPlatformAdmin: true } : {}) },
      actor,
    );
    const purpose = existing?.passwordHash ? "RESET" : "INVITE";
    return { ok: true as const, link: await issuePasswordLink(tx, { userId: user.id, purpose }, actor), created: !existing };
  });
}
