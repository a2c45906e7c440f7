/**
 * Inputs of the begrotingsposten editor (issue 10 point 2), shared by the forms
 * and the Server Actions. Isomorphic: no Prisma, no server imports. Whether a
 * taakveld is on the CBS list is checked by the server (lib/finance/reference).
 */
import { z } from "zod";
import { nameText } from "@/lib/validation/fields";
import { recordIdSchema } from "@/lib/indicator/schema";

export const BUDGET_CATEGORIES = ["EXPENSES", "INCOME", "RESERVE_ADDITION", "RESERVE_WITHDRAWAL"] as const;
export type BudgetCategoryValue = (typeof BUDGET_CATEGORIES)[number];

export const MAX_LINE_LABEL_LENGTH = 300;
export const MAX_PRODUCT_LENGTH = 200;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const lineFields = {
  category: z.enum(BUDGET_CATEGORIES, { error: "Kies lasten, baten, toevoeging aan of onttrekking uit een reserve" }),
  label: nameText({ max: MAX_LINE_LABEL_LENGTH, tooLong: `Een omschrijving mag maximaal ${MAX_LINE_LABEL_LENGTH} tekens lang zijn` }).pipe(
    z.string().min(1, { error: "Vul de omschrijving van de begrotingspost in" }),
  ),
  product: nameText({ max: MAX_PRODUCT_LENGTH, tooLong: `Een product mag maximaal ${MAX_PRODUCT_LENGTH} tekens lang zijn` }).default(""),
  functionCode: z.string({ error: "Kies een taakveld" }).trim().max(16, { error: "Kies een taakveld uit de lijst" }).default(""),
  goalId: z.string().trim().max(64, { error: "Onbekende doelstelling" }).default(""),
  incidental: checkbox.default(false),
};

export const addBudgetLineSchema = z.object({ documentId: recordIdSchema("document", "het"), programmeId: recordIdSchema("programma", "het"), ...lineFields });
export const editBudgetLineSchema = z.object({ documentId: recordIdSchema("document", "het"), budgetLineId: recordIdSchema("begrotingspost"), ...lineFields });
export const moveBudgetLineSchema = z.object({
  documentId: recordIdSchema("document", "het"),
  budgetLineId: recordIdSchema("begrotingspost"),
  direction: z.enum(["up", "down"], { error: "Kies omhoog of omlaag" }),
});
export const removeBudgetLineSchema = z.object({ documentId: recordIdSchema("document", "het"), budgetLineId: recordIdSchema("begrotingspost") });

export type BudgetLineFieldsInput = z.output<z.ZodObject<typeof lineFields>>;
export type AddBudgetLineInput = z.output<typeof addBudgetLineSchema>;
export type EditBudgetLineInput = z.output<typeof editBudgetLineSchema>;
export type MoveBudgetLineInput = z.output<typeof moveBudgetLineSchema>;
export type RemoveBudgetLineInput = z.output<typeof removeBudgetLineSchema>;
