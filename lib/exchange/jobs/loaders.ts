import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { loadDocumentContext } from "@/lib/review/loaders";
import { listOwnJobs, readOwnJob } from "./data";
import { isInterrupted, isRunning } from "./retention";
import type { StoredPreview } from "../preview";
import { jobView, type RowFilter } from "./view";

/** The upload page: the document and the member's own recent imports of it. */
export async function loadExchangePage(slug: string, year: number, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality, document } = context.data;
  const jobs = await listOwnJobs(scope, user.id, document.id);
  // Only the advisor enters figures; the controller reviews them, the beheerder adopts the document.
  const mayImport = can(user, "figures.import", municipalityResource(municipality.id, { documentStatus: document.status }));
  return { kind: "ok" as const, data: { municipality, document, mayImport, jobs: jobs.map((j) => ({ ...j, interrupted: isInterrupted(j) })) } };
}


/** One import job of the member's, with one page of its preview rows. */
export async function loadImportJob(slug: string, year: number, kindSlug: string | undefined, jobId: string, page: number, filter: RowFilter) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality, document } = context.data;
  const job = await readOwnJob(scope, user.id, jobId);
  if (!job || job.documentId !== document.id) return { kind: "notfound" as const };
  const preview = job.preview as unknown as StoredPreview | null;
  return {
    kind: "ok" as const,
    data: { municipality, document, job: { ...job, interrupted: isInterrupted(job), running: isRunning(job) && !isInterrupted(job) }, view: jobView(preview, page, filter) },
  };
}
