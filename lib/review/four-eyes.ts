/**
 * Four eyes (vier ogen): a controller does not approve a figure whose content
 * — a value or its toelichting — they changed at any point since its last
 * approval (or since it exists, if it was never approved), whoever changed it
 * last. Holding both roles does not help: the person is the problem, not the
 * role, hence its own result code SELF_REVIEW (lib/auth/result.ts).
 *
 * Looking only at the last editor was not enough: a controller who is also an
 * advisor could enter the realisatie, let a colleague touch the toelichting,
 * and approve their own number.
 *
 * Pure and isomorphic: the approve transaction and the review page decide
 * with the same rule (the server remains the authority).
 */

/** One audit entry about the figure (lib/audit), in the order they were written. */
export interface FigureChange {
  userId: string | null;
  action: string;
  /** The field the entry is about; review steps are about "reviewStatus". */
  field: string | null;
}

export interface ApprovalFacts {
  /** Who last wrote the figure's content (its updatedBy): counted even if the audit trail were to miss it. */
  lastEditorId: string | null;
  /** Every audit entry about the figure, oldest first. */
  history: readonly FigureChange[];
}

const REVIEW_FIELD = "reviewStatus";

/**
 * An entry changes content unless it is a review step: anything but the
 * review status counts, so a field added later is covered without a change here.
 */
function changesContent(change: FigureChange): boolean {
  return change.field !== REVIEW_FIELD;
}

/** Everyone who changed the figure's content after its last approval. */
export function contentEditorsSinceApproval(history: readonly FigureChange[]): Set<string> {
  const editors = new Set<string>();
  for (const change of history) {
    if (change.action === "approve") editors.clear();
    else if (change.userId && changesContent(change)) editors.add(change.userId);
  }
  return editors;
}

export function mayApproveFigure(approverId: string, facts: ApprovalFacts): boolean {
  if (facts.lastEditorId === approverId) return false;
  return !contentEditorsSinceApproval(facts.history).has(approverId);
}

export const SELF_REVIEW_EXPLANATION = "U hebt dit cijfer zelf gewijzigd; een andere controller keurt het goed.";
