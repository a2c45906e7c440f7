import "server-only";
import type { z } from "zod";
import {
  DEFAULT_ERROR_MESSAGES,
  HTTP_STATUS,
  type ActionErrorCode,
  type ActionFailure,
  type FieldErrors,
} from "./result";

// Errors map to result codes here, and only here. Mutations and loaders throw
// these; the action wrapper (lib/auth/action.ts) and API routes turn them into
// a result or a problem+json response.

export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ActionErrorCode, "VALIDATION" | "INTERNAL">,
    message: string = DEFAULT_ERROR_MESSAGES[code],
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export class UnauthenticatedError extends ActionError {
  constructor(message?: string) {
    super("UNAUTHENTICATED", message);
  }
}

export class ForbiddenError extends ActionError {
  constructor(message?: string) {
    super("FORBIDDEN", message);
  }
}

/**
 * Four eyes: the role allows approving, but not a figure this user changed
 * last. A code of its own, so a client can tell "ask someone else" from "you
 * may not do this at all".
 */
export class SelfReviewError extends ActionError {
  constructor(message?: string) {
    super("SELF_REVIEW", message);
  }
}

export class NotFoundError extends ActionError {
  constructor(message?: string) {
    super("NOT_FOUND", message);
  }
}

/** Optimistic locking: the row changed (or was locked) since the user loaded it. */
export class ConflictError extends ActionError {
  constructor(message?: string) {
    super("CONFLICT", message);
  }
}

export function failure(code: ActionErrorCode, message: string = DEFAULT_ERROR_MESSAGES[code]): ActionFailure {
  return { ok: false, code, message };
}

/** Every issue, grouped by field path; issues about the whole input go to formErrors. */
export function validationFailure(error: z.ZodError): ActionFailure {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    if (issue.path.length === 0) {
      formErrors.push(issue.message);
      continue;
    }
    const key = issue.path.map(String).join(".");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return {
    ...failure("VALIDATION"),
    fieldErrors,
    ...(formErrors.length > 0 ? { formErrors } : {}),
  };
}

export function toFailure(error: unknown): ActionFailure {
  if (error instanceof ActionError) return failure(error.code, error.message);
  console.error(error);
  return failure("INTERNAL");
}

/** For API routes: an RFC 9457 problem+json response (NL API Design Rules). */
export function problemResponse(result: ActionFailure): Response {
  const status = HTTP_STATUS[result.code];
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title: result.message,
      status,
      code: result.code,
      ...(result.fieldErrors ? { invalidParams: result.fieldErrors } : {}),
    }),
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}
