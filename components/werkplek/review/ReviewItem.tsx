"use client";

import Link from "next/link";
import { reviewFigureForm } from "@/lib/review/actions";
import type { ReviewStatus } from "@/lib/review/workflow";
import { SELF_REVIEW_EXPLANATION } from "@/lib/review/four-eyes";
import type { FigureKind } from "@/lib/figure-kinds";
import { ReviewStatusBadge } from "../ReviewStatusBadge";
import { ReviewDecision } from "./ReviewDecision";

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
 * submitted — the decision form (ReviewDecision).
 */
export function ReviewItem(props: ReviewItemProps) {
  const prefix = `beoordeling-${props.id}`;
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

      <ReviewDecision
        action={reviewFigureForm}
        kind={props.kind}
        id={props.id}
        version={props.version}
        title={props.title}
        open={props.mayReview && props.status === "INGEDIEND"}
        mayApprove={props.mayApprove}
        selfReviewText={SELF_REVIEW_EXPLANATION}
      />
    </article>
  );
}
