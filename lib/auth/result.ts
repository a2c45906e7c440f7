/**
 * What every authorized action returns: data, or a failure with a code, a
 * Dutch message and — for invalid input — the errors of every field.
 * Isomorphic: forms import these types to show the result.
 */

export const ACTION_ERROR_CODES = [
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  /** Four eyes: the gate allowed it, but this user changed the figure since its last approval (lib/review/four-eyes.ts). */
  "SELF_REVIEW",
  "NOT_FOUND",
  "CONFLICT",
  "INTERNAL",
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

/** Messages per field path ("actual", "lines.0.amount"); every message, not only the first. */
export type FieldErrors = Record<string, string[]>;

export interface ActionFailure {
  ok: false;
  code: ActionErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  /** Errors that belong to the input as a whole rather than to one field. */
  formErrors?: string[];
}

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export const DEFAULT_ERROR_MESSAGES: Record<ActionErrorCode, string> = {
  VALIDATION: "Niet alle velden zijn goed ingevuld. Verbeter de gemarkeerde velden.",
  UNAUTHENTICATED: "U bent niet (meer) ingelogd. Log opnieuw in.",
  FORBIDDEN: "U hebt geen toestemming voor deze handeling.",
  SELF_REVIEW: "U hebt dit cijfer sinds de laatste goedkeuring zelf gewijzigd; een andere controller keurt het goed (vier ogen).",
  NOT_FOUND: "Dit gegeven bestaat niet (meer).",
  CONFLICT: "Iemand anders heeft dit gegeven intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
  INTERNAL: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
};

/** The HTTP status an API route answers with (NL API Design Rules: problem+json). */
export const HTTP_STATUS: Record<ActionErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SELF_REVIEW: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
};
