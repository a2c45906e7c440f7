"use client";

import { useActionState, useEffect, useRef } from "react";
import Link from "next/link";
import { reviewFigureForm } from "@/lib/review/actions";
import { INITIAL_DECISION_STATE } from "@/lib/review/form-state";
import { MAX_REVIEW_COMMENT_LENGTH } from "@/lib/review/schema";
import type { ReviewStatus } from "@/lib/review/workflow";
import { SELF_REVIEW_EXPLANATION } from "@/lib/review/four-eyes";
import type { FigureKind } from "@/lib/figure-kinds";
import { FormField, controlProps } from "../FormField";
import { ReviewStatusBadge } from "../ReviewStatusBadge";

export interface ReviewItemProps {
  kind: FigureKind;
  id: string;
  version: number;
  status: ReviewStatus;
  title: string;
  /** Label → formatted value, e.g. "Realisatie" → "6,6". */
  values: { label: string; value: string; badge?: { text: string; className: string } }[];
  explanation: string | null;
  requirement: string | null;
  reviewComment: string | null;
  updatedBy: string | null;
  historyHref: string | null;
  mayReview: boolean;
  /** Four eyes (lib/review/four-eyes.ts): false when this controller changed the figure since its last approval. */
  mayApprove: boolean;
}

/**
 * One figure for the controller: what was entered and why, and — while it is
 * submitted — a form to approve it or return it with a question. The question
 * is required for returning; a remark with an approval is optional.
 */
export function ReviewItem(props: ReviewItemProps) {
  const [state, formAction, pending] = useActionState(reviewFigureForm, INITIAL_DECISION_STATE);
  const feedback = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0) feedback.current?.focus();
  }, [state.seq]);
  const prefix = `beoordeling-${props.id}`;
  const commentName = "comment";
  const commentErrors = state.fieldErrors.comment;
  const headingId = `${prefix}-titel`;

  return (
    <article className="pm-review-item" aria-labelledby={headingId} id={prefix}>
      <h4 id={headingId} className="utrecht-heading-4">
        {props.title}
      </h4>
      <p className="utrecht-paragraph">
        <ReviewStatusBadge status={props.status} />
        {props.updatedBy && <span className="pm-muted"> · laatst gewijzigd door {props.updatedBy}</span>}
      </p>
      <dl className="pm-review-item__values">
        {props.values.map((v) => (
          <div key={v.label}>
            <dt>{v.label}</dt>
            <dd>
              {v.value}
              {v.badge && (
                <>
                  {" "}
                  <span className={`utrecht-status-badge ${v.badge.className}`}>{v.badge.text}</span>
                </>
              )}
            </dd>
          </div>
        ))}
        <div className="pm-review-item__explanation">
          <dt>Toelichting</dt>
          <dd className="pm-prose">
            {props.explanation ?? <span className="pm-muted">(geen toelichting)</span>}
            {props.requirement && <span className="pm-required-flag pm-block">{props.requirement}</span>}
          </dd>
        </div>
        {props.reviewComment && (
          <div className="pm-review-item__explanation">
            <dt>{props.status === "TERUGGESTUURD" ? "Uw vraag" : "Opmerking"}</dt>
            <dd className="pm-prose">{props.reviewComment}</dd>
          </div>
        )}
      </dl>
      {props.historyHref && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={props.historyHref}>
            Geschiedenis<span className="pm-visually-hidden"> van {props.title}</span>
          </Link>
        </p>
      )}

      <div ref={feedback} tabIndex={-1} role="status" className="pm-review-item__feedback">
        {state.status !== "idle" && state.message && (
          <p className={`utrecht-paragraph ${state.status === "error" ? "pm-error-text" : "pm-ok-text"}`}>{state.message}</p>
        )}
      </div>

      {props.mayReview && props.status === "INGEDIEND" && (
        <form action={formAction} noValidate className="pm-review-item__form" aria-label={`Beoordeel ${props.title}`}>
          <input type="hidden" name="kind" value={props.kind} />
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={props.version} />
          <FormField
            name={`${prefix}-${commentName}`}
            label="Vraag of opmerking"
            description="Verplicht bij terugsturen: wat moet de adviseur uitleggen of aanpassen?"
            errors={commentErrors}
          >
            <textarea
              {...controlProps(`${prefix}-${commentName}`, "textarea", { invalid: !!commentErrors, description: true })}
              name={commentName}
              key={`comment:${state.seq}`}
              rows={2}
              maxLength={MAX_REVIEW_COMMENT_LENGTH}
              defaultValue={state.text}
            />
          </FormField>
          <div className="pm-entry-form__actions">
            {props.mayApprove ? (
              <button
                type="submit"
                name="decision"
                value="approve"
                className="utrecht-button utrecht-button--primary-action"
                aria-disabled={pending || undefined}
                onClick={(event) => pending && event.preventDefault()}
              >
                Goedkeuren<span className="pm-visually-hidden"> {props.title}</span>
              </button>
            ) : (
              <p className="utrecht-paragraph pm-muted">{SELF_REVIEW_EXPLANATION}</p>
            )}
            <button
              type="submit"
              name="decision"
              value="return"
              className="utrecht-button utrecht-button--secondary-action"
              aria-disabled={pending || undefined}
              onClick={(event) => pending && event.preventDefault()}
            >
              Terugsturen<span className="pm-visually-hidden"> {props.title}</span>
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
