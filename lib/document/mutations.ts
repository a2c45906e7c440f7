import "server-only";
import type { Db } from "@/lib/db";
import type { DocumentKind, DocumentStatus } from "@/lib/generated/prisma/enums";

export interface SourceInput {
  key: string;
  municipalityId: string | null;
  title: string;
  publisher?: string | null;
  year?: number | null;
  url?: string | null;
  note?: string | null;
}

export async function upsertSource(db: Db, input: SourceInput) {
  const { key, ...data } = input;
  return db.source.upsert({ where: { key }, create: { key, ...data }, update: data });
}

export interface DocumentInput {
  municipalityId: string;
  kind: DocumentKind;
  year: number;
  title: string;
  status: DocumentStatus;
}

export async function upsertDocument(db: Db, input: DocumentInput) {
  const { municipalityId, kind, year, ...data } = input;
  const now = new Date();
  const dates = {
    adoptedAt: data.status === "CONCEPT" ? null : now,
    publishedAt: data.status === "GEPUBLICEERD" ? now : null,
  };
  return db.pcDocument.upsert({
    where: { municipalityId_kind_year: { municipalityId, kind, year } },
    create: { municipalityId, kind, year, ...data, ...dates },
    update: { ...data, ...dates },
  });
}

/**
 * Removes everything a document reports (not the programmes, goals and
 * indicators, which outlive a year), so an import can write it anew.
 */
export async function clearDocumentContent(db: Db, documentId: string) {
  const where = { documentId };
  await db.printedFigure.deleteMany({ where });
  await db.financialLine.deleteMany({ where });
  await db.indicatorValue.deleteMany({ where });
  await db.activity.deleteMany({ where });
  await db.documentSection.deleteMany({ where });
  await db.goalReport.deleteMany({ where });
  await db.programmeReport.deleteMany({ where });
}
