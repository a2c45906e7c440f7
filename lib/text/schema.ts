/**
 * Inputs of the texts: saving one subject's texts, submitting them, and the
 * controller's decision. Shared by the forms and the Server Actions.
 * Isomorphic: no Prisma, no server imports.
 *
 * A text is stored exactly as typed (decision 011): only the browser's CRLF
 * becomes LF, and a text of nothing but white space is no text. A text that
 * is too long is refused with a Dutch message and, like every refusal, the
 * form keeps what was typed.
 */
import { z } from "zod";
import { recordIdSchema, versionSchema } from "@/lib/indicator/schema";
import { normalizeLineBreaks } from "@/lib/review/entry-fields";
import { refuseNul } from "@/lib/validation/fields";
import { REVIEW_MESSAGES } from "@/lib/review/workflow";
import { MAX_REVIEW_COMMENT_LENGTH } from "@/lib/review/schema";
import { TEXT_KINDS } from "@/lib/figure-kinds";
import { TEXT_FIELDS, type TextField } from "./questions";

/** About ten printed pages: more than any W-answer, a bound on what one save may store. */
export const MAX_TEXT_LENGTH = 20_000;
export const TEXT_TOO_LONG_MESSAGE = "Een tekst mag maximaal 20.000 tekens lang zijn";

/** One text as typed; null when empty. */
export const textField = z.preprocess(
  (value) => (typeof value === "string" ? normalizeLineBreaks(value) : value),
  refuseNul(z.string({ error: "Deze tekst kon niet worden gelezen" }).max(MAX_TEXT_LENGTH, { error: TEXT_TOO_LONG_MESSAGE })).transform(
    (text) => (text.trim() === "" ? null : text),
  ),
);

const textFields = Object.fromEntries(TEXT_FIELDS.map((f) => [f, textField.optional()])) as Record<TextField, z.ZodOptional<typeof textField>>;

const textTarget = {
  kind: z.enum(TEXT_KINDS, { error: "Onbekend soort tekst" }),
  id: recordIdSchema("tekst"),
  /** The version the page showed: a save or decision on anything newer is refused. */
  version: versionSchema,
};

/**
 * Opslaan (or, with intent "submit", opslaan en indienen) of the texts of one
 * programme, goal or activity in one document. Only the posted fields are
 * considered; which of them the document kind lets one write is decided by
 * the server (lib/text/questions.ts).
 */
export const saveTextsSchema = z.object({
  ...textTarget,
  ...textFields,
  intent: z.enum(["save", "submit"]).default("save"),
});
export type SaveTextsInput = z.output<typeof saveTextsSchema>;

const reviewComment = z.preprocess(
  (value) => (typeof value === "string" ? normalizeLineBreaks(value) : (value ?? "")),
  refuseNul(z.string().trim().max(MAX_REVIEW_COMMENT_LENGTH, { error: "Een opmerking mag maximaal 2.000 tekens lang zijn" })),
);

export const approveTextsSchema = z.object({ ...textTarget, comment: reviewComment });
export const returnTextsSchema = z.object({
  ...textTarget,
  comment: reviewComment.refine((text) => text !== "", { error: REVIEW_MESSAGES.commentRequired }),
});
export type TextDecisionInput = z.output<typeof approveTextsSchema>;
