import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere } from "@/lib/auth/visibility";
import { groupBy } from "@/lib/collections";

export interface DocumentSummary {
  id: string;
  kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
  year: number;
  title: string;
  status: "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD";
}

export async function listDocuments(scope: ReadScope, municipalityId: string): Promise<DocumentSummary[]> {
  return db().pcDocument.findMany({
    where: { municipalityId, ...documentWhere(scope) },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    select: { id: true, kind: true, year: true, title: true, status: true },
  });
}

/** The documents of several municipalities in one query, per municipality id, in listDocuments' order. */
export async function listDocumentsOfMunicipalities(scope: ReadScope, municipalityIds: string[]): Promise<Map<string, DocumentSummary[]>> {
  const rows = await db().pcDocument.findMany({
    where: { municipalityId: { in: municipalityIds }, ...documentWhere(scope) },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    select: { id: true, kind: true, year: true, title: true, status: true, municipalityId: true },
  });
  return groupBy(rows, (r) => r.municipalityId, ({ municipalityId: _, ...d }) => d);
}

export interface DocumentSectionDto {
  id: string;
  programmeId: string | null;
  goalId: string | null;
  heading: string;
  body: string;
  sourceLocation: string | null;
}

export async function listDocumentSections(scope: ReadScope, documentId: string): Promise<DocumentSectionDto[]> {
  return db().documentSection.findMany({
    where: { documentId, document: documentWhere(scope) },
    orderBy: { sortOrder: "asc" },
    select: { id: true, programmeId: true, goalId: true, heading: true, body: true, sourceLocation: true },
  });
}

export interface WorkDocument extends DocumentSummary {
  version: number;
  adoptedAt: string | null;
  publishedAt: string | null;
}

/** The documents of one year as a member sees them (every status), with what the status form needs. */
export async function listWorkDocuments(scope: ReadScope, municipalityId: string, year: number): Promise<WorkDocument[]> {
  const rows = await db().pcDocument.findMany({
    where: { municipalityId, year, ...documentWhere(scope) },
    orderBy: { kind: "asc" },
    select: { id: true, kind: true, year: true, title: true, status: true, version: true, adoptedAt: true, publishedAt: true },
  });
  return rows.map((d) => ({ ...d, adoptedAt: d.adoptedAt?.toISOString() ?? null, publishedAt: d.publishedAt?.toISOString() ?? null }));
}
