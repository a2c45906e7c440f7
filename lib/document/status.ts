/**
 * The status of a P&C document, set by the beheerder:
 *
 *   CONCEPT ──vaststellen──▶ VASTGESTELD ──publiceren──▶ GEPUBLICEERD
 *
 * Forward, one step at a time. Vaststellen records the council's decision and
 * locks every figure of the document (`can` treats a non-CONCEPT document as
 * read-only, and every figure mutation re-checks it inside its transaction);
 * it is refused while any figure is not yet approved, because a figure nobody
 * reviewed must not be frozen, and public pages show approved figures only —
 * a lock with open figures would publish a silently incomplete document.
 *
 * Back, also one step at a time and only with a reason (kept in the audit trail):
 * - GEPUBLICEERD → VASTGESTELD: take a document off the public site (an error
 *   was found after publication);
 * - VASTGESTELD → CONCEPT: reopen the figures (the lock was set too early, or
 *   the council adopted an amendment). Without this a correction would need a
 *   database edit that leaves no trace, which is worse than an audited reopen.
 *
 * Pure and isomorphic.
 */
import type { DocumentStatus } from "@/lib/auth/permissions";

export const DOCUMENT_LOCKED_MESSAGE =
  "Dit document is vastgesteld of gepubliceerd: de cijfers kunnen niet meer worden gewijzigd.";

export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ["CONCEPT", "VASTGESTELD", "GEPUBLICEERD"];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  CONCEPT: "Concept",
  VASTGESTELD: "Vastgesteld",
  GEPUBLICEERD: "Gepubliceerd",
};

export interface StatusTransition {
  from: DocumentStatus;
  to: DocumentStatus;
  direction: "forward" | "back";
  /** Button text on the document page. */
  label: string;
}

export const STATUS_TRANSITIONS: readonly StatusTransition[] = [
  { from: "CONCEPT", to: "VASTGESTELD", direction: "forward", label: "Vaststellen (cijfers vergrendelen)" },
  { from: "VASTGESTELD", to: "GEPUBLICEERD", direction: "forward", label: "Publiceren" },
  { from: "GEPUBLICEERD", to: "VASTGESTELD", direction: "back", label: "Publicatie intrekken" },
  { from: "VASTGESTELD", to: "CONCEPT", direction: "back", label: "Heropenen (terug naar concept)" },
];

export function findTransition(from: DocumentStatus, to: DocumentStatus): StatusTransition | null {
  return STATUS_TRANSITIONS.find((t) => t.from === from && t.to === to) ?? null;
}

export function transitionsFrom(from: DocumentStatus): StatusTransition[] {
  return STATUS_TRANSITIONS.filter((t) => t.from === from);
}

/** Whether the public site shows the document before or after the change differs. */
export function changesPublicVisibility(from: DocumentStatus, to: DocumentStatus): boolean {
  return (from === "GEPUBLICEERD") !== (to === "GEPUBLICEERD");
}

export type StatusRefusal = "NOT_ALLOWED" | "REASON_REQUIRED" | "OPEN_FIGURES" | "OPEN_TEXTS";

export interface StatusCheckInput {
  from: DocumentStatus;
  to: DocumentStatus;
  reason: string | null;
  /** Figures of the document that are not GOEDGEKEURD. */
  openFigures: number;
  /**
   * Report rows whose texts are in review (submitted, returned) or were carried
   * over and never revised (decision 011): adopting them would lock texts
   * that never become public.
   */
  openTexts: number;
}

/** Why this change may not happen, or null when it may. */
export function statusChangeRefusal(input: StatusCheckInput): StatusRefusal | null {
  const transition = findTransition(input.from, input.to);
  if (!transition) return "NOT_ALLOWED";
  if (transition.direction === "back" && (input.reason ?? "").trim() === "") return "REASON_REQUIRED";
  if (input.to === "VASTGESTELD" && input.from === "CONCEPT" && input.openFigures > 0) return "OPEN_FIGURES";
  if (input.to === "VASTGESTELD" && input.from === "CONCEPT" && input.openTexts > 0) return "OPEN_TEXTS";
  return null;
}

export function statusRefusalMessage(refusal: StatusRefusal, input: StatusCheckInput): string {
  switch (refusal) {
    case "NOT_ALLOWED":
      return `Van ${DOCUMENT_STATUS_LABELS[input.from].toLowerCase()} naar ${DOCUMENT_STATUS_LABELS[input.to].toLowerCase()} kan niet; de status gaat stap voor stap.`;
    case "REASON_REQUIRED":
      return "Geef een reden: een stap terug wordt met reden in de geschiedenis bewaard";
    case "OPEN_FIGURES":
      return input.openFigures === 1
        ? "Vaststellen kan nog niet: 1 cijfer is nog niet goedgekeurd."
        : `Vaststellen kan nog niet: ${input.openFigures} cijfers zijn nog niet goedgekeurd.`;
    case "OPEN_TEXTS":
      return input.openTexts === 1
        ? "Vaststellen kan nog niet: de teksten van 1 programma, doel of activiteit zijn nog niet goedgekeurd."
        : `Vaststellen kan nog niet: de teksten van ${input.openTexts} programma's, doelen of activiteiten zijn nog niet goedgekeurd.`;
  }
}
