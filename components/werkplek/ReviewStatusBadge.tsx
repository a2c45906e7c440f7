import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/review/workflow";

const CLASS: Record<ReviewStatus, string> = {
  CONCEPT: "pm-badge-none",
  INGEDIEND: "pm-badge-submitted",
  GOEDGEKEURD: "pm-badge-ok",
  TERUGGESTUURD: "pm-badge-fail",
};

/** Where a figure stands in the review workflow, in words (colour is never the only signal). */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  return <span className={`utrecht-status-badge ${CLASS[status]}`}>{REVIEW_STATUS_LABELS[status]}</span>;
}
