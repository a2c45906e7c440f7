/**
 * Helpers of the programme form: canonical values as the user reads and types
 * them, and what a typed text means (for the live flags). Isomorphic.
 */
import { formatIndicatorNumber, formatInteger } from "@/lib/format/number";
import { parseDutchAmount, parseDutchDecimal } from "@/lib/format/parse-number";
import { INDICATOR_VALUE_MAX_DECIMALS } from "@/lib/indicator/schema";
import type { EntryConflict } from "@/lib/review/form-state";

/** "7.4" → "7,4" with at least the indicator's decimals ("7" → "7,0"); "" for empty. */
export function decimalText(value: string | null, decimals: number): string {
  return value === null ? "" : formatIndicatorNumber(value, decimals);
}

/** "12548000" → "12.548.000"; "" for empty. */
export function amountText(value: string | null): string {
  return value === null ? "" : formatInteger(BigInt(value));
}

/** A typed decimal, or undefined when it cannot be read (the server will say why). */
export function readDecimal(text: string): string | null | undefined {
  const parsed = parseDutchDecimal(text, { maxDecimals: INDICATOR_VALUE_MAX_DECIMALS });
  return parsed.ok ? parsed.value : undefined;
}

export function readAmount(text: string): bigint | null | undefined {
  const parsed = parseDutchAmount(text);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * A text area carries maxLength, so a browser cuts a longer paste at the
 * limit without a word. At the limit the field says so, in the field's own
 * length message, so nobody saves a toelichting believing all of it is there.
 */
export function atLengthLimit(text: string, max: number, message: string): string[] | undefined {
  return text.length >= max ? [`${message}. Wat u verder typt of plakt, wordt niet overgenomen.`] : undefined;
}

/** What a row needs from the form around it. */
export interface RowView {
  /** The value to put in a field: what the user typed before the last answer, else the stored value. */
  initial(name: string, stored: string): string;
  /** The value in the field now (for flags): typed just now, typed before, or stored. */
  current(name: string, stored: string): string;
  errors(name: string): string[] | undefined;
  conflict: EntryConflict | undefined;
}
