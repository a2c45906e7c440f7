import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere, listedDocumentWhere } from "@/lib/auth/visibility";
import { groupBy } from "@/lib/collections";

export interface DocumentSummary {
  id: string;
  kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
  year: number;
  title: string;
  status: "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD";
  /** Bestuursrapportages are numbered 1, 2, … per year; 0 otherwise. */
  sequence: number;
  origin: "ENTERED" | "IMPORTED" | "TRANSCRIBED" | "RECONSTRUCTED";
  projectionYears: number;
}

const SUMMARY = { id: true, kind: true, year: true, title: true, status: true, sequence: true, origin: true, projectionYears: true } as const;
const LIST_ORDER = [{ year: "desc" as const }, { kind: "asc" as const }, { sequence: "asc" as const }];

export async function listDocuments(scope: ReadScope, municipalityId: string): Promise<DocumentSummary[]> {
  return db().pcDocument.findMany({
    where: { municipalityId, ...listedDocumentWhere(scope) },
    orderBy: LIST_ORDER,
    select: SUMMARY,
  });
}

/** The documents of several municipalities in one query, per municipality id, in listDocuments' order. */
export async function listDocumentsOfMunicipalities(scope: ReadScope, municipalityIds: string[]): Promise<Map<string, DocumentSummary[]>> {
  const rows = await db().pcDocument.findMany({
    where: { municipalityId: { in: municipalityIds }, ...listedDocumentWhere(scope) },
    orderBy: LIST_ORDER,
    select: { ...SUMMARY, municipalityId: true },
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
    where: { municipalityId, year, ...listedDocumentWhere(scope) },
    orderBy: [{ kind: "asc" }, { sequence: "asc" }],
    select: { ...SUMMARY, version: true, adoptedAt: true, publishedAt: true },
  });
  return rows.map((d) => ({ ...d, adoptedAt: d.adoptedAt?.toISOString() ?? null, publishedAt: d.publishedAt?.toISOString() ?? null }));
}

// Shared by the figure reads of finance and indicators: which columns of a
// figure's owning document the read model needs, and the documents being read.

/** What lib/document/stage-figure.ts needs of a figure's owner. */
export const FIGURE_DOCUMENT_SELECT = {
  id: true,
  kind: true,
  year: true,
  sequence: true,
  origin: true,
  projectionYears: true,
  reconstructedFromId: true,
  title: true,
  reconstructedFrom: { select: { id: true, kind: true, year: true, title: true } },
} as const;

export interface ReadingDocumentFields {
  id: string;
  kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
  year: number;
}

/** A document being read: its summary when the caller has it, else its id (then one query reads it). */
export type ReadingDocumentArg = string | ReadingDocumentFields;

export async function readingDocuments(scope: ReadScope, documents: ReadingDocumentArg[]): Promise<ReadingDocumentFields[]> {
  const ids = documents.filter((d): d is string => typeof d === "string");
  const known = documents.filter((d): d is ReadingDocumentFields => typeof d !== "string");
  if (ids.length === 0) return known;
  const read = await db().pcDocument.findMany({
    where: { id: { in: ids }, ...documentWhere(scope) },
    select: { id: true, kind: true, year: true },
  });
  return [...known, ...read];
}
