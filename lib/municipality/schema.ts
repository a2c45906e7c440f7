/**
 * Inputs of the municipality administration, shared by the forms and the
 * Server Actions. Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { recordIdSchema } from "@/lib/indicator/schema";
import { optionalNameField } from "@/lib/users/schema";
import { cbsCodeSchema, dutchAmountField, dutchDecimalField, nameText, slugSchema } from "@/lib/validation/fields";

export const MAX_MUNICIPALITY_NAME_LENGTH = 100;

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

const inhabitantsField = dutchDecimalField(0).transform((v, ctx) => {
  if (v === null) return null;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0 || n > 10_000_000) {
    ctx.addIssue({ code: "custom", message: "Vul een aantal inwoners tussen 0 en 10.000.000 in" });
    return z.NEVER;
  }
  return n;
});

/** A new municipality (platform administrator), with its first beheerder: an existing account, or a new one (then with a name). */
export const createMunicipalitySchema = z.object({
  cbsCode: cbsCodeSchema,
  name: nameText({ max: MAX_MUNICIPALITY_NAME_LENGTH, tooLong: "Gebruik maximaal 100 tekens", missing: "Vul de naam van de gemeente in" }).refine(
    (name) => name !== "",
    { error: "Vul de naam van de gemeente in" },
  ),
  slug: slugSchema.refine((s) => !RESERVED_SLUGS.has(s), { error: "Dit webadres is al in gebruik door een pagina; kies een ander" }),
  inhabitants: inhabitantsField,
  firstBeheerderEmail: z
    .string({ error: "Vul het e-mailadres van de eerste beheerder in" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl" })),
  firstBeheerderName: optionalNameField,
});
export type CreateMunicipalityInput = z.output<typeof createMunicipalitySchema>;
