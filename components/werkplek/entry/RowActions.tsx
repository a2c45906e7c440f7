import Link from "next/link";
import { SUBMIT_FIGURE_FIELD, submitFigureValue, type FigureKind } from "@/lib/review/schema";
import { offersSubmit, type ReviewStatus } from "@/lib/review/workflow";

/**
 * The end of an entry row: "Indienen" for this one figure, and its history.
 * The button is a submit button of the programme form (forms cannot nest)
 * whose value names the figure; the form's action sends it to that figure's
 * submit action. Its accessible name names the figure, so a screen reader's
 * list of buttons is not twenty times "Indienen" (aria-label, not a hidden
 * span: browsers read an absolutely positioned span as a separate word).
 */
export interface RowActionsProps {
  kind: FigureKind;
  id: string;
  status: ReviewStatus;
  historyHref: string | null;
  /** The user may submit this kind of figure here. */
  maySubmit: boolean;
  pending: boolean;
}

export function RowActions({ kind, id, status, historyHref, maySubmit, pending, title }: RowActionsProps & { title: string }) {
  const submit = maySubmit && offersSubmit(status);
  if (!submit && !historyHref) return null;
  return (
    <div className="pm-entry-row__actions">
      {submit && (
        <button
          type="submit"
          name={SUBMIT_FIGURE_FIELD}
          value={submitFigureValue(kind, id)}
          className="utrecht-button utrecht-button--secondary-action"
          aria-disabled={pending || undefined}
          onClick={(event) => pending && event.preventDefault()}
          aria-label={`Indienen: ${title}`}
        >
          Indienen
        </button>
      )}
      {historyHref && (
        <Link className="utrecht-link" href={historyHref}>
          Geschiedenis<span className="pm-visually-hidden"> van {title}</span>
        </Link>
      )}
    </div>
  );
}
