import "server-only";
import type { ImportFlavour } from "@/lib/generated/prisma/enums";
import { authorizeMemberScope, loadSessionUser } from "@/lib/auth/session";
import { ExchangeFileError, type ReadFile } from "../table";
import type { StoredPreview } from "../preview";
import { figuresFlavour } from "../figures/flavour";
import { readInChild } from "./read-in-child";
import { readJobForRun } from "./data";
import type { FlavourContext, ImportFlavourRunner, RunJob } from "./flavour";
import { failJob, finishJob, storePreview, touchJob } from "./mutations";

// The life of an import job after its upload (decision 012): read the file in
// a child process, let its kind of import compare it with the document, keep
// the preview; and, once confirmed, write it. Each step records its phase and
// progress on the job row, so the page shows the same after a reload. Started
// without awaiting from the action that made the job; errors end the job,
// never the server.

const FAILED_UNEXPECTEDLY = "Er ging iets mis aan onze kant bij het verwerken van dit bestand. Er is niets opgeslagen.";
const ACCOUNT_GONE = "Uw account is niet meer actief. Er is niets opgeslagen.";

/** The kinds of import this server can run; a job of another kind fails with a message, never half. */
const FLAVOURS: Partial<Record<ImportFlavour, ImportFlavourRunner>> = {
  REALISATIE: figuresFlavour as ImportFlavourRunner,
};

/** Progress written at most twice a second: the page polls, the database need not see every row. */
function throttledProgress(jobId: string) {
  let last = 0;
  return (done: number, total: number) => {
    if (Date.now() - last < 500 && done < total) return;
    last = Date.now();
    void touchJob(jobId, { progressDone: done, progressTotal: total }).catch(() => undefined);
  };
}

async function contextOf(job: RunJob): Promise<FlavourContext | null> {
  const user = job.userId ? await loadSessionUser(job.userId) : null;
  if (!user) return null;
  return { job, user, scope: authorizeMemberScope(user, job.municipalityId), progress: throttledProgress(job.id) };
}

export function startReading(jobId: string): void {
  void readAndPlan(jobId).catch(async (error) => failJob(jobId, error instanceof ExchangeFileError ? error.message : FAILED_UNEXPECTEDLY).catch(() => undefined));
}

async function readAndPlan(jobId: string) {
  const job = await readJobForRun(jobId);
  const flavour = FLAVOURS[job.flavour];
  if (!job.file || !flavour || (job.format !== "XLSX" && job.format !== "CSV")) return failJob(jobId, FAILED_UNEXPECTEDLY);
  await touchJob(jobId, { status: "READING", phase: "Bestand lezen", progressDone: 0, progressTotal: 0 });
  const file: ReadFile = await readInChild({ format: job.format, fileName: job.fileName, bytes: job.file }, throttledProgress(jobId));
  const context = await contextOf(job);
  if (!context) return failJob(jobId, ACCOUNT_GONE);
  const rows = file.tables.reduce((n, t) => n + t.rows.length, 0);
  await touchJob(jobId, { phase: "Vergelijken met de gegevens", progressDone: 0, progressTotal: rows });
  const preview = await flavour.plan(file, context);
  await storePreview(jobId, preview.counts.rows, preview);
}

export function startWriting(jobId: string, reason: string): void {
  void write(jobId, reason).catch(async () => failJob(jobId, FAILED_UNEXPECTEDLY).catch(() => undefined));
}

async function write(jobId: string, reason: string) {
  const job = await readJobForRun(jobId);
  const flavour = FLAVOURS[job.flavour];
  const preview = job.preview as unknown as StoredPreview | null;
  if (!flavour || !preview) return failJob(jobId, FAILED_UNEXPECTEDLY);
  const context = await contextOf(job);
  if (!context) return failJob(jobId, ACCOUNT_GONE);
  await touchJob(jobId, { phase: "Opslaan", progressDone: 0, progressTotal: preview.writes });
  const outcome = await flavour.write(preview.payload, reason, context);
  if (outcome.outcome === "refused") return failJob(jobId, outcome.message);
  await finishJob(jobId, preview.writes, outcome.summary);
}
