import type { ReviewStatus } from "@/lib/review/workflow";
import { ReviewStatusBadge } from "../ReviewStatusBadge";

/**
 * Where one subject's texts stand: the review state, who saved them last,
 * "nog niet herzien" while they are a copy nobody revised (decision 011),
 * and the controller's question or remark.
 */
export function TextState({
  status,
  updatedBy,
  carriedFrom,
  reviewComment,
}: {
  status: ReviewStatus;
  updatedBy: string | null;
  carriedFrom: { title: string } | null;
  reviewComment: string | null;
}) {
  return (
    <>
      <p className="utrecht-paragraph">
        <ReviewStatusBadge status={status} />
        {carriedFrom && (
          <>
            {" "}
            <span className="utrecht-status-badge pm-badge-carried">nog niet herzien — overgenomen uit {carriedFrom.title}</span>
          </>
        )}
        {updatedBy && <span className="pm-muted"> · laatst gewijzigd door {updatedBy}</span>}
      </p>
      {reviewComment && (
        <div className={`utrecht-alert ${status === "TERUGGESTUURD" ? "utrecht-alert--warning" : "utrecht-alert--info"} pm-text-comment`}>
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">
              <strong>{status === "TERUGGESTUURD" ? "Vraag van de controller: " : "Opmerking van de controller: "}</strong>
              {reviewComment}
            </p>
          </div>
        </div>
      )}
    </>
  );
}
