/**
 * Inputs of the data-entry and review actions, shared by the forms and the
 * Server Actions. Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { indicatorValueField, recordIdSchema, versionSchema } from "@/lib/indicator/schema";
import { CONFIRM_UNUSUAL_VALUE } from "@/lib/indicator/value-rules";
import { financialAmountField } from "@/lib/finance/schema";
import { FIGURE_KINDS, type FigureKind } from "@/lib/figure-kinds";
import {
  STALE_FORM_MESSAGE,
  baseAmountField,
  baseDecimalField,
  baseTextField,
  changeReasonField,
  entryExplanationField,
  normalizeLineBreaks,
} from "./entry-fields";
import { unflattenFields } from "./form-data";
import { nameText, refuseNul } from "@/lib/validation/fields";
import { REVIEW_MESSAGES } from "./workflow";

/**
 * What a Server Action accepts (next.config.js serverActions.bodySizeLimit,
 * "4mb"; a test keeps the two equal). The programme form checks its own size
 * against it before posting, so an over-limit form is refused in Dutch with
 * everything typed still there, instead of by Next's English error page.
 */
export const FORM_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** Bytes a form's text fields take in a post (multipart carries UTF-8 as is). */
export function formTextBytes(entries: Iterable<[string, FormDataEntryValue]>): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [name, value] of entries) {
    if (typeof value === "string") bytes += encoder.encode(name).length + encoder.encode(value).length;
  }
  return bytes;
}

/** More rows than any programme has; a bound on what one request may ask the server to do. */
export const MAX_ENTRY_ROWS = 500;

export const MAX_PERIOD_LABEL_LENGTH = 100;

/** The period as printed when it is not the calendar year ("eerste halfjaar 2019", decision 011); empty: the year. */
const periodLabelField = nameText({ max: MAX_PERIOD_LABEL_LENGTH, tooLong: `Een periode mag maximaal ${MAX_PERIOD_LABEL_LENGTH} tekens lang zijn` }).transform((text) =>
  text === "" ? null : text,
);

/**
 * One indicator row of the programme form: the figure this document owns
 * (streefwaarde in a begroting, prognose in a bestuursrapportage, realisatie in
 * the jaarstukken) and its toelichting as typed, plus the version and values
 * the page was rendered with. The adopted target is never posted: the
 * jaarstukken show it read-only (decision 009 §6).
 */
export const indicatorEntrySchema = z.object({
  id: recordIdSchema("indicatorwaarde"),
  version: versionSchema,
  base: z.object({ value: baseDecimalField, explanation: baseTextField, periodLabel: baseTextField.optional() }),
  value: indicatorValueField,
  explanation: entryExplanationField,
  /** Not posted by a form that does not show it: then the stored label stays (lib/review/mutations.ts). */
  periodLabel: periodLabelField.optional(),
  /** The checkbox "Ja, deze waarde klopt" under an unusual value (lib/indicator/value-rules.ts). */
  confirmUnusual: z.unknown().optional().transform((value) => value === CONFIRM_UNUSUAL_VALUE),
});

export type IndicatorEntry = z.output<typeof indicatorEntrySchema>;

/**
 * One financial line of the programme form: the amount this document owns
 * (primitieve begroting, prognose or realisatie; whole euros, canonical:
 * positive, the category gives the meaning) and its toelichting. The
 * begroting na wijziging is computed, never typed, so it is not a field.
 */
export const financialLineEntrySchema = z.object({
  id: recordIdSchema("financiële regel"),
  version: versionSchema,
  base: z.object({ amount: baseAmountField, explanation: baseTextField }),
  amount: financialAmountField,
  explanation: entryExplanationField,
});

export type FinancialLineEntry = z.output<typeof financialLineEntrySchema>;

const programmeEntryFields = z.object({
  documentId: recordIdSchema("document", "het"),
  programmeId: recordIdSchema("programma", "het"),
  /** Which button was pressed; Enter in a field presses the first one, a hidden "Opslaan". */
  intent: z.enum(["save", "submit"]).catch("save"),
  reason: changeReasonField.optional(),
  indicators: z.array(indicatorEntrySchema).max(MAX_ENTRY_ROWS).default([]),
  lines: z.array(financialLineEntrySchema).max(MAX_ENTRY_ROWS).default([]),
});

/**
 * The whole programme form: every indicator and financial line of one
 * programme in one document, saved in one transaction (all or nothing), and
 * optionally submitted for review in the same step.
 */
export const programmeEntrySchema = z.preprocess(unflattenFields, programmeEntryFields);

export type ProgrammeEntry = z.output<typeof programmeEntrySchema>;

export { FIGURE_KINDS, type FigureKind };

/** The form field a row's "Indienen" button posts, with "<kind>:<id>" as its value. */
export const SUBMIT_FIGURE_FIELD = "submitFigure";

export function submitFigureValue(kind: FigureKind, id: string): string {
  return `${kind}:${id}`;
}

/**
 * The programme form posted by one row's "Indienen" button: the form is
 * saved as a whole (a refusal never costs input elsewhere in it), and only
 * that figure is submitted. One schema per kind, because submitting each kind
 * is a permission of its own.
 */
export function figureSubmitSchema(kind: FigureKind) {
  const prefix = submitFigureValue(kind, "");
  return z.preprocess(
    unflattenFields,
    programmeEntryFields.extend({
      [SUBMIT_FIGURE_FIELD]: z
        .string({ error: STALE_FORM_MESSAGE })
        .refine((value) => value.startsWith(prefix), { error: STALE_FORM_MESSAGE })
        .transform((value) => value.slice(prefix.length))
        .pipe(recordIdSchema("cijfer", "het")),
    }),
  );
}

export const MAX_REVIEW_COMMENT_LENGTH = 2000;

const reviewComment = z.preprocess(
  (value) => (typeof value === "string" ? normalizeLineBreaks(value) : value ?? ""),
  refuseNul(z.string().trim().max(MAX_REVIEW_COMMENT_LENGTH, { error: "Een opmerking mag maximaal 2.000 tekens lang zijn" })),
);

const reviewTarget = {
  kind: z.enum(FIGURE_KINDS, { error: "Onbekend soort cijfer" }),
  id: recordIdSchema("cijfer", "het"),
  /** The version the controller looked at: approving something else is refused. */
  version: versionSchema,
};

/** Goedkeuren; a remark is optional and kept in the audit trail. */
export const approveFigureSchema = z.object({ ...reviewTarget, comment: reviewComment });

/** Terugsturen: the question is the whole point, so it is required. */
export const returnFigureSchema = z.object({
  ...reviewTarget,
  comment: reviewComment.refine((text) => text !== "", { error: REVIEW_MESSAGES.commentRequired }),
});

export type ReviewDecisionInput = z.output<typeof approveFigureSchema>;
