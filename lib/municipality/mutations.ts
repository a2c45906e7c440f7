import "server-only";
import { db, inOrder, type Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/mutations";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { normalizeDecimal } from "@/lib/format/decimal";
import { setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { issuePasswordLink, type IssuedLink } from "@/lib/accounts/mutations";
import type { DeviationRule, SignConvention } from "@/lib/generated/prisma/enums";
import { CBS_MUNICIPALITIES_YEAR } from "./reference/cbs";
import type { CbsMunicipality } from "./reference/parse";

export interface MunicipalityInput {
  cbsCode: string;
  name: string;
  slug: string;
  province?: string | null;
  inhabitants?: number | null;
  inhabitantsYear?: number | null;
  signConvention?: SignConvention;
  deviationThresholdAmount?: bigint | null;
  deviationThresholdPercent?: string | null;
  deviationRule?: DeviationRule;
}

/** Creates or updates a municipality by its CBS code. */
export async function upsertMunicipality(db: Db, input: MunicipalityInput) {
  const { cbsCode, ...data } = input;
  return db.municipality.upsert({ where: { cbsCode }, create: { cbsCode, ...data }, update: data });
}

// --- Administration (beheerder, platform administrator) -------------------

/** A field of the settings as the audit trail records it: strings, so bigint and Decimal survive JSON. */
type SettingsSnapshot = Record<"signConvention" | "deviationThresholdAmount" | "deviationThresholdPercent" | "deviationRule", string | null>;

function snapshot(m: {
  signConvention: string;
  deviationThresholdAmount: bigint | null;
  deviationThresholdPercent: { toString(): string } | string | null;
  deviationRule: string;
}): SettingsSnapshot {
  return {
    signConvention: m.signConvention,
    deviationThresholdAmount: m.deviationThresholdAmount?.toString() ?? null,
    deviationThresholdPercent: m.deviationThresholdPercent == null ? null : normalizeDecimal(m.deviationThresholdPercent.toString()),
    deviationRule: m.deviationRule,
  };
}

export interface SettingsChange {
  municipalityId: AuthorizedMunicipalityId;
  userId: string;
  signConvention: SignConvention;
  deviationThresholdAmount: bigint | null;
  deviationThresholdPercent: string | null;
  deviationRule: DeviationRule;
}

/**
 * Writes the settings and one audit entry per changed field (old → new), in
 * one transaction. Returns the slug (for revalidating the public pages) and
 * which fields changed.
 */
export async function updateMunicipalitySettings(change: SettingsChange): Promise<{ slug: string; changed: string[] }> {
  const { municipalityId, userId, ...wanted } = change;
  return db().$transaction(async (tx) => {
    // FOR UPDATE: two beheerders saving at once get two correct old→new trails, not one lost.
    await tx.$queryRaw`SELECT id FROM "Municipality" WHERE id = ${municipalityId} FOR UPDATE`;
    const current = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId } });
    const before = snapshot(current);
    const after = snapshot(wanted);
    const changed = (Object.keys(after) as (keyof SettingsSnapshot)[]).filter((k) => before[k] !== after[k]);
    if (changed.length > 0) {
      await tx.municipality.update({ where: { id: municipalityId }, data: wanted });
      for (const field of changed) {
        await appendAudit(tx, {
          userId,
          municipalityId,
          entityType: "Municipality",
          entityId: municipalityId,
          action: "update",
          field,
          oldValue: before[field],
          newValue: after[field],
        });
      }
    }
    return { slug: current.slug, changed };
  });
}

export type CreateMunicipalityOutcome =
  | { outcome: "created"; id: string; slug: string; invitation?: IssuedLink }
  | { outcome: "refused"; fieldErrors: Record<string, string[]> };

/**
 * Creates a municipality from the CBS list (code, name, slug, province,
 * inhabitants as the list has them) and gives an existing user its BEHEERDER
 * role, so someone can manage it (a platform administrator has no rights
 * inside it). Both audited, in one transaction.
 */
export async function createMunicipality(
  input: {
    municipality: CbsMunicipality;
    firstBeheerderEmail: string;
    /** Only for an address without an account: the account is made, with an invitation link. */
    firstBeheerderName?: string;
  },
  actor: { userId: string },
): Promise<CreateMunicipalityOutcome> {
  const { cbsCode, name, slug, province, inhabitants } = input.municipality;
  const values = { cbsCode, name, slug, province, inhabitants, inhabitantsYear: CBS_MUNICIPALITIES_YEAR };
  return db().$transaction(async (tx) => {
    const [byCode, bySlug, beheerder] = await inOrder([
      tx.municipality.findUnique({ where: { cbsCode }, select: { id: true } }),
      tx.municipality.findUnique({ where: { slug }, select: { id: true } }),
      tx.user.findUnique({ where: { email: input.firstBeheerderEmail }, select: { id: true, disabledAt: true } }),
    ]);
    const fieldErrors: Record<string, string[]> = {};
    // The slug follows from the code, so both refusals belong to the one field the form has.
    if (byCode) fieldErrors.cbsCode = ["Er is al een gemeente met deze CBS-code"];
    else if (bySlug) fieldErrors.cbsCode = [`Het webadres /${slug} is al in gebruik door een andere gemeente`];
    if (beheerder?.disabledAt) fieldErrors.firstBeheerderEmail = ["Het account met dit e-mailadres is geblokkeerd"];
    if (!beheerder && !input.firstBeheerderName) {
      fieldErrors.firstBeheerderName = ["Er is nog geen account met dit e-mailadres. Vul de naam in: dan wordt het account aangemaakt."];
    }
    if (Object.keys(fieldErrors).length > 0) return { outcome: "refused", fieldErrors };
    const created = await tx.municipality.create({ data: values, select: { id: true, slug: true } });
    await appendAudit(tx, {
      userId: actor.userId,
      municipalityId: created.id,
      entityType: "Municipality",
      entityId: created.id,
      action: "create",
      newValue: values,
    });
    const userId = beheerder?.id ?? (await upsertUserByEmail(tx, { email: input.firstBeheerderEmail, name: input.firstBeheerderName! }, actor)).id;
    await setMembership(tx, { userId, municipalityId: created.id, role: "BEHEERDER", programmeIds: [] }, actor);
    const invitation = beheerder ? undefined : await issuePasswordLink(tx, { userId, purpose: "INVITE" }, actor);
    return { outcome: "created", id: created.id, slug: created.slug, invitation };
  });
}
