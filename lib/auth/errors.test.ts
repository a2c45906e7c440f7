import { describe, expect, it } from "vitest";
import { ForbiddenError, SelfReviewError, problemResponse, toFailure } from "./errors";
import { ACTION_ERROR_CODES, DEFAULT_ERROR_MESSAGES, HTTP_STATUS } from "./result";

describe("result codes", () => {
  it("answer with the HTTP status an API client expects, written out per code", () => {
    expect(Object.fromEntries(ACTION_ERROR_CODES.map((c) => [c, HTTP_STATUS[c]]))).toEqual({
      VALIDATION: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      SELF_REVIEW: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      INTERNAL: 500,
    });
  });

  it("have a Dutch default message each, never zod's or the platform's English", () => {
    for (const code of ACTION_ERROR_CODES) {
      expect(DEFAULT_ERROR_MESSAGES[code]).toMatch(/^[A-Z].*[.)]$/);
      expect(DEFAULT_ERROR_MESSAGES[code]).not.toMatch(/\b(the|error|invalid|not found)\b/i);
    }
  });

  it("tell the four-eyes refusal apart from the authorization gate", () => {
    expect(toFailure(new SelfReviewError())).toEqual({
      ok: false,
      code: "SELF_REVIEW",
      message: "U hebt dit cijfer sinds de laatste goedkeuring zelf gewijzigd; een andere controller keurt het goed (vier ogen).",
    });
    expect(toFailure(new ForbiddenError()).code).toBe("FORBIDDEN");
  });

  it("answer the four-eyes refusal with 403 and its own code in problem+json", async () => {
    const response = problemResponse(toFailure(new SelfReviewError()));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ status: 403, code: "SELF_REVIEW" });
  });
});
