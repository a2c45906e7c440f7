import { formatDateTime } from "@/lib/audit/format";
import type { EntryConflict } from "@/lib/review/form-state";
import { REVIEW_STATUS_LABELS } from "@/lib/review/workflow";

/**
 * Someone saved this figure after the page was loaded. Shows their values
 * next to the user's own input (which stays in the fields): saving again
 * deliberately puts the user's input over theirs; reloading takes theirs.
 */
export function ConflictNotice({ conflict, fields }: { conflict: EntryConflict; fields: { label: string; value: string }[] }) {
  return (
    <div className="utrecht-alert utrecht-alert--warning pm-conflict" role="group" aria-label="Gewijzigd door iemand anders">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph">
            <strong>{conflict.by ?? "Iemand anders"}</strong> heeft dit cijfer op {formatDateTime(conflict.at)} gewijzigd
            (status: {REVIEW_STATUS_LABELS[conflict.reviewStatus].toLowerCase()}). Hun waarden:
          </p>
          <dl className="pm-conflict__values">
            {fields.map((f) => (
              <div key={f.label}>
                <dt>{f.label}</dt>
                <dd className="pm-prose">{f.value}</dd>
              </div>
            ))}
          </dl>
          <p className="utrecht-paragraph">
            Uw eigen invoer staat hieronder nog. Sla opnieuw op om die te bewaren, of laad de pagina opnieuw om hun waarden
            over te nemen.
          </p>
        </div>
      </div>
    </div>
  );
}
