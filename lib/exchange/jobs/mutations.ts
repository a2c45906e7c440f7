import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { EXPIRED_MESSAGE, INTERRUPTED_MESSAGE, retentionCutoffs } from "./retention";

// Writes of import jobs (decision 012): their creation with the upload, their
// progress while they run, and their end. Progress is written outside any
// transaction, so the page sees it while the work goes on. What a job holds is
// let go as soon as it is not needed (lib/exchange/jobs/retention.ts): the
// file once read, the preview once the job ends.

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

/** Whether the user has a file being read or written: one at a time each, so nobody fills the queue. */
export async function hasRunningJob(userId: string): Promise<boolean> {
  const { staleBefore } = retentionCutoffs(new Date());
  const running = await db().importJob.count({ where: { userId, status: { in: ["WAITING", "READING", "APPLYING"] }, heartbeatAt: { gte: staleBefore } } });
  return running > 0;
}

/** A new upload of the same document replaces the preview that still waited for this user's confirmation. */
export async function cancelSupersededJobs(userId: string, documentId: string) {
  await db().importJob.updateMany({ where: { userId, documentId, status: "PLANNED" }, data: { status: "CANCELLED", file: null, preview: Prisma.DbNull, finishedAt: new Date() } });
}

/**
 * Ends what was left behind, run with every upload: jobs interrupted by a
 * restart, previews nobody confirmed within a week, ended jobs past 90 days.
 * Each is one indexed statement on ImportJob.status.
 */
export async function sweepJobs(now = new Date()) {
  const { staleBefore, plannedBefore, endedBefore } = retentionCutoffs(now);
  const ended = { file: null, preview: Prisma.DbNull, finishedAt: now, phase: null };
  await db().importJob.updateMany({ where: { status: { in: ["WAITING", "READING", "APPLYING"] }, heartbeatAt: { lt: staleBefore } }, data: { ...ended, status: "FAILED", errorMessage: INTERRUPTED_MESSAGE } });
  await db().importJob.updateMany({ where: { status: "PLANNED", heartbeatAt: { lt: plannedBefore } }, data: { ...ended, status: "CANCELLED", errorMessage: EXPIRED_MESSAGE } });
  await db().importJob.deleteMany({ where: { status: { in: ["DONE", "FAILED", "CANCELLED"] }, finishedAt: { lt: endedBefore } } });
}

export async function touchJob(jobId: string, data: Progress) {
  await db().importJob.update({ where: { id: jobId }, data: { ...data, heartbeatAt: new Date() } });
}

export async function failJob(jobId: string, message: string) {
  await db().importJob.update({ where: { id: jobId }, data: { status: "FAILED", phase: null, errorMessage: message, file: null, preview: Prisma.DbNull, finishedAt: new Date(), heartbeatAt: new Date() } });
}

export async function storePreview(jobId: string, rows: number, preview: object) {
  await db().importJob.update({ where: { id: jobId }, data: { status: "PLANNED", phase: null, progressDone: rows, progressTotal: rows, preview, file: null, heartbeatAt: new Date() } });
}

export async function finishJob(jobId: string, done: number, summary: object) {
  await db().importJob.update({ where: { id: jobId }, data: { status: "DONE", phase: null, progressDone: done, summary, file: null, preview: Prisma.DbNull, finishedAt: new Date(), heartbeatAt: new Date() } });
}

/** PLANNED → APPLYING exactly once: of two confirmations, one wins. */
export async function claimForWriting(jobId: string): Promise<boolean> {
  const { count } = await db().importJob.updateMany({ where: { id: jobId, status: "PLANNED" }, data: { status: "APPLYING", heartbeatAt: new Date() } });
  return count === 1;
}

export async function cancelPlannedJob(jobId: string): Promise<boolean> {
  const { count } = await db().importJob.updateMany({ where: { id: jobId, status: "PLANNED" }, data: { status: "CANCELLED", file: null, preview: Prisma.DbNull, finishedAt: new Date() } });
  return count === 1;
}
