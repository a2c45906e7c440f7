"use server";

import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/action";
import { findDocumentResource } from "@/lib/auth/data";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { findImportJobResource, readJobForAction } from "./jobs/data";
import { cancelPlannedJob, cancelSupersededJobs, claimForWriting, createImportJob, hasRunningJob, sweepJobs } from "./jobs/mutations";
import { BUSY_MESSAGE } from "./jobs/retention";
import { startReading, startWriting } from "./jobs/runner";
import { isWritable, type StoredPreview } from "./preview";
import { HAS_PROBLEMS, NOTHING_TO_WRITE, NOT_PLANNED, backTo } from "./messages";
import { confirmImportSchema, jobSchema, startImportSchema } from "./schema";

// Server Actions of importing a cijfers file (decision 012). The gate is the
// document (figures.import, CONCEPT only); the rows are judged per programme
// by the form's own permissions in the preview and again when written. A job
// belongs to whoever uploaded it: for anyone else it does not exist.


/** Stores the upload as a job and starts reading it; the answer is the job's id (the page shows its progress). */
export const startImportAction = authorizedAction(
  { schema: startImportSchema, action: "figures.import", resource: (input) => findDocumentResource(input.documentId) },
  async (input, { user, municipalityId }) => {
    await sweepJobs();
    if (await hasRunningJob(user.id)) throw new ConflictError(BUSY_MESSAGE);
    await cancelSupersededJobs(user.id, input.documentId);
    const job = await createImportJob({ municipalityId, documentId: input.documentId, userId: user.id, format: input.format, fileName: input.fileName, bytes: input.bytes, submit: input.submit });
    startReading(job.id);
    return { jobId: job.id };
  },
);

async function ownJob(jobId: string, userId: string) {
  const job = await readJobForAction(jobId);
  if (!job || job.userId !== userId) throw new NotFoundError();
  return job;
}

/** Writes a job's preview, all or nothing, after the user saw it. */
export const confirmImportAction = authorizedAction(
  { schema: confirmImportSchema, action: "figures.import", resource: (input) => findImportJobResource(input.jobId) },
  async (input, { user }) => {
    const job = await ownJob(input.jobId, user.id);
    const preview = job.preview as unknown as StoredPreview | null;
    if (job.status !== "PLANNED" || !preview) throw new ConflictError(NOT_PLANNED);
    if (preview.counts.problems > 0) throw new ConflictError(HAS_PROBLEMS);
    if (!isWritable(preview)) throw new ConflictError(NOTHING_TO_WRITE);
    // Only one confirmation wins: the status moves from PLANNED exactly once.
    if (!(await claimForWriting(job.id))) throw new ConflictError(NOT_PLANNED);
    startWriting(job.id, input.reason || `Import uit ${job.fileName}`);
    return { jobId: job.id };
  },
);

/** Drops a job that waits for confirmation, and its file. */
export const cancelImportAction = authorizedAction(
  { schema: jobSchema, action: "figures.import", resource: (input) => findImportJobResource(input.jobId) },
  async (input, { user }) => {
    const job = await ownJob(input.jobId, user.id);
    if (!(await cancelPlannedJob(job.id))) throw new ConflictError(NOT_PLANNED);
    return { jobId: job.id };
  },
);

/** The forms on the job page: act, then show the job again (also without JavaScript). */
export async function confirmImportForm(formData: FormData): Promise<void> {
  const result = await confirmImportAction(formData);
  redirect(backTo(formData.get("back"), result.ok ? null : result.message));
}

export async function cancelImportForm(formData: FormData): Promise<void> {
  const result = await cancelImportAction(formData);
  redirect(backTo(formData.get("back"), result.ok ? null : result.message));
}
