import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import { listDocumentProgrammes, programmeElsewhere } from "./data";
import { duplicateProgrammeMessage, edgeMessage, removalMessage, removalOf, reorder, retireMessage } from "./rules";
import type { CreateProgrammeInput, EditProgrammeInput, MoveProgrammeInput, RemoveProgrammeInput } from "./schema";

// Writes of the structure editor: programmes here, goals and activities in
// ./tree/mutations.ts. Every write runs in one transaction that first
// share-locks the document and checks it is still a concept (vaststellen locks
// the same row for update, so the two cannot interleave), writes, and appends
// one audit entry per change.

export interface WriteContext {
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

export type Refused = { outcome: "refused"; message: string; fieldErrors: FieldErrors };
export type Done = { outcome: "done"; message: string };

export const NOT_CONCEPT_MESSAGE = "Dit document is niet (meer) in concept: de opbouw kan niet meer worden gewijzigd.";

export interface LockedDocument {
  id: string;
  year: number;
  title: string;
}

/** The document, share-locked for the transaction; refuses one that is no longer an editable concept. */
export async function lockConceptDocument(tx: Db, documentId: string, municipalityId: string): Promise<LockedDocument> {
  const rows = await tx.$queryRaw<{ id: string; year: number; title: string; status: string; origin: string }[]>`
    SELECT "id", "year", "title", "status"::text AS "status", "origin"::text AS "origin"
    FROM "PcDocument" WHERE "id" = ${documentId} AND "municipalityId" = ${municipalityId}
    FOR SHARE`;
  const document = rows[0];
  if (!document) throw new NotFoundError();
  if (document.status !== "CONCEPT" || document.origin === "RECONSTRUCTED") throw new ConflictError(NOT_CONCEPT_MESSAGE);
  return { id: document.id, year: document.year, title: document.title };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export const refused = (message: string, fieldErrors: FieldErrors = {}): Refused => ({ outcome: "refused", message, fieldErrors });

export function auditor(tx: Db, ctx: WriteContext, entityType: string, entityId: string) {
  return (action: string, details: { field?: string; oldValue?: Prisma.InputJsonValue | null; newValue?: Prisma.InputJsonValue | null; reason?: string }) =>
    appendAudit(tx, { userId: ctx.userId, municipalityId: ctx.municipalityId, entityType, entityId, action, ...details });
}

const NOT_IN_DOCUMENT = "Dit programma staat niet in dit document. Laad de pagina opnieuw.";

async function numberRefusal(tx: Db, municipalityId: string, number: string, exceptId?: string): Promise<Refused | null> {
  const existing = await tx.programme.findFirst({
    where: { municipalityId, number, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { number: true, name: true, retiredFromYear: true },
  });
  if (!existing) return null;
  const message = duplicateProgrammeMessage(existing);
  return refused("Het programma is niet opgeslagen.", { number: [message] });
}

/** A programme in this document, or NotFound (so another municipality's id reveals nothing). */
async function programmeInDocument(tx: Db, documentId: string, municipalityId: string, programmeId: string) {
  const report = await tx.programmeReport.findFirst({
    where: { documentId, programmeId, programme: { municipalityId } },
    select: { id: true, programme: { select: { id: true, number: true, name: true, retiredFromYear: true } } },
  });
  if (!report) throw new NotFoundError(NOT_IN_DOCUMENT);
  return { reportId: report.id, ...report.programme };
}

/** A new programme (a new subject: a new number is a new programme) and its report in this document, last in order. */
export async function createProgramme(input: CreateProgrammeInput, ctx: WriteContext): Promise<Done | Refused> {
  const { municipalityId } = ctx;
  try {
    return await db().$transaction(async (tx) => {
      const document = await lockConceptDocument(tx, input.documentId, municipalityId);
      const taken = await numberRefusal(tx, municipalityId, input.number);
      if (taken) return taken;
      const lastProgramme = await tx.programme.aggregate({ where: { municipalityId }, _max: { sortOrder: true } });
      const lastReport = await tx.programmeReport.aggregate({ where: { documentId: document.id }, _max: { sortOrder: true } });
      const programme = await tx.programme.create({
        data: { municipalityId, number: input.number, name: input.name, sortOrder: (lastProgramme._max.sortOrder ?? 0) + 1 },
        select: { id: true },
      });
      await tx.programmeReport.create({ data: { documentId: document.id, programmeId: programme.id, sortOrder: (lastReport._max.sortOrder ?? 0) + 1 } });
      await auditor(tx, ctx, "Programme", programme.id)("create", { newValue: { number: input.number, name: input.name, documentId: document.id } });
      return { outcome: "done" as const, message: `Programma ${input.number} ${input.name} is toegevoegd.` };
    });
  } catch (error) {
    // Two people adding the same number at once: the unique index decides.
    if (isUniqueViolation(error)) return refused("Het programma is niet opgeslagen.", { number: [`Er is al een programma ${input.number}. Kies een ander nummer.`] });
    throw error;
  }
}

/** Number and name of a programme. Both belong to the programme itself, so every year shows the new ones. */
export async function editProgramme(input: EditProgrammeInput, ctx: WriteContext): Promise<Done | Refused> {
  const { municipalityId } = ctx;
  try {
    return await db().$transaction(async (tx) => {
      const document = await lockConceptDocument(tx, input.documentId, municipalityId);
      const current = await programmeInDocument(tx, document.id, municipalityId, input.programmeId);
      if (current.number === input.number && current.name === input.name) return { outcome: "done" as const, message: "Er was niets gewijzigd." };
      if (current.number !== input.number) {
        const taken = await numberRefusal(tx, municipalityId, input.number, current.id);
        if (taken) return taken;
      }
      await tx.programme.update({ where: { id: current.id }, data: { number: input.number, name: input.name } });
      const audit = auditor(tx, ctx, "Programme", current.id);
      for (const field of ["number", "name"] as const) {
        if (current[field] !== input[field]) await audit("update", { field, oldValue: current[field], newValue: input[field] });
      }
      return { outcome: "done" as const, message: `Programma ${input.number} ${input.name} is opgeslagen.` };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("Het programma is niet opgeslagen.", { number: [`Er is al een programma ${input.number}. Kies een ander nummer.`] });
    throw error;
  }
}

/** One place up or down in this document; the programme's own order follows, so the next document copies it. */
export async function moveProgramme(input: MoveProgrammeInput, ctx: WriteContext): Promise<Done | Refused> {
  const { municipalityId } = ctx;
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, municipalityId);
    const current = await programmeInDocument(tx, document.id, municipalityId, input.programmeId);
    const programmes = await listDocumentProgrammes(tx, municipalityId, document.id);
    const order = reorder(programmes.map((p) => p.id), current.id, input.direction);
    if (!order) return refused(edgeMessage(input.direction));
    const before = programmes.findIndex((p) => p.id === current.id) + 1;
    for (const [index, id] of order.entries()) {
      const p = programmes.find((x) => x.id === id)!;
      await tx.programmeReport.update({ where: { id: p.reportId }, data: { sortOrder: index + 1 } });
      await tx.programme.update({ where: { id }, data: { sortOrder: index + 1 } });
    }
    const after = order.indexOf(current.id) + 1;
    await auditor(tx, ctx, "Programme", current.id)("reorder", { field: "sortOrder", oldValue: before, newValue: after, reason: document.title });
    return { outcome: "done" as const, message: `Programma ${current.number} staat nu op plaats ${after}.` };
  });
}

/** Removes everything this document holds of a programme: its report rows and the figure rows it owns for it. */
async function removeFromDocument(tx: Db, documentId: string, programmeId: string) {
  await tx.activity.deleteMany({ where: { documentId, programmeId } });
  await tx.goalReport.deleteMany({ where: { documentId, goal: { programmeId } } });
  await tx.indicatorFigure.deleteMany({ where: { documentId, indicator: { programmeId } } });
  await tx.budgetFigure.deleteMany({ where: { documentId, budgetLine: { programmeId } } });
  await tx.printedFigure.deleteMany({ where: { documentId, programmeId } });
  await tx.documentSection.deleteMany({ where: { documentId, programmeId } });
  await tx.programmeReport.deleteMany({ where: { documentId, programmeId } });
}

async function retire(tx: Db, ctx: WriteContext, document: LockedDocument, programme: { id: string; retiredFromYear: number | null }) {
  const retiredFromYear = programme.retiredFromYear === null ? document.year : Math.min(programme.retiredFromYear, document.year);
  await tx.programme.update({ where: { id: programme.id }, data: { retiredFromYear } });
  await removeFromDocument(tx, document.id, programme.id);
  await auditor(tx, ctx, "Programme", programme.id)("retire", { field: "retiredFromYear", oldValue: programme.retiredFromYear, newValue: retiredFromYear, reason: document.title });
}

/** Opheffen: gone from this document and from its year on; every other document keeps it. */
export async function retireProgramme(input: RemoveProgrammeInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const current = await programmeInDocument(tx, document.id, ctx.municipalityId, input.programmeId);
    await retire(tx, ctx, document, current);
    return { outcome: "done" as const, message: retireMessage(`Programma ${current.number} ${current.name}`, document.year) };
  });
}

/**
 * Verwijderen: a programme only this document refers to goes entirely, with
 * its goals, indicators and budget lines; one that other documents refer to
 * is retired instead, and the answer says so.
 */
export async function deleteProgramme(input: RemoveProgrammeInput, ctx: WriteContext): Promise<Done | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const current = await programmeInDocument(tx, document.id, ctx.municipalityId, input.programmeId);
    const facts = (await programmeElsewhere(tx, document.id, [current.id])).get(current.id)!;
    const removal = removalOf(facts);
    const subject = `Programma ${current.number} ${current.name}`;
    if (removal.kind === "retire") {
      await retire(tx, ctx, document, current);
      return { outcome: "done" as const, message: removalMessage(subject, removal, document.year) };
    }
    // Indicators only point at their programme (set null on delete): they go with it, having no figure elsewhere.
    await tx.indicator.deleteMany({ where: { programmeId: current.id, municipalityId: ctx.municipalityId } });
    await tx.programme.delete({ where: { id: current.id } });
    await auditor(tx, ctx, "Programme", current.id)("delete", { oldValue: { number: current.number, name: current.name }, reason: document.title });
    return { outcome: "done" as const, message: removalMessage(subject, removal, document.year) };
  });
}
