import "server-only";
import type { Db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { figureLocked, ownedYears } from "@/lib/cycle";
import type { DocumentKind } from "@/lib/cycle/stage";
import type { OtherReference } from "../subject-removal";

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
