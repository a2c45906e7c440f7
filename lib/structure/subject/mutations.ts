import "server-only";
import type { Db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { figureLocked, ownedYears } from "@/lib/cycle";
import type { DocumentKind } from "@/lib/cycle/stage";
import { appendAudit } from "@/lib/audit/mutations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { neighbourIndex, type OtherReference, type Removal } from "../subject-removal";

// What the indicator and budget-line editors share: the concept document a
// change is made in, locked for the transaction, and the references that
// decide whether a subject may be deleted (decision 011).

export interface LockedDocument {
  id: string;
  kind: DocumentKind;
  year: number;
  projectionYears: number;
  /** The figure years the document owns: a new subject gets an empty row for each. */
  years: number[];
}

const NOT_CONCEPT = "Dit document is geen concept meer: de indeling ervan kan niet meer worden gewijzigd.";

/**
 * Locks the document row, so two structure changes of one document run one
 * after the other and a vaststellen waits for them; refuses a document that is
 * no longer a concept, whatever the page showed.
 */
export async function lockConceptDocument(tx: Db, documentId: string, municipalityId: string): Promise<LockedDocument> {
  const rows = await tx.$queryRaw<{ id: string; kind: DocumentKind; year: number; projectionYears: number; status: "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD"; origin: "ENTERED" | "IMPORTED" | "TRANSCRIBED" | "RECONSTRUCTED" }[]>`
    SELECT "id", "kind"::text AS "kind", "year", "projectionYears", "status"::text AS "status", "origin"::text AS "origin"
    FROM "PcDocument" WHERE "id" = ${documentId} AND "municipalityId" = ${municipalityId}
    FOR UPDATE`;
  const document = rows[0];
  if (!document) throw new NotFoundError();
  if (figureLocked(document)) throw new ConflictError(NOT_CONCEPT);
  return { ...document, years: ownedYears(document) };
}

/** The programme must be reported in this document: a subject is added to a programme the document has. */
export async function assertProgrammeInDocument(tx: Db, documentId: string, programmeId: string, municipalityId: string) {
  const report = await tx.programmeReport.findFirst({ where: { documentId, programmeId, programme: { municipalityId } }, select: { id: true } });
  if (!report) throw new NotFoundError();
}

/** A goal named by a form, when it is one of this programme's goals; "" is "no goal". */
export async function goalOfProgramme(tx: Db, goalId: string, programmeId: string): Promise<string | null | false> {
  if (goalId === "") return null;
  const goal = await tx.goal.findFirst({ where: { id: goalId, programmeId }, select: { id: true } });
  return goal ? goal.id : false;
}

/** The other documents (and wijzigingen) that hold a figure of the subject. */
export function references(
  rows: { document: { id: string; year: number; status: string } }[],
  amendmentYears: number[],
  documentId: string,
): OtherReference[] {
  const seen = new Map<string, OtherReference>();
  for (const r of rows) if (r.document.id !== documentId) seen.set(r.document.id, { year: r.document.year, concept: r.document.status === "CONCEPT" });
  return [...seen.values(), ...amendmentYears.map((year) => ({ year, concept: false }))];
}

export interface SubjectAudit {
  userId: string;
  municipalityId: string;
  entityType: string;
  entityId: string;
}

/**
 * Carries out a planned removal (subject-removal.ts) with its audit entry:
 * delete the subject, or take away this document's rows and, when retiring,
 * set retiredFromYear — the rows of other documents always stay.
 */
export async function applyRemoval(
  tx: Db,
  removal: Removal,
  audit: SubjectAudit & { documentId: string; deleted: Prisma.InputJsonObject; retiredFromYear: number | null },
  ops: { deleteSubject: () => Promise<unknown>; deleteDocumentRows: () => Promise<unknown>; retire: (fromYear: number) => Promise<unknown> },
) {
  const { documentId, deleted, retiredFromYear, ...entry } = audit;
  if (removal.kind === "delete") {
    await ops.deleteSubject();
    await appendAudit(tx, { ...entry, action: "delete", oldValue: { ...deleted, documentId } });
    return;
  }
  await ops.deleteDocumentRows();
  if (removal.kind === "retire") {
    await ops.retire(removal.fromYear);
    await appendAudit(tx, { ...entry, action: "retire", field: "retiredFromYear", oldValue: retiredFromYear === null ? null : String(retiredFromYear), newValue: String(removal.fromYear) });
  } else {
    await appendAudit(tx, { ...entry, action: "detach", oldValue: { documentId } });
  }
}

/**
 * Moves one item of an ordered list a place up or down and renumbers the list
 * 1…n (imported items may share a sortOrder, and swapping equal numbers moves
 * nothing), with one audit entry. Null when the item is already at that end.
 */
export async function moveInList(
  tx: Db,
  list: { id: string; sortOrder: number }[],
  itemId: string,
  direction: "up" | "down",
  audit: SubjectAudit,
  setSortOrder: (id: string, sortOrder: number) => Promise<unknown>,
): Promise<boolean> {
  const index = list.findIndex((i) => i.id === itemId);
  const other = neighbourIndex(list.length, index, direction);
  if (other === null) return false;
  const order = list.map((i) => i.id);
  [order[index], order[other]] = [order[other]!, order[index]!];
  for (const [position, id] of order.entries()) {
    if (list.find((i) => i.id === id)!.sortOrder !== position + 1) await setSortOrder(id, position + 1);
  }
  await appendAudit(tx, { ...audit, action: "update", field: "sortOrder", oldValue: String(index + 1), newValue: String(other + 1) });
  return true;
}
