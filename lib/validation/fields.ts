/**
 * Field schemas shared by forms, server actions and the API, so a value is
 * validated — and refused in the same Dutch words — wherever it comes in.
 */
import { z } from "zod";
import { parseDutchAmount, parseDutchDecimal, type ParseResult } from "../format/parse-number";

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const MAX_EXPLANATION_LENGTH = 5000;

const yearMessage = `Vul een jaartal in tussen ${MIN_YEAR} en ${MAX_YEAR}`;

const yearDigitsMessage = "Schrijf het jaar als vier cijfers, bijvoorbeeld 2024";

/**
 * A year in an address (page or API path, query): decimal digits only. The
 * number coercion of a form field would also read "0x7e8", " 2022", "2022.0" and "2e3",
 * and an address names one resource, so every other spelling is refused
 * instead of answered under a second address.
 */
export const yearInAddressSchema = z
  .string({ error: yearDigitsMessage })
  .regex(/^\d{4}$/, { error: yearDigitsMessage })
  .transform(Number)
  .pipe(z.number().int().min(MIN_YEAR, { error: yearMessage }).max(MAX_YEAR, { error: yearMessage }));

export const slugSchema = z
  .string({ error: "Vul een korte naam voor het webadres in" })
  .trim()
  .min(1, { error: "Vul een korte naam voor het webadres in" })
  .max(100, { error: "Gebruik maximaal 100 tekens" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld midden-groningen",
  });

/** Turns a parser result into a zod value, carrying the parser's Dutch message. */
function fromParseResult<T>(result: ParseResult<T>, ctx: z.RefinementCtx): T {
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: result.error });
  return z.NEVER;
}

/** Longer than any number the app stores, written with dots and a sign ("€ -999.999.999.999.999.999"). */
export const MAX_NUMBER_LENGTH = 32;
const numberTooLong = { error: `Een getal mag maximaal ${MAX_NUMBER_LENGTH} tekens lang zijn` };

/** A Dutch-written decimal ("7,4") to a canonical string ("7.4"); empty becomes null. */
export function dutchDecimalField(maxDecimals: number) {
  return z
    .string({ error: "Vul een getal in" })
    .max(MAX_NUMBER_LENGTH, numberTooLong)
    .transform((input, ctx) => fromParseResult(parseDutchDecimal(input, { maxDecimals }), ctx));
}

/** A Dutch-written amount ("€ 1.234") to whole euros as bigint; empty becomes null. */
export const dutchAmountField = z
  .string({ error: "Vul een bedrag in" })
  .max(MAX_NUMBER_LENGTH, numberTooLong)
  .transform((input, ctx) => fromParseResult(parseDutchAmount(input), ctx));

// ---------------------------------------------------------------- free text

export const NUL_CHARACTER_MESSAGE =
  "Deze tekst bevat een onzichtbaar NUL-teken (vaak meegekopieerd uit een ander programma). Typ de tekst hier opnieuw of plak hem eerst in een gewone teksteditor.";

/**
 * Refuses U+0000: PostgreSQL cannot store it in text (the save would fail as
 * "Er ging iets mis aan onze kant"), and silently dropping it would change
 * what the user pasted without telling them.
 */
export function refuseNul<T extends z.ZodType<string, string>>(schema: T) {
  return schema.refine((text) => !text.includes("\u0000"), { error: NUL_CHARACTER_MESSAGE });
}

/**
 * Unicode bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069). In a name they make text render reversed or out of order
 * ("\u202Eredaeh" shows as "header") wherever the name is shown: stripped.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/**
 * A name someone types (a person, a municipality, a programme): bidi controls
 * stripped, trimmed, no NUL, at most `max` characters. Empty passes as "";
 * callers decide whether a name is required.
 */
export function nameText(opts: { max: number; tooLong: string; missing?: string }) {
  return z.preprocess(
    (value) => (typeof value === "string" ? stripBidiControls(value) : value),
    refuseNul(
      z
        .string({ error: opts.missing ?? "Vul een naam in" })
        .trim()
        .max(opts.max, { error: opts.tooLong }),
    ),
  );
}

export const EXPLANATION_TOO_LONG_MESSAGE = "Een toelichting mag maximaal 5.000 tekens lang zijn";

export const explanationSchema = refuseNul(
  z
    .string({ error: "Vul een toelichting in" })
    .trim()
    .max(MAX_EXPLANATION_LENGTH, { error: EXPLANATION_TOO_LONG_MESSAGE }),
);
