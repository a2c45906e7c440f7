// Which documents are the demo's working documents (created by the seed in
// demo mode only, prisma/demo/workspace.ts): the workplace marks them on every
// page. Two, because each stage owns its own figures (decision 009): the
// streefwaarden and the primitieve begroting are entered in the begroting,
// the realisatie in the jaarstukken. Kept in lib because the workplace is
// product code; the seed depends on it.
import { isDemoMode } from "@/lib/auth/config";

export const DEMO_WORKSPACE = {
  /** Zoetermeer */
  municipality: "GM0637",
  kind: "JAARSTUKKEN",
  year: 2025,
  title: "Jaarstukken 2025 (werkdocument, demo)",
  /** The begroting of the same year: it owns the targets and the budget the jaarstukken show read-only. */
  budgetKind: "BEGROTING",
  budgetTitle: "Begroting 2025 (werkdocument, demo)",
  programme: "6",
  /** The published document whose structure the working documents carry. */
  structureFrom: { kind: "JAARSTUKKEN", year: 2024 },
} as const;

/** Whether a document is one of the demo working documents (the workplace says so on every page). */
export function isDemoWorkspace(document: { cbsCode: string; kind: string; year: number }): boolean {
  return (
    isDemoMode() &&
    document.cbsCode === DEMO_WORKSPACE.municipality &&
    (document.kind === DEMO_WORKSPACE.kind || document.kind === DEMO_WORKSPACE.budgetKind) &&
    document.year === DEMO_WORKSPACE.year
  );
}
