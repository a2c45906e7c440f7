import "server-only";
import { db } from "@/lib/db";
import { findDocumentResource } from "@/lib/auth/data";
import type { MunicipalityResource } from "@/lib/auth/permissions";
import type { MemberScope } from "@/lib/auth/scope";

// Reads of import jobs (decision 012). A job is its uploader's: another member
// of the municipality does not see it (its preview names concept figures of
// programmes they may not write), so every read carries the user.

/** Jobs listed on the page: the newest, bounded. */
export const MAX_LISTED_JOBS = 20;

/** Where a job lives, for the gate: its document's municipality and status. */
export async function findImportJobResource(jobId: string): Promise<MunicipalityResource | null> {
  const job = await db().importJob.findUnique({ where: { id: jobId }, select: { documentId: true } });
  return job ? findDocumentResource(job.documentId) : null;
}

const jobSelect = {
  id: true,
  documentId: true,
  format: true,
  flavour: true,
  fileName: true,
  fileSize: true,
  status: true,
  phase: true,
  progressDone: true,
  progressTotal: true,
  errorMessage: true,
  summary: true,
  heartbeatAt: true,
  createdAt: true,
  finishedAt: true,
} as const;

export async function readOwnJob(scope: MemberScope, userId: string, jobId: string) {
  return db().importJob.findFirst({ where: { id: jobId, userId, municipalityId: scope.municipalityId }, select: { ...jobSelect, preview: true, options: true } });
}

export async function listOwnJobs(scope: MemberScope, userId: string, documentId: string) {
  return db().importJob.findMany({
    where: { userId, documentId, municipalityId: scope.municipalityId },
    orderBy: { createdAt: "desc" },
    take: MAX_LISTED_JOBS,
    select: jobSelect,
  });
}

export type JobSummary = Awaited<ReturnType<typeof listOwnJobs>>[number];

/** What the runner needs of a job: the file, its options and its document. */
export function readJobForRun(jobId: string) {
  return db().importJob.findUniqueOrThrow({ where: { id: jobId }, include: { document: { select: { id: true, kind: true, year: true, projectionYears: true, status: true } } } });
}

/** A job as its actions see it, by id (the gate has already placed it). */
export function readJobForAction(jobId: string) {
  return db().importJob.findUnique({ where: { id: jobId }, select: { id: true, userId: true, status: true, fileName: true, preview: true } });
}
