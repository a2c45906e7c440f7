import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { canAmendLine } from "@/lib/cycle";
import { Prisma } from "@/lib/generated/prisma/client";
import { yearBudgetLines, yearLineFacts } from "./data";
import { adoptionRefusal, duplicateNumberMessage, writeRefusal, type DocumentStatus } from "./rules";
import type { CreateAmendmentInput, SaveAmendmentInput, SetAmendmentStatusInput } from "./schema";

// Writes of begrotingswijzigingen (decision 009 §3). Every write locks the
// wijziging's row, checks the version the user saw and refuses a wijziging
// that is no longer a concept — on the server, whatever the page showed.

export const ENTITY_TYPE = "BudgetAmendment";

export interface WriteContext {
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

export type Refused = { outcome: "refused"; message: string; fieldErrors: FieldErrors };

const STALE_MESSAGE = "Iemand anders heeft deze begrotingswijziging intussen gewijzigd. Laad de pagina opnieuw; er is niets overschreven.";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function decisionReferenceOf(input: { authority: string; decisionReference: string }): string | null {
  return input.authority === "RAAD" ? input.decisionReference : null;
}

async function numberTaken(tx: Db, municipalityId: string, year: number, number: string, exceptId?: string): Promise<boolean> {
  const other = await tx.budgetAmendment.findFirst({
    where: { municipalityId, year, number, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return other !== null;
}

const duplicate = (number: string, year: number): Refused => ({
  outcome: "refused",
  message: "De begrotingswijziging is niet opgeslagen.",
  fieldErrors: { number: [duplicateNumberMessage(number, year)] },
});

/** A new concept wijziging of a year; the number is unique per municipality and year. */
export async function createAmendment(input: CreateAmendmentInput, ctx: WriteContext): Promise<{ outcome: "created"; id: string } | Refused> {
  const { municipalityId } = ctx;
  try {
    return await db().$transaction(async (tx) => {
      if (await numberTaken(tx, municipalityId, input.year, input.number)) return duplicate(input.number, input.year);
      const created = await tx.budgetAmendment.create({
        data: {
          municipalityId,
          year: input.year,
          number: input.number,
          date: input.date,
          authority: input.authority,
          decisionReference: decisionReferenceOf(input),
          reason: input.reason,
          status: "CONCEPT",
        },
        select: { id: true },
      });
      await appendAudit(tx, {
        userId: ctx.userId,
        municipalityId,
        entityType: ENTITY_TYPE,
        entityId: created.id,
        action: "create",
        newValue: { year: input.year, number: input.number, authority: input.authority, reason: input.reason },
      });
      return { outcome: "created" as const, id: created.id };
    });
  } catch (error) {
    // Two people creating the same number at once: the unique index decides.
    if (isUniqueViolation(error)) return duplicate(input.number, input.year);
    throw error;
  }
}

interface LockedAmendment {
  id: string;
  year: number;
  number: string;
  status: "CONCEPT" | "VASTGESTELD" | "VERWORPEN";
  unspecified: boolean;
  version: number;
  date: Date | null;
}

/** Locks the row for the transaction, so a concurrent save or decision waits and then sees the new version. */
async function lockAmendment(tx: Db, amendmentId: string, municipalityId: string, expectedVersion: number): Promise<LockedAmendment> {
  const rows = await tx.$queryRaw<LockedAmendment[]>`
    SELECT "id", "year", "number", "status"::text AS "status", "unspecified", "version", "date"
    FROM "BudgetAmendment" WHERE "id" = ${amendmentId} AND "municipalityId" = ${municipalityId}
    FOR UPDATE`;
  const current = rows[0];
  if (!current) throw new NotFoundError();
  const refusal = writeRefusal(current);
  if (refusal) throw new ConflictError(refusal);
  if (current.version !== expectedVersion) throw new ConflictError(STALE_MESSAGE);
  return current;
}

const text = (value: bigint | { toString(): string } | Date | null | undefined) =>
  value == null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value.toString();

/** Header, amounts per line and new streefwaarden of a concept wijziging, with one audit entry per change. */
export async function saveAmendment(input: SaveAmendmentInput, ctx: WriteContext): Promise<{ outcome: "saved"; changed: number } | Refused> {
  const { municipalityId } = ctx;
  let year = 0;
  try {
    return await db().$transaction(async (tx) => {
      const current = await lockAmendment(tx, input.amendmentId, municipalityId, input.version);
      year = current.year;
      const before = await tx.budgetAmendment.findUniqueOrThrow({
        where: { id: current.id },
        select: {
          number: true,
          date: true,
          authority: true,
          decisionReference: true,
          reason: true,
          lines: { select: { budgetLineId: true, delta: true } },
          targets: { select: { indicatorId: true, dimensionValue: true, value: true, reason: true } },
        },
      });
      if (input.number !== before.number && (await numberTaken(tx, municipalityId, current.year, input.number, current.id))) {
        return duplicate(input.number, current.year);
      }

      const refusals: FieldErrors = {};
      const lineIds = new Set((await yearBudgetLines(tx, municipalityId, current.year)).map((l) => l.id));
      const facts = await yearLineFacts(tx, municipalityId, current.year);
      input.lines.forEach((line, i) => {
        if (!lineIds.has(line.budgetLineId)) {
          refusals[`lines.${i}.delta`] = [`Deze begrotingspost hoort niet bij ${current.year}.`];
          return;
        }
        if (line.delta === null || line.delta === 0n) return;
        const check = canAmendLine({ primitief: facts.primitief(line.budgetLineId), printedAmended: facts.printedAmended(line.budgetLineId) });
        if (!check.ok) refusals[`lines.${i}.delta`] = [check.reason];
      });
      const indicatorIds = [...new Set(input.targets.map((t) => t.indicatorId))];
      const indicators = new Set(
        (await tx.indicator.findMany({ where: { id: { in: indicatorIds }, municipalityId }, select: { id: true } })).map((i) => i.id),
      );
      input.targets.forEach((t, i) => {
        if (!indicators.has(t.indicatorId)) refusals[`targets.${i}.value`] = ["Deze indicator hoort niet bij deze gemeente."];
      });
      if (Object.keys(refusals).length > 0) {
        const count = Object.keys(refusals).length;
        return { outcome: "refused" as const, message: count === 1 ? "Er is 1 regel die geen bedrag kan krijgen. Er is niets opgeslagen." : `Er zijn ${count} regels die niet kunnen worden opgeslagen. Er is niets opgeslagen.`, fieldErrors: refusals };
      }

      const audit = (field: string, oldValue: string | null, newValue: string | null) =>
        appendAudit(tx, { userId: ctx.userId, municipalityId, entityType: ENTITY_TYPE, entityId: current.id, action: "update", field, oldValue, newValue });
      let changed = 0;

      const header = {
        number: input.number,
        date: input.date,
        authority: input.authority,
        decisionReference: decisionReferenceOf(input),
        reason: input.reason,
      };
      for (const field of Object.keys(header) as (keyof typeof header)[]) {
        const oldValue = text(before[field]);
        const newValue = text(header[field]);
        if (oldValue !== newValue) {
          changed++;
          await audit(field, oldValue, newValue);
        }
      }

      const oldLines = new Map(before.lines.map((l) => [l.budgetLineId, l.delta]));
      for (const line of input.lines) {
        const oldDelta = oldLines.get(line.budgetLineId) ?? null;
        // A delta of 0 changes nothing: it is stored as no line at all.
        const newDelta = line.delta === 0n ? null : line.delta;
        if (oldDelta === newDelta) continue;
        const key = { amendmentId_budgetLineId: { amendmentId: current.id, budgetLineId: line.budgetLineId } };
        if (newDelta === null) await tx.budgetAmendmentLine.delete({ where: key });
        else await tx.budgetAmendmentLine.upsert({ where: key, create: { amendmentId: current.id, budgetLineId: line.budgetLineId, delta: newDelta }, update: { delta: newDelta } });
        changed++;
        await audit(`regel:${line.budgetLineId}`, text(oldDelta), text(newDelta));
      }

      const targetKey = (t: { indicatorId: string; dimensionValue: string }) => `${t.indicatorId}\u0000${t.dimensionValue}`;
      const oldTargets = new Map(before.targets.map((t) => [targetKey(t), t]));
      for (const t of input.targets) {
        const old = oldTargets.get(targetKey(t));
        const reason = t.reason === "" ? null : t.reason;
        const oldValue = old?.value == null ? null : old.value.toString();
        if (oldValue === t.value && (old?.reason ?? null) === (t.value === null ? null : reason)) continue;
        if (!old && t.value === null) continue;
        const key = { amendmentId_indicatorId_dimensionValue_year: { amendmentId: current.id, indicatorId: t.indicatorId, dimensionValue: t.dimensionValue, year: current.year } };
        if (t.value === null) await tx.targetAmendment.delete({ where: key });
        else {
          const data = { value: t.value, reason };
          await tx.targetAmendment.upsert({ where: key, create: { ...key.amendmentId_indicatorId_dimensionValue_year, ...data }, update: data });
        }
        changed++;
        await audit(`streefwaarde:${t.indicatorId}${t.dimensionValue ? `:${t.dimensionValue}` : ""}`, oldValue, t.value === null ? null : `${t.value} (${reason})`);
      }

      if (changed > 0) await tx.budgetAmendment.update({ where: { id: current.id }, data: { ...header, version: { increment: 1 } } });
      return { outcome: "saved" as const, changed };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate(input.number, year);
    throw error;
  }
}

/** The status of the year's jaarstukken, share-locked so they cannot be adopted while this wijziging is. */
async function lockJaarstukkenStatus(tx: Db, municipalityId: string, year: number): Promise<DocumentStatus | null> {
  const rows = await tx.$queryRaw<{ status: DocumentStatus }[]>`
    SELECT "status"::text AS "status" FROM "PcDocument"
    WHERE "municipalityId" = ${municipalityId} AND "kind" = 'JAARSTUKKEN' AND "year" = ${year}
      AND "origin" <> 'RECONSTRUCTED'
    FOR SHARE`;
  if (rows.length === 0) return null;
  return rows.some((r) => r.status !== "CONCEPT") ? "VASTGESTELD" : "CONCEPT";
}

/** Vaststellen or verwerpen: final either way (lib/cycle amendmentLocked). */
export async function setAmendmentStatus(
  input: SetAmendmentStatusInput,
  ctx: WriteContext,
): Promise<{ outcome: "changed"; status: "VASTGESTELD" | "VERWORPEN"; number: string } | Refused> {
  const { municipalityId } = ctx;
  return db().$transaction(async (tx) => {
    const current = await lockAmendment(tx, input.amendmentId, municipalityId, input.version);
    if (input.status === "VASTGESTELD") {
      const jaarstukkenStatus = await lockJaarstukkenStatus(tx, municipalityId, current.year);
      const refusal = adoptionRefusal({ ...current, jaarstukkenStatus });
      if (refusal) return { outcome: "refused" as const, message: refusal, fieldErrors: {} };
    }
    await tx.budgetAmendment.update({
      where: { id: current.id },
      data: { status: input.status, adoptedAt: input.status === "VASTGESTELD" ? new Date() : null, version: { increment: 1 } },
    });
    await appendAudit(tx, {
      userId: ctx.userId,
      municipalityId,
      entityType: ENTITY_TYPE,
      entityId: current.id,
      action: "setStatus",
      field: "status",
      oldValue: current.status,
      newValue: input.status,
    });
    return { outcome: "changed" as const, status: input.status, number: current.number };
  });
}
