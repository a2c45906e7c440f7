import type { ReviewStatus } from "@/lib/review/workflow";

/** The controller's question (teruggestuurd) or remark (goedgekeurd), as plain text. */
export function ReviewNote({ status, comment }: { status: ReviewStatus; comment: string | null }) {
  if (!comment) return null;
  const heading =
    status === "TERUGGESTUURD"
      ? "Vraag van de controller"
      : status === "GOEDGEKEURD"
        ? "Opmerking bij de goedkeuring"
        : "Eerdere vraag van de controller";
  return (
    <div className={`utrecht-alert ${status === "TERUGGESTUURD" ? "utrecht-alert--error" : "utrecht-alert--info"} pm-review-note`}>
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph utrecht-alert__message">
          <strong>{heading}:</strong> <span className="pm-prose">{comment}</span>
        </p>
      </div>
    </div>
  );
}
