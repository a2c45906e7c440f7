/**
 * Inputs of the data-entry and review actions, shared by the forms and the
 * Server Actions. Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { indicatorEntrySchema, recordIdSchema, versionSchema } from "@/lib/indicator/schema";
import { financialLineEntrySchema } from "@/lib/finance/schema";
import { changeReasonField, normalizeLineBreaks } from "./entry-fields";
import { unflattenFields } from "./form-data";
import { REVIEW_MESSAGES } from "./workflow";

/** More rows than any programme has; a bound on what one request may ask the server to do. */
export const MAX_ENTRY_ROWS = 500;

/**
 * The whole programme form: every indicator and financial line of one
 * programme in one document, saved in one transaction (all or nothing), and
 * optionally submitted for review in the same step.
 */
export const programmeEntrySchema = z.preprocess(
  unflattenFields,
  z.object({
    documentId: recordIdSchema("document"),
    programmeId: recordIdSchema("programma"),
    /** Which button was pressed; Enter in a field presses the first one, "Opslaan". */
    intent: z.enum(["save", "submit"]).catch("save"),
    reason: changeReasonField.optional(),
    indicators: z.array(indicatorEntrySchema).max(MAX_ENTRY_ROWS).default([]),
    lines: z.array(financialLineEntrySchema).max(MAX_ENTRY_ROWS).default([]),
  }),
);

export type ProgrammeEntry = z.output<typeof programmeEntrySchema>;

export const FIGURE_KINDS = ["indicatorValue", "financialLine"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

const reviewComment = z.preprocess(
  (value) => (typeof value === "string" ? normalizeLineBreaks(value) : value ?? ""),
  z.string().trim().max(2000, { error: "Een opmerking mag maximaal 2.000 tekens lang zijn" }),
);

const reviewTarget = {
  kind: z.enum(FIGURE_KINDS, { error: "Onbekend soort cijfer" }),
  id: recordIdSchema("cijfer"),
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
