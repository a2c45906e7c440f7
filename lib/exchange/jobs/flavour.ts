import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import type { MemberScope } from "@/lib/auth/scope";
import type { StoredPreview } from "../preview";
import type { ReadFile } from "../table";
import type { readJobForRun } from "./data";

// What a kind of import (ImportFlavour) gives the runner (decision 012): how
// the tables read from a file become a preview, and how a confirmed preview's
// payload is written, all or nothing. The runner keeps the job's phases,
// progress and failures; a flavour knows only its own rows.

export type RunJob = Awaited<ReturnType<typeof readJobForRun>>;

export interface FlavourContext {
  job: RunJob;
  user: SessionUser;
  scope: MemberScope;
  /** Reports how far the phase is; written to the job at most twice a second. */
  progress: (done: number, total: number) => void;
}

export type WriteSummary = { created: number; changed: number; submitted: number };
export type WriteOutcome = { outcome: "written"; summary: WriteSummary } | { outcome: "refused"; message: string };

export interface ImportFlavourRunner<P = unknown> {
  plan(file: ReadFile, context: FlavourContext): Promise<StoredPreview<P>>;
  write(payload: P, reason: string, context: FlavourContext): Promise<WriteOutcome>;
}
