import { describe, expect, it } from "vitest";
import { ForbiddenError, SelfReviewError, problemResponse, toFailure } from "./errors";
import { ACTION_ERROR_CODES, DEFAULT_ERROR_MESSAGES, HTTP_STATUS } from "./result";

describe("result codes", () => {
  it("have a Dutch default message and an HTTP status each", () => {
    for (const code of ACTION_ERROR_CODES) {
      expect(DEFAULT_ERROR_MESSAGES[code]).toMatch(/\S/);
      expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
    }
  });

  it("tell the four-eyes refusal apart from the authorization gate", () => {
    expect(toFailure(new SelfReviewError())).toEqual({
      ok: false,
      code: "SELF_REVIEW",
      message: "U hebt dit cijfer zelf het laatst gewijzigd. Een ander moet het goedkeuren (vier ogen).",
    });
    expect(toFailure(new ForbiddenError()).code).toBe("FORBIDDEN");
  });

  it("answer the four-eyes refusal with 403 and its own code in problem+json", async () => {
    const response = problemResponse(toFailure(new SelfReviewError()));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ status: 403, code: "SELF_REVIEW" });
  });
});
