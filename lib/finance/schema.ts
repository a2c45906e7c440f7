/**
 * Inputs of financial-line actions, shared by the form and the Server Action.
 * Isomorphic: no Prisma, no server imports.
 */
import { dutchAmountField } from "@/lib/validation/fields";

/** Amounts are BigInt (int8) in the database; fifteen digits is far beyond any municipal budget. */
const MAX_AMOUNT_DIGITS = 15;

export const financialAmountField = dutchAmountField.refine(
  (amount) => amount === null || (amount < 0n ? -amount : amount).toString().length <= MAX_AMOUNT_DIGITS,
  { error: "Dit bedrag is te groot" },
);
