import { describe, expect, it } from "vitest";
import { editNeedsReason, mayApprove, nextReviewStatus, REVIEW_STATUSES, type ReviewEvent, type ReviewStatus } from "./workflow";

describe("nextReviewStatus: every state × every event", () => {
  const expected: Record<ReviewStatus, Record<ReviewEvent, ReviewStatus | null>> = {
    CONCEPT: { edit: "CONCEPT", submit: "INGEDIEND", approve: null, return: null },
    INGEDIEND: { edit: "CONCEPT", submit: null, approve: "GOEDGEKEURD", return: "TERUGGESTUURD" },
    GOEDGEKEURD: { edit: "CONCEPT", submit: null, approve: null, return: null },
    TERUGGESTUURD: { edit: "CONCEPT", submit: null, approve: null, return: null },
  };
  const cases = REVIEW_STATUSES.flatMap((status) =>
    (["edit", "submit", "approve", "return"] as const).map((event) => [status, event, expected[status][event]] as const),
  );
  it.each(cases)("%s + %s -> %s", (status, event, next) => {
    expect(nextReviewStatus(status, event)).toBe(next);
  });
});

describe("editNeedsReason", () => {
  it.each([
    ["CONCEPT", false],
    ["INGEDIEND", true],
    ["GOEDGEKEURD", true],
    ["TERUGGESTUURD", false],
  ] as const)("%s -> %s", (status, needed) => {
    expect(editNeedsReason(status)).toBe(needed);
  });
});

describe("mayApprove: four eyes", () => {
  it("refuses the last editor and allows anyone else", () => {
    expect(mayApprove("u1", "u1")).toBe(false);
    expect(mayApprove("u1", "u2")).toBe(true);
    expect(mayApprove(null, "u2")).toBe(true);
  });
});
