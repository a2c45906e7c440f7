/**
 * How long an import job keeps what it holds (decision 012), so stored files
 * and previews never grow without bound: the file only until it is read, a
 * preview only while it waits for confirmation, and the job itself — its name,
 * status and summary, for the uploader's list — for a quarter. Pure.
 */

/** A running job that has not moved for this long was interrupted (a restarted server). */
export const STALE_AFTER_MS = 2 * 60_000;
/** A preview nobody confirmed is dropped after a week: the figures have moved on by then. */
export const PLANNED_KEPT_MS = 7 * 24 * 3600_000;
/** An ended job is removed after 90 days; the audit trail keeps what it wrote. */
export const ENDED_KEPT_MS = 90 * 24 * 3600_000;

export const INTERRUPTED_MESSAGE = "De verwerking is onderbroken (de server is herstart). Er is niets opgeslagen; upload het bestand opnieuw.";
export const EXPIRED_MESSAGE = "Dit voorbeeld is na een week niet bevestigd en daarom vervallen. Er is niets opgeslagen; upload het bestand opnieuw.";
export const BUSY_MESSAGE = "Er wordt al een bestand van u gelezen. Wacht tot het voorbeeld klaar is, en lees dan het volgende in.";

export function retentionCutoffs(now: Date) {
  const t = now.getTime();
  return { staleBefore: new Date(t - STALE_AFTER_MS), plannedBefore: new Date(t - PLANNED_KEPT_MS), endedBefore: new Date(t - ENDED_KEPT_MS) };
}

const RUNNING = new Set(["WAITING", "READING", "APPLYING"]);

export function isRunning(job: { status: string }): boolean {
  return RUNNING.has(job.status);
}

export function isInterrupted(job: { status: string; heartbeatAt: Date }, now = new Date()): boolean {
  return isRunning(job) && job.heartbeatAt < retentionCutoffs(now).staleBefore;
}
