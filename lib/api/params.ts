/**
 * Path and query parameters of the API. Route handlers parse with these and
 * the OpenAPI document is generated from them, so what is documented is what
 * is accepted — and refused in the same Dutch words as in the forms.
 */
import { z } from "zod";
import { MAX_YEAR, MIN_YEAR, slugSchema, yearInAddressSchema } from "@/lib/validation/fields";
import { documentKind } from "./vocabulary";
import type { Format } from "./negotiate";

export const slugParam = slugSchema.describe("Korte naam van de gemeente in het webadres, bijvoorbeeld `zoetermeer`.");

/** Decimal digits only (yearInAddressSchema): an address is one resource. */
export const yearParam = yearInAddressSchema
  .describe(`Begrotings- of verantwoordingsjaar in vier cijfers, ${MIN_YEAR} tot en met ${MAX_YEAR}, bijvoorbeeld \`2024\`.`);

const numberMessage = "Gebruik een programmanummer zoals het is afgedrukt, bijvoorbeeld 6, 2.4 of 4.2.1";

/** Programme numbers as printed: "6", "2.4", "4.2.1" (the dots are part of the number). */
export const programmeNumberParam = z
  .string({ error: numberMessage })
  .trim()
  .max(20, { error: numberMessage })
  .regex(/^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/, { error: numberMessage })
  .describe("Programmanummer zoals afgedrukt; punten horen bij het nummer (`6`, `2.4`, `4.2.1`).");

export const documentKindQuery = documentKind.schema
  .optional()
  .describe(
    "Welk document van het jaar. Zonder deze parameter: de jaarstukken als die gepubliceerd zijn, anders de bestuursrapportage, anders de begroting.",
  );

const searchMessage = "Gebruik 1 tot en met 100 tekens";

export const nameSearchQuery = z
  .string({ error: searchMessage })
  .trim()
  .min(1, { error: searchMessage })
  .max(100, { error: searchMessage })
  .optional();

export function formatQuery<const F extends readonly [Format, ...Format[]]>(offered: F) {
  const message = `Kies ${offered.join(" of ")}`;
  return z
    .enum(offered, { error: message })
    .optional()
    .describe(
      offered.length > 1
        ? `Formaat van het antwoord: ${offered.join(" of ")}. Zonder deze parameter beslist de Accept-header; JSON is de standaard.`
        : "Formaat van het antwoord; deze resource is alleen als JSON beschikbaar.",
    );
}
