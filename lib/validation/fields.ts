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

/** Coerced, because years arrive as strings from forms and URLs. */
export const yearSchema = z.coerce
  .number({ error: yearMessage })
  .int({ error: yearMessage })
  .min(MIN_YEAR, { error: yearMessage })
  .max(MAX_YEAR, { error: yearMessage });

export const cbsCodeSchema = z
  .string({ error: "Vul een CBS-gemeentecode in" })
  .trim()
  .regex(/^GM\d{4}$/, { error: "Een CBS-gemeentecode is GM met vier cijfers, bijvoorbeeld GM0637" });

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

/** A Dutch-written decimal ("7,4") to a canonical string ("7.4"); empty becomes null. */
export function dutchDecimalField(maxDecimals: number) {
  return z
    .string({ error: "Vul een getal in" })
    .transform((input, ctx) => fromParseResult(parseDutchDecimal(input, { maxDecimals }), ctx));
}

/** A Dutch-written amount ("€ 1.234") to whole euros as bigint; empty becomes null. */
export const dutchAmountField = z
  .string({ error: "Vul een bedrag in" })
  .transform((input, ctx) => fromParseResult(parseDutchAmount(input), ctx));

export const explanationSchema = z
  .string({ error: "Vul een toelichting in" })
  .trim()
  .max(MAX_EXPLANATION_LENGTH, { error: "Een toelichting mag maximaal 5.000 tekens lang zijn" });
