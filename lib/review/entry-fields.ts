/**
 * Field schemas of the data-entry form that the indicator and finance row
 * schemas share. Isomorphic.
 *
 * Every row posts, next to what the user typed, the `base`: the values as they
 * were when the page was rendered (hidden fields, canonical strings). The
 * server compares typed input with the base to know what the user changed, and
 * the base version with the database to know whether someone else saved in
 * between — see lib/review/entry-plan.ts.
 */
import { z } from "zod";
import { isCanonicalDecimal } from "@/lib/format/decimal";
import { explanationSchema, refuseNul } from "@/lib/validation/fields";

export const STALE_FORM_MESSAGE = "Dit formulier is verouderd. Laad de pagina opnieuw.";

/** Browsers send line breaks in form fields as CRLF; we store LF. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** A toelichting as typed: line breaks normalised, trimmed, empty becomes null. */
export const entryExplanationField = z.preprocess(
  (value) => (typeof value === "string" ? normalizeLineBreaks(value) : value),
  explanationSchema.transform((text) => (text === "" ? null : text)),
);

/** A canonical decimal from a hidden field ("7.4" or "" for empty). */
export const baseDecimalField = z
  .string({ error: STALE_FORM_MESSAGE })
  .refine((s) => s === "" || isCanonicalDecimal(s), { error: STALE_FORM_MESSAGE })
  .transform((s) => (s === "" ? null : s));

/** Whole euros from a hidden field ("12548000" or "" for empty). */
export const baseAmountField = z
  .string({ error: STALE_FORM_MESSAGE })
  .regex(/^(|-?(0|[1-9]\d{0,17}))$/, { error: STALE_FORM_MESSAGE })
  .transform((s) => (s === "" ? null : s));

/** The toelichting as it was rendered. */
export const baseTextField = z
  .string({ error: STALE_FORM_MESSAGE })
  .transform((s) => normalizeLineBreaks(s).trim())
  .transform((s) => (s === "" ? null : s));

export const MAX_REASON_LENGTH = 1000;

/** Why someone changes a figure that was already submitted or approved. */
export const changeReasonField = z.preprocess(
  (value) => (typeof value === "string" ? normalizeLineBreaks(value) : value),
  refuseNul(
    z
      .string({ error: "Vul een reden in" })
      .trim()
      .max(MAX_REASON_LENGTH, { error: "Een reden mag maximaal 1.000 tekens lang zijn" }),
  ).transform((text) => (text === "" ? null : text)),
);
