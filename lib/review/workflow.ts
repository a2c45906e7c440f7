/**
 * The review workflow of one figure (an indicator value or a financial line):
 *
 *   CONCEPT ──submit──▶ INGEDIEND ──approve──▶ GOEDGEKEURD
 *      ▲                    │
 *      │                    └──return (with a question)──▶ TERUGGESTUURD
 *      └──────── edit (from any state, while the document is open) ───────┘
 *
 * An edit always sends the figure back to CONCEPT, so what a controller
 * approved is exactly what is published. Changing a figure that someone has
 * already submitted or approved needs a reason, which the audit trail keeps.
 * Who may trigger which event is `can`'s business (lib/auth/permissions);
 * whether the event fits the current state is this module's.
 *
 * Pure and isomorphic.
 */

export const REVIEW_STATUSES = ["CONCEPT", "INGEDIEND", "GOEDGEKEURD", "TERUGGESTUURD"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ReviewEvent = "edit" | "submit" | "approve" | "return";

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  CONCEPT: "Concept",
  INGEDIEND: "Ingediend",
  GOEDGEKEURD: "Goedgekeurd",
  TERUGGESTUURD: "Teruggestuurd",
};

/** The state after the event, or null when the event does not apply in this state. */
export function nextReviewStatus(current: ReviewStatus, event: ReviewEvent): ReviewStatus | null {
  switch (event) {
    case "edit":
      return "CONCEPT";
    case "submit":
      // A returned figure is answered by changing it (which makes it CONCEPT
      // again), not by sending the same thing back unchanged.
      return current === "CONCEPT" ? "INGEDIEND" : null;
    case "approve":
      return current === "INGEDIEND" ? "GOEDGEKEURD" : null;
    case "return":
      return current === "INGEDIEND" ? "TERUGGESTUURD" : null;
  }
}

/**
 * Whether a row offers "Indienen": a concept, or a returned figure — which is
 * answered by changing it, after which the same press submits it.
 */
export function offersSubmit(current: ReviewStatus): boolean {
  return current === "CONCEPT" || current === "TERUGGESTUURD";
}

/** Someone already relies on this figure: changing it needs a reason in the audit trail. */
export function editNeedsReason(current: ReviewStatus): boolean {
  return current === "INGEDIEND" || current === "GOEDGEKEURD";
}

export const REVIEW_MESSAGES = {
  notSubmitted: "Dit cijfer is niet (meer) ingediend; vernieuw de pagina om de huidige stand te zien.",
  reasonRequired: "Geef een reden: u wijzigt een cijfer dat al is ingediend of goedgekeurd",
  commentRequired: "Schrijf bij het terugsturen uw vraag of opmerking",
  nothingToSubmit: "Er zijn geen conceptcijfers om in te dienen.",
  answerReturned:
    "Dit cijfer is teruggestuurd: beantwoord de vraag van de controller door het cijfer of de toelichting aan te passen, en dien het dan in.",
  alreadySubmitted: "Dit cijfer is al ingediend of goedgekeurd; vernieuw de pagina om de huidige stand te zien.",
} as const;
