/**
 * Inputs of financial-line actions, shared by the form and the Server Action.
 * Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { dutchAmountField } from "@/lib/validation/fields";
import { recordIdSchema, versionSchema } from "@/lib/indicator/schema";
import { baseAmountField, baseTextField, entryExplanationField } from "@/lib/review/entry-fields";

/** Amounts are BigInt (int8) in the database; fifteen digits is far beyond any municipal budget. */
const MAX_AMOUNT_DIGITS = 15;

export const financialAmountField = dutchAmountField.refine(
  (amount) => amount === null || (amount < 0n ? -amount : amount).toString().length <= MAX_AMOUNT_DIGITS,
  { error: "Dit bedrag is te groot" },
);

/**
 * One financial line of the programme form: begroting na wijziging, realisatie
 * and toelichting as typed (whole euros, canonical: positive, the category gives
 * the meaning), plus the version and values the page was rendered with.
 */
export const financialLineEntrySchema = z.object({
  id: recordIdSchema("financiële regel"),
  version: versionSchema,
  base: z.object({ budgetAmended: baseAmountField, actual: baseAmountField, explanation: baseTextField }),
  budgetAmended: financialAmountField,
  actual: financialAmountField,
  explanation: entryExplanationField,
});

export type FinancialLineEntry = z.output<typeof financialLineEntrySchema>;
