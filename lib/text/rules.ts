/**
 * What a save of one subject's texts does, decided before anything is written
 * (decision 011: texts are reviewed like figures, one review per report row).
 * The states and events are the figures' (lib/review/workflow.ts): a change
 * makes the row CONCEPT again, so what the controller approved is what is
 * published; submitting needs a concept; a returned row is answered by changing it.
 *
 * Unlike a figure, changing submitted or approved texts needs no reason: the
 * texts go back to the controller as a whole, and the audit trail keeps every
 * old text.
 *
 * Pure and isomorphic.
 */
import { nextReviewStatus, type ReviewStatus } from "@/lib/review/workflow";
import type { TextField } from "./questions";

export const TEXT_MESSAGES = {
  stale: "Iemand anders heeft deze teksten intussen gewijzigd. Laad de pagina opnieuw; er is niets overschreven.",
  notSubmitted: "Deze teksten zijn niet (meer) ingediend; vernieuw de pagina om de huidige stand te zien.",
  decidedStale: "Deze teksten zijn intussen gewijzigd. Vernieuw de pagina en beoordeel de huidige teksten.",
  nothingToSubmit: "Er is nog geen tekst om in te dienen. Vul eerst een tekst in.",
  alreadySubmitted: "Deze teksten zijn al ingediend of goedgekeurd; vernieuw de pagina om de huidige stand te zien.",
  answerReturned:
    "Deze teksten zijn teruggestuurd: beantwoord de vraag van de controller door de tekst aan te passen, en dien ze dan in.",
  selfReview: "U hebt deze teksten zelf gewijzigd; een andere controller keurt ze goed.",
} as const;

export interface TextRowState {
  version: number;
  reviewStatus: ReviewStatus;
  /** Set while the texts are a copy nobody has revised (decision 011). */
  carriedFromId: string | null;
  values: Partial<Record<TextField, string | null>>;
}

export interface TextSaveRequest {
  expectedVersion: number;
  /** The columns this document kind lets one write for this subject (lib/text/questions.ts). */
  editable: readonly TextField[];
  /** What the form posted; a field not posted is left as it is. */
  posted: Partial<Record<TextField, string | null>>;
  submit: boolean;
}

export interface TextChange {
  field: TextField | "carriedFromId";
  oldValue: string | null;
  newValue: string | null;
}

export type TextSavePlan =
  | { outcome: "refused"; message: string; conflict: boolean }
  | {
      outcome: "write";
      /** One audit entry each; the carried marker's clearing is one of them. */
      changes: TextChange[];
      /** The texts to store (only changed columns). */
      data: Partial<Record<TextField, string | null>>;
      clearCarried: boolean;
      /** The review step after the save; null when it stays as it is. */
      reviewStatus: ReviewStatus | null;
      submitted: boolean;
    };

const refused = (message: string, conflict = false): TextSavePlan => ({ outcome: "refused", message, conflict });

export function planTextSave(current: TextRowState, request: TextSaveRequest): TextSavePlan {
  if (current.version !== request.expectedVersion) return refused(TEXT_MESSAGES.stale, true);
  const data: Partial<Record<TextField, string | null>> = {};
  const changes: TextChange[] = [];
  for (const field of request.editable) {
    if (!(field in request.posted)) continue;
    const newValue = request.posted[field] ?? null;
    const oldValue = current.values[field] ?? null;
    if (newValue === oldValue) continue;
    data[field] = newValue;
    changes.push({ field, oldValue, newValue });
  }
  // Saving is revising: the first save clears "nog niet herzien", changed or not.
  const clearCarried = current.carriedFromId !== null;
  if (clearCarried) changes.push({ field: "carriedFromId", oldValue: current.carriedFromId, newValue: null });

  const contentChanged = Object.keys(data).length > 0;
  let status: ReviewStatus = contentChanged ? nextReviewStatus(current.reviewStatus, "edit")! : current.reviewStatus;
  if (request.submit) {
    const after = { ...current.values, ...data };
    if (request.editable.every((f) => !after[f])) return refused(TEXT_MESSAGES.nothingToSubmit);
    if (status === "TERUGGESTUURD") return refused(TEXT_MESSAGES.answerReturned);
    const submitted = nextReviewStatus(status, "submit");
    if (!submitted) return refused(TEXT_MESSAGES.alreadySubmitted);
    status = submitted;
  }
  return {
    outcome: "write",
    changes,
    data,
    clearCarried,
    reviewStatus: status === current.reviewStatus ? null : status,
    submitted: request.submit,
  };
}
