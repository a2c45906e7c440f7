import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { ownStage } from "@/lib/review/cycle";
import { storedPreview } from "../preview";
import type { ImportFlavourRunner } from "../jobs/flavour";
import { readOwnedFigures } from "../jobs/owned";
import { matchFigureTables } from "./match";
import { writeFigureImport } from "./mutations";
import { planFigureImport, type RawEntry } from "./plan";
import { figurePreviewRows } from "./preview-rows";

// The cijfers import (realisatie, prognose, toelichting; decision 012): rows
// matched by key to the figures the document owns, judged by the programme
// form's schema and permissions, written through the form's transaction body.

export const figuresFlavour: ImportFlavourRunner<RawEntry[]> = {
  async plan(file, { job, user, scope }) {
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
    const writes = plan.entries.reduce((n, e) => n + e.indicators.length + e.lines.length, 0);
    return storedPreview({ rows: figurePreviewRows(plan.rows), fileProblems: plan.fileProblems, warnings: file.warnings, payload: plan.entries, writes });
  },

  async write(entries, reason, { user, progress }) {
    const outcome = await writeFigureImport(user, entries, reason, progress);
    if (outcome.outcome === "refused") return outcome;
    return { outcome: "written", summary: { created: 0, changed: outcome.changed, submitted: outcome.submitted } };
  },
};
