/**
 * Inputs of indicator actions, shared by forms, Server Actions and the API.
 * Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { dutchDecimalField } from "@/lib/validation/fields";

/** IndicatorValue.actual is Decimal(18, 4): four decimals, fourteen integer digits. */
export const INDICATOR_VALUE_MAX_DECIMALS = 4;
const MAX_INTEGER_DIGITS = 14;

/** The id of the record a form changes; `article` makes the message Dutch ("welk cijfer", "welke rol"). */
export const recordIdSchema = (what: string, article: "de" | "het" = "de") => {
  const which = `Geef aan ${article === "het" ? "welk" : "welke"} ${what} u wijzigt`;
  return z
    .string({ error: which })
    .trim()
    .min(1, { error: which })
    .max(64, { error: `${article === "het" ? "Onbekend" : "Onbekende"} ${what}` });
};

/** The version the user loaded; saving fails with CONFLICT when someone saved in between. */
export const versionSchema = z.coerce
  .number({ error: "De versie ontbreekt. Laad de pagina opnieuw." })
  .int({ error: "De versie ontbreekt. Laad de pagina opnieuw." })
  .min(1, { error: "De versie ontbreekt. Laad de pagina opnieuw." });

export const indicatorValueField = dutchDecimalField(INDICATOR_VALUE_MAX_DECIMALS).refine(
  (value) => value === null || value.replace(/^-/, "").split(".")[0]!.length <= MAX_INTEGER_DIGITS,
  { error: "Dit getal is te groot" },
);
