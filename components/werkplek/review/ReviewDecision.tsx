"use client";

import { useActionState, useEffect, useRef } from "react";
import { INITIAL_DECISION_STATE, type DecisionFormState } from "@/lib/review/form-state";
import { MAX_REVIEW_COMMENT_LENGTH } from "@/lib/review/schema";
import { FormField, controlProps } from "../FormField";

export interface ReviewDecisionProps {
  /** The Server Action the decision posts to (figures: reviewFigureForm; texts: reviewTextsForm). */
  action: (previous: DecisionFormState, formData: FormData) => Promise<DecisionFormState>;
  kind: string;
  id: string;
  version: number;
  title: string;
  /** Whether to offer the form at all: a controller, the item submitted, the document open. */
  open: boolean;
  /** Four eyes: false when this controller changed the item since its last approval. */
  mayApprove: boolean;
  /** Why "Goedkeuren" is missing when mayApprove is false. */
  selfReviewText: string;
}

/**
 * The controller's decision on one submitted item: approve (a remark is
 * optional) or return with a question (required). Its answer stays visible
 * after the item is decided and the form is gone, and takes the focus.
 */
export function ReviewDecision(props: ReviewDecisionProps) {
  const [state, formAction, pending] = useActionState(props.action, INITIAL_DECISION_STATE);
  const feedback = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0) feedback.current?.focus();
  }, [state.seq]);
  const prefix = `beoordeling-${props.id}`;
  const commentName = "comment";
  const commentErrors = state.fieldErrors.comment;
  return (
    <>
      <div ref={feedback} tabIndex={-1} role="status" className="pm-review-item__feedback">
        {state.status !== "idle" && state.message && (
          <p className={`utrecht-paragraph ${state.status === "error" ? "pm-error-text" : "pm-ok-text"}`}>{state.message}</p>
        )}
      </div>

      {props.open && (
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
              <p className="utrecht-paragraph pm-muted">{props.selfReviewText}</p>
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
    </>
  );
}
