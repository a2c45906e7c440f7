import "server-only";
import { db } from "@/lib/db";
import { findProgrammeInDocumentResource } from "@/lib/auth/data";
import { NotFoundError } from "@/lib/auth/errors";
import type { SessionUser } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { EntryRefusal, runEntry } from "@/lib/review/mutations";
import { programmeEntrySchema, type ProgrammeEntry } from "@/lib/review/schema";
import type { RawEntry } from "./plan";

// Writing a confirmed cijfers import (decision 012): every programme's entry
// through the programme form's own transaction body, all inside ONE
// transaction, so the file is written completely or not at all. Each entry
// carries the versions and values the preview was made from: a figure someone
// changed since is a conflict, and the whole import rolls back.

export type ImportWriteOutcome =
  | { outcome: "written"; changed: number; submitted: number }
  | { outcome: "refused"; message: string };

export const CHANGED_SINCE_PREVIEW =
  "Een of meer cijfers zijn gewijzigd sinds het voorbeeld is gemaakt. Er is niets opgeslagen: upload het bestand opnieuw om het nieuwe voorbeeld te zien.";

/** The gate for one programme's rows: the same permissions as the programme form (lib/review/actions). */
async function authorizeEntry(user: SessionUser, entry: ProgrammeEntry) {
  const resource = await findProgrammeInDocumentResource(entry.documentId, entry.programmeId);
  if (!resource) throw new NotFoundError();
  const municipalityId = authorize(user, "indicatorValue.edit", resource);
  if (entry.lines.length > 0) authorize(user, "financialLine.edit", resource);
  if (entry.intent === "submit") {
    authorize(user, "indicatorValue.submit", resource);
    if (entry.lines.length > 0) authorize(user, "financialLine.submit", resource);
  }
  return municipalityId;
}

export async function writeFigureImport(user: SessionUser, raw: RawEntry[], reason: string, progress: (done: number, total: number) => void = () => undefined): Promise<ImportWriteOutcome> {
  const gates: { entry: ProgrammeEntry; municipalityId: Awaited<ReturnType<typeof authorizeEntry>> }[] = [];
  for (const posted of raw) {
    // Read again by the form's schema: what the job kept is plain JSON, and the schema is the judge.
    const parsed = programmeEntrySchema.safeParse({ ...posted, reason });
    if (!parsed.success) return { outcome: "refused", message: CHANGED_SINCE_PREVIEW };
    gates.push({ entry: parsed.data, municipalityId: await authorizeEntry(user, parsed.data) });
  }
  try {
    return await db().$transaction(
      async (tx) => {
        let changed = 0;
        let submitted = 0;
        let done = 0;
        const total = gates.reduce((n, g) => n + g.entry.indicators.length + g.entry.lines.length, 0);
        for (const { entry, municipalityId } of gates) {
          const outcome = await runEntry(tx, { entry, userId: user.id, municipalityId });
          if (outcome.outcome !== "saved") throw new EntryRefusal(outcome);
          changed += outcome.changed;
          submitted += outcome.submitted;
          done += entry.indicators.length + entry.lines.length;
          progress(done, total);
        }
        return { outcome: "written" as const, changed, submitted };
      },
      // Tens of thousands of rows, each a conditional update and its audit entries.
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (!(error instanceof EntryRefusal)) throw error;
    const { outcome } = error;
    if (outcome.outcome === "conflict") return { outcome: "refused", message: CHANGED_SINCE_PREVIEW };
    if (outcome.outcome === "refused") return { outcome: "refused", message: `${outcome.message}${outcome.formErrors.length ? ` ${outcome.formErrors.join(" ")}` : ""}` };
    return { outcome: "refused", message: CHANGED_SINCE_PREVIEW };
  }
}
