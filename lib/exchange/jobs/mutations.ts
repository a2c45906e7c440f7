import "server-only";
import { db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";

// Writes of import jobs (decision 012): their creation with the upload, their
// progress while they run, and their end. Progress is written outside any
// transaction, so the page sees it while the work goes on.

type Progress = { status?: "READING" | "PLANNED" | "APPLYING" | "DONE" | "FAILED"; phase?: string | null; progressDone?: number; progressTotal?: number };

export async function createImportJob(input: {
  municipalityId: AuthorizedMunicipalityId;
  documentId: string;
  userId: string;
  format: "XLSX" | "CSV";
  fileName: string;
  bytes: Uint8Array;
  submit: boolean;
}) {
  return db().importJob.create({
    data: {
      municipalityId: input.municipalityId,
      documentId: input.documentId,
      userId: input.userId,
      format: input.format,
      flavour: "REALISATIE",
      fileName: input.fileName,
      fileSize: input.bytes.byteLength,
      file: Buffer.from(input.bytes),
      options: { submit: input.submit },
    },
    select: { id: true },
  });
}

export async function touchJob(jobId: string, data: Progress) {
  await db().importJob.update({ where: { id: jobId }, data: { ...data, heartbeatAt: new Date() } });
}

export async function failJob(jobId: string, message: string) {
  await db().importJob.update({ where: { id: jobId }, data: { status: "FAILED", phase: null, errorMessage: message, file: null, finishedAt: new Date(), heartbeatAt: new Date() } });
}

export async function storePreview(jobId: string, rows: number, preview: object) {
  await db().importJob.update({ where: { id: jobId }, data: { status: "PLANNED", phase: null, progressDone: rows, progressTotal: rows, preview, heartbeatAt: new Date() } });
}

export async function finishJob(jobId: string, done: number, summary: object) {
  await db().importJob.update({ where: { id: jobId }, data: { status: "DONE", phase: null, progressDone: done, summary, file: null, finishedAt: new Date(), heartbeatAt: new Date() } });
}

/** PLANNED → APPLYING exactly once: of two confirmations, one wins. */
export async function claimForWriting(jobId: string): Promise<boolean> {
  const { count } = await db().importJob.updateMany({ where: { id: jobId, status: "PLANNED" }, data: { status: "APPLYING", heartbeatAt: new Date() } });
  return count === 1;
}

export async function cancelPlannedJob(jobId: string): Promise<boolean> {
  const { count } = await db().importJob.updateMany({ where: { id: jobId, status: "PLANNED" }, data: { status: "CANCELLED", file: null, finishedAt: new Date() } });
  return count === 1;
}
