import { describe, expect, it } from "vitest";
import { editNeedsReason, nextReviewStatus, offersSubmit, REVIEW_STATUSES, type ReviewEvent, type ReviewStatus } from "./workflow";

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

describe("per state: whether a change needs a reason, and whether the row offers Indienen", () => {
  it.each([
    ["CONCEPT", false, true],
    ["INGEDIEND", true, false],
    ["GOEDGEKEURD", true, false],
    ["TERUGGESTUURD", false, true],
  ] as const)("%s -> reason %s, Indienen %s", (status, needed, offered) => {
    expect(editNeedsReason(status)).toBe(needed);
    expect(offersSubmit(status)).toBe(offered);
  });
});
