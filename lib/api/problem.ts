/**
 * Errors as application/problem+json (RFC 9457), the NL API Design Rules'
 * error format. `detail` is Dutch and written for the person reading it;
 * `invalidParams` (the extension the Dutch government APIs use) names every
 * refused parameter, not only the first.
 */
import type { z } from "zod";
import type { invalidParamSchema, problemSchema } from "./schemas/problem";

export type InvalidParam = z.infer<typeof invalidParamSchema>;
export type Problem = z.infer<typeof problemSchema>;

const KINDS = {
  400: { code: "paramsValidation", title: "Een of meer parameters zijn ongeldig.", section: "15.5.1" },
  404: { code: "notFound", title: "De opgevraagde resource bestaat niet.", section: "15.5.5" },
  405: { code: "methodNotAllowed", title: "Deze methode is niet toegestaan.", section: "15.5.6" },
  406: { code: "notAcceptable", title: "Het gevraagde formaat wordt niet ondersteund.", section: "15.5.7" },
  500: { code: "serverError", title: "Interne serverfout.", section: "15.6.1" },
} as const;

export type ProblemStatus = keyof typeof KINDS;

/** Thrown by loaders and parsers; the route wrapper turns it into a response. */
export class ApiError extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail);
  }
}

export function notFound(detail: string): ApiError {
  return new ApiError(404, detail);
}

export function problem(status: ProblemStatus, detail: string, instance?: string, invalidParams?: InvalidParam[]): Problem {
  const kind = KINDS[status];
  return {
    type: `https://www.rfc-editor.org/rfc/rfc9110#section-${kind.section}`,
    title: kind.title,
    status,
    detail,
    ...(instance ? { instance } : {}),
    code: kind.code,
    ...(invalidParams?.length ? { invalidParams } : {}),
  };
}

/** Every zod issue as an invalid parameter, in the schema's own Dutch words. */
export function invalidParamsFrom(error: z.ZodError, location: "path" | "query"): InvalidParam[] {
  return error.issues.map((issue) => ({
    name: issue.path.length > 0 ? issue.path.map(String).join(".") : location,
    code: issue.code === "custom" ? "invalid" : issue.code,
    reason: issue.message,
  }));
}

/** "jaar: Vul een jaartal in …; page: …" — the detail line that sums the invalid parameters up. */
export function describeInvalidParams(params: InvalidParam[]): string {
  const list = params.map((p) => `${p.name}: ${p.reason}`).join("; ");
  return `Controleer de parameters. ${list}.`;
}
