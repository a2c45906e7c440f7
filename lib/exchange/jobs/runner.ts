import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { authorizeMemberScope, loadSessionUser } from "@/lib/auth/session";
import { ownStage } from "@/lib/review/cycle";
import { ExchangeFileError, type ReadFile } from "../table";
import { matchFigureTables } from "../figures/match";
import { planFigureImport, type FigurePlan, type RawEntry } from "../figures/plan";
import { writeFigureImport } from "../figures/mutations";
import { readInChild } from "./read-in-child";
import { readOwnedFigures } from "./owned";
import { readJobForRun } from "./data";
import { failJob, finishJob, storePreview, touchJob } from "./mutations";

// The life of an import job after its upload (decision 012): read the file in
// a child process, compare it with the document, keep the preview; and, once
// confirmed, write it. Each step records its phase and progress on the job
// row, so the page shows the same after a reload. Started without awaiting
// from the action that made the job; errors end the job, never the server.

const FAILED_UNEXPECTEDLY = "Er ging iets mis aan onze kant bij het verwerken van dit bestand. Er is niets opgeslagen.";


export function startReading(jobId: string): void {
  void readAndPlan(jobId).catch(async (error) => failJob(jobId, error instanceof ExchangeFileError ? error.message : FAILED_UNEXPECTEDLY).catch(() => undefined));
}

async function readAndPlan(jobId: string) {
  const job = await readJobForRun(jobId);
  if (!job.file || !job.userId || (job.format !== "XLSX" && job.format !== "CSV")) return failJob(jobId, FAILED_UNEXPECTEDLY);
  await touchJob(jobId, { status: "READING", phase: "Bestand lezen", progressDone: 0, progressTotal: 0 });
  let lastTouch = 0;
  const file: ReadFile = await readInChild({ format: job.format, fileName: job.fileName, bytes: job.file }, (done, total) => {
    if (Date.now() - lastTouch < 500) return; // a progress write at most twice a second
    lastTouch = Date.now();
    void touchJob(jobId, { progressDone: done, progressTotal: total }).catch(() => undefined);
  });
  const user = await loadSessionUser(job.userId);
  if (!user) return failJob(jobId, "Uw account is niet meer actief. Er is niets opgeslagen.");
  const rows = file.tables.reduce((n, t) => n + t.rows.length, 0);
  await touchJob(jobId, { phase: "Vergelijken met de gegevens", progressDone: 0, progressTotal: rows });
  const scope = authorizeMemberScope(user, job.municipalityId);
  const owned = await readOwnedFigures(scope, job.document);
  const options = job.options as { submit?: boolean };
  const plan = planFigureImport(matchFigureTables(file.tables, ownStage(job.document), owned), {
    documentId: job.documentId,
    intent: options.submit ? "submit" : "save",
    refusal: (programmeId, group) => {
      const resource = municipalityResource(job.municipalityId, { programmeId, documentStatus: job.document.status });
      const action = group === "indicators" ? "indicatorValue.edit" : "financialLine.edit";
      if (can(user, action, resource)) return null;
      return job.document.status === "CONCEPT"
        ? `U mag de cijfers van programma ${owned.programmes.get(programmeId) ?? "?"} niet wijzigen: u bent er niet aan toegewezen.`
        : "Dit document is vastgesteld: de cijfers kunnen niet meer worden gewijzigd.";
    },
  });
  await storePreview(jobId, rows, previewJson(plan, file.warnings));
}

/** What the job keeps of the plan: every row (the page pages them), the file's remarks, and the entries to write. */
function previewJson(plan: FigurePlan, warnings: string[]) {
  const changed = plan.rows.filter((r) => r.changes.length > 0).length;
  const problems = plan.rows.filter((r) => r.problems.length > 0).length + plan.fileProblems.length;
  return { counts: { rows: plan.rows.length, changed, unchanged: plan.rows.length - changed - problems, problems }, warnings, fileProblems: plan.fileProblems, rows: plan.rows, entries: plan.entries };
}

export interface StoredPreview {
  counts: { rows: number; changed: number; unchanged: number; problems: number };
  warnings: string[];
  fileProblems: string[];
  rows: FigurePlan["rows"];
  entries: RawEntry[];
}

export function startWriting(jobId: string, reason: string): void {
  void write(jobId, reason).catch(async () => failJob(jobId, FAILED_UNEXPECTEDLY).catch(() => undefined));
}

async function write(jobId: string, reason: string) {
  const job = await readJobForRun(jobId);
  const preview = job.preview as unknown as StoredPreview;
  const user = job.userId ? await loadSessionUser(job.userId) : null;
  if (!user) return failJob(jobId, "Uw account is niet meer actief. Er is niets opgeslagen.");
  await touchJob(jobId, { phase: "Opslaan", progressDone: 0, progressTotal: preview.counts.changed });
  const outcome = await writeFigureImport(user, preview.entries, reason);
  if (outcome.outcome === "refused") return failJob(jobId, outcome.message);
  await finishJob(jobId, preview.counts.changed, outcome);
}
