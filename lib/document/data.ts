import "server-only";
import { db, inOrder, type Db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere, listedDocumentWhere } from "@/lib/auth/visibility";
import { groupBy } from "@/lib/collections";
import type { CopySource } from "./plan-copy";

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

// ---------------------------------------------------------------- starting point of a new document (issue 10)

export interface CopySourceRead {
  source: CopySource;
  title: string;
  /** Number and name per programme id, for the preview's rows. */
  programmes: Map<string, { number: string; name: string }>;
}

/**
 * The structure of a document of `municipalityId` as lib/document/plan-copy.ts
 * needs it: four queries whatever its size. Null when it is not that
 * municipality's (so an id from another municipality is unknown here).
 */
export async function readCopySource(client: Db, municipalityId: string, documentId: string): Promise<CopySourceRead | null> {
  const document = await client.pcDocument.findFirst({
    where: { id: documentId, municipalityId },
    select: { id: true, kind: true, year: true, sequence: true, projectionYears: true, origin: true, title: true },
  });
  if (!document) return null;
  const where = { documentId };
  const [programmeReports, goalReports, activities, indicatorFigures, budgetFigures] = await inOrder([
    client.programmeReport.findMany({
      where,
      orderBy: { sortOrder: "asc" },
      select: {
        programmeId: true,
        sortOrder: true,
        printedTitle: true,
        introduction: true,
        intended: true,
        planned: true,
        financeExplanation: true,
        programme: { select: { number: true, name: true, retiredFromYear: true } },
      },
    }),
    client.goalReport.findMany({
      where,
      orderBy: [{ goal: { sortOrder: "asc" } }, { goal: { code: "asc" } }],
      select: { goalId: true, intended: true, planned: true, achieved: true, done: true, financeExplanation: true, goal: { select: { programmeId: true, retiredFromYear: true } } },
    }),
    client.activity.findMany({
      where,
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { programmeId: true, goalId: true, code: true, title: true, description: true, status: true, sortOrder: true },
    }),
    client.indicatorFigure.findMany({
      where,
      orderBy: [{ indicator: { sortOrder: "asc" } }, { indicatorId: "asc" }, { dimensionValue: "asc" }, { year: "asc" }],
      select: { indicatorId: true, dimensionValue: true, year: true, value: true, indicator: { select: { programmeId: true, retiredFromYear: true } } },
    }),
    client.budgetFigure.findMany({
      where,
      orderBy: [{ budgetLine: { sortOrder: "asc" } }, { budgetLineId: "asc" }, { year: "asc" }],
      select: { budgetLineId: true, year: true, amount: true, budgetLine: { select: { programmeId: true, retiredFromYear: true, category: true } } },
    }),
  ]);
  const { title, ...doc } = document;
  return {
    title,
    programmes: new Map(programmeReports.map((p) => [p.programmeId, { number: p.programme.number, name: p.programme.name }])),
    source: {
      document: doc,
      programmeReports: programmeReports.map(({ programme, ...p }) => ({ ...p, retiredFromYear: programme.retiredFromYear })),
      goalReports: goalReports.map(({ goal, ...g }) => ({ ...g, programmeId: goal.programmeId, retiredFromYear: goal.retiredFromYear })),
      activities,
      indicatorFigures: indicatorFigures.map(({ indicator, value, ...f }) => ({
        ...f,
        value: value === null ? null : value.toString(),
        programmeId: indicator.programmeId,
        retiredFromYear: indicator.retiredFromYear,
      })),
      budgetFigures: budgetFigures.map(({ budgetLine, ...f }) => ({ ...f, ...budgetLine })),
    },
  };
}

/** The next free number of a bestuursrapportage of the year (1, 2, …). */
export async function nextReportSequence(client: Db, municipalityId: string, year: number): Promise<number> {
  const last = await client.pcDocument.aggregate({
    where: { municipalityId, year, kind: "BESTUURSRAPPORTAGE", origin: { not: "RECONSTRUCTED" } },
    _max: { sequence: true },
  });
  return (last._max.sequence ?? 0) + 1;
}
