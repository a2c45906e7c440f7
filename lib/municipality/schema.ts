/**
 * Inputs of the municipality administration, shared by the forms and the
 * Server Actions. Isomorphic: no Prisma, no server imports. The input of
 * "gemeente aanmaken" is in create-schema.ts: it checks against the CBS list,
 * which the server reads from disk.
 */
import { z } from "zod";
import { recordIdSchema } from "@/lib/indicator/schema";
import { dutchAmountField, dutchDecimalField } from "@/lib/validation/fields";

export const SIGN_CONVENTIONS = ["EXPENSES_NEGATIVE", "ADVANTAGE_NEGATIVE", "BOTH_POSITIVE"] as const;
export const DEVIATION_RULES = ["AMOUNT_OR_PERCENT", "AMOUNT_AND_PERCENT"] as const;

export const DEVIATION_RULE_LABELS: Record<(typeof DEVIATION_RULES)[number], string> = {
  AMOUNT_OR_PERCENT: "Boven het bedrag óf boven het percentage",
  AMOUNT_AND_PERCENT: "Boven het bedrag én boven het percentage",
};

/** Toelichtingsgrens and sign convention (beheerder). Empty amount or percentage: not set. */
export const municipalitySettingsSchema = z.object({
  municipalityId: recordIdSchema("gemeente"),
  signConvention: z.enum(SIGN_CONVENTIONS, { error: "Kies hoe uw gemeente bedragen afdrukt" }),
  thresholdAmount: dutchAmountField.refine((v) => v === null || v >= 0n, {
    error: "Vul een bedrag van 0 of meer in",
  }),
  thresholdPercent: dutchDecimalField(2).refine((v) => v === null || (Number(v) >= 0 && Number(v) <= 100), {
    error: "Vul een percentage tussen 0 en 100 in",
  }),
  deviationRule: z.enum(DEVIATION_RULES, { error: "Kies wanneer een afwijking moet worden toegelicht" }),
});
export type MunicipalitySettingsInput = z.output<typeof municipalitySettingsSchema>;

/** Paths a municipality slug cannot take: they are pages of their own (a test checks every top-level route is here). */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "api",
  "werkplek",
  "inloggen",
  "vergelijk",
  "wachtwoord-instellen",
  "gemeenten",
  "nieuw",
]);
