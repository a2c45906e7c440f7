/**
 * Inputs of the begroting's grids, shared by the forms and the Server Actions:
 * "Begroting invoeren" (amounts per budget line × owned year) and
 * "Streefwaarden" (targets per indicator × owned year). Isomorphic.
 *
 * Every cell posts, next to what was typed, the base the page showed (a
 * canonical hidden value) and the version of its figure row (0: no row yet),
 * so the server knows what the user changed and whether someone else saved
 * in between (grid.ts).
 */
import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation/fields";
import { indicatorValueField, recordIdSchema } from "@/lib/indicator/schema";
import { financialAmountField } from "@/lib/finance/schema";
import { CONFIRM_UNUSUAL_VALUE } from "@/lib/indicator/value-rules";
import { STALE_FORM_MESSAGE, baseAmountField, baseDecimalField, changeReasonField } from "@/lib/review/entry-fields";
import { unflattenFields } from "@/lib/review/form-data";

/** Lines × years of one programme; far beyond any programme, a bound on one request. */
export const MAX_GRID_CELLS = 1000;

const cellYear = z.coerce.number({ error: STALE_FORM_MESSAGE }).int({ error: STALE_FORM_MESSAGE }).min(MIN_YEAR, { error: STALE_FORM_MESSAGE }).max(MAX_YEAR, { error: STALE_FORM_MESSAGE });
/** 0 for a cell without a figure row yet. */
const cellVersion = z.coerce.number({ error: STALE_FORM_MESSAGE }).int({ error: STALE_FORM_MESSAGE }).min(0, { error: STALE_FORM_MESSAGE });

const gridFields = {
  documentId: recordIdSchema("document", "het"),
  programmeId: recordIdSchema("programma", "het"),
};

export const budgetCellSchema = z.object({
  line: recordIdSchema("begrotingspost"),
  year: cellYear,
  version: cellVersion,
  base: baseAmountField,
  /** Whole euros as typed: "1.234.567" and "1234567" alike; decimals are refused in Dutch. */
  amount: financialAmountField,
});

/** The whole grid of one programme: saved in one transaction, all cells or none. */
export const budgetGridSchema = z.preprocess(
  unflattenFields,
  z.object({ ...gridFields, cells: z.array(budgetCellSchema).max(MAX_GRID_CELLS, { error: "Te veel cellen in één keer" }).default([]) }),
);

export type BudgetGridInput = z.output<typeof budgetGridSchema>;

export const targetCellSchema = z.object({
  /** The indicator and its dimension value ("" without one), as "<indicatorId>" or "<indicatorId>:<dimension>" would be ambiguous: two fields. */
  indicator: recordIdSchema("indicator"),
  dimension: z.string({ error: STALE_FORM_MESSAGE }).max(200, { error: STALE_FORM_MESSAGE }).default(""),
  year: cellYear,
  version: cellVersion,
  base: baseDecimalField,
  /** As typed ("7,4"); the indicator's own decimals and range are checked on the server (value-rules.ts). */
  value: indicatorValueField,
  /** The checkbox "Ja, deze waarde klopt" under an unusual value. */
  confirmUnusual: z.unknown().optional().transform((value) => value === CONFIRM_UNUSUAL_VALUE),
});

export const targetGridSchema = z.preprocess(
  unflattenFields,
  z.object({
    ...gridFields,
    /** "Opslaan" or "Opslaan en indienen" (every concept streefwaarde of the programme). */
    intent: z.enum(["save", "submit"]).catch("save"),
    reason: changeReasonField.optional(),
    cells: z.array(targetCellSchema).max(MAX_GRID_CELLS, { error: "Te veel cellen in één keer" }).default([]),
  }),
);

export type TargetGridInput = z.output<typeof targetGridSchema>;

/** Form field names of a cell, shared by the grid components and the error summary. */
export const cellField = (index: number, field: string) => `cells.${index}.${field}`;
