import { reviewTextsForm } from "@/lib/text/actions";
import { Markup } from "@/lib/text/markup";
import type { TextQuestion } from "@/lib/text/questions";
import type { ReviewTextRow } from "@/lib/text/loaders";
import { TEXT_MESSAGES } from "@/lib/text/rules";
import { ReviewStatusBadge } from "../ReviewStatusBadge";
import { ReviewDecision } from "./ReviewDecision";

/**
 * The texts of one programme, goal or activity for the controller (decision
 * 011): every answer as the public page will print it, side by side, and —
 * while they are submitted — the same decision form as a figure's.
 */
export function TextReviewItem({ row, title, questions, mayReview }: { row: ReviewTextRow; title: string; questions: TextQuestion[]; mayReview: boolean }) {
  const prefix = `beoordeling-${row.id}`;
  return (
    <article className="pm-review-item" aria-labelledby={`${prefix}-titel`} id={prefix}>
      <h4 id={`${prefix}-titel`} className="utrecht-heading-4">
        {title}
      </h4>
      <p className="utrecht-paragraph">
        <ReviewStatusBadge status={row.reviewStatus} />
        {row.updatedBy && <span className="pm-muted"> · laatst gewijzigd door {row.updatedBy}</span>}
      </p>
      <dl className="pm-texts-view">
        {questions.map((q) => (
          <div key={q.field}>
            <dt>{q.label}</dt>
            <dd>{row.values[q.field] ? <Markup text={row.values[q.field]} /> : <span className="pm-muted">(geen tekst)</span>}</dd>
          </div>
        ))}
        {row.reviewComment && (
          <div>
            <dt>{row.reviewStatus === "TERUGGESTUURD" ? "Uw vraag" : "Opmerking"}</dt>
            <dd className="pm-prose">{row.reviewComment}</dd>
          </div>
        )}
      </dl>
      <ReviewDecision
        action={reviewTextsForm}
        kind={row.kind}
        id={row.id}
        version={row.version}
        title={title}
        open={mayReview && row.reviewStatus === "INGEDIEND"}
        mayApprove={row.mayApprove}
        selfReviewText={TEXT_MESSAGES.selfReview}
      />
    </article>
  );
}
