/** Dutch words of begrotingswijzigingen, shared by the pages. Isomorphic. */
import { AUTHORITY_LABELS, type AmendmentAuthorityValue } from "./schema";

export const AMENDMENT_STATUS_LABELS = { CONCEPT: "Concept", VASTGESTELD: "Vastgesteld", VERWORPEN: "Verworpen" } as const;

/** Who decided: "Raad, raadsbesluit RB 2025/12", "College, binnen het mandaat", or what the import's source left out. */
export function authorityText(a: { authority: AmendmentAuthorityValue | null; decisionReference: string | null; unspecified: boolean }): string {
  if (a.authority === null) return a.unspecified ? "Niet vermeld in de bron" : "Onbekend";
  if (a.authority === "RAAD") return a.decisionReference ? `Raad, raadsbesluit ${a.decisionReference}` : "Raad";
  return AUTHORITY_LABELS.COLLEGE_MANDAAT;
}

/** "2025-03-14" → "14-03-2025"; the dash when there is no date. */
export function dateText(iso: string | null): string {
  if (iso === null) return "–";
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}
