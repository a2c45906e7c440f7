// Which document is the demo's working document (created by the seed in demo
// mode only, prisma/demo/workspace.ts): the workplace marks it on every page.
// Kept in lib because the workplace is product code; the seed depends on it.
import { isDemoMode } from "@/lib/auth/config";

export const DEMO_WORKSPACE = {
  /** Zoetermeer */
  municipality: "GM0637",
  kind: "JAARSTUKKEN",
  year: 2025,
  title: "Jaarstukken 2025 (werkdocument, demo)",
  programme: "6",
  /** The published document whose structure the working document carries. */
  structureFrom: { kind: "JAARSTUKKEN", year: 2024 },
} as const;

/** Whether a document is the demo working document (the workplace says so on every page). */
export function isDemoWorkspace(document: { cbsCode: string; kind: string; year: number }): boolean {
  return (
    isDemoMode() &&
    document.cbsCode === DEMO_WORKSPACE.municipality &&
    document.kind === DEMO_WORKSPACE.kind &&
    document.year === DEMO_WORKSPACE.year
  );
}

