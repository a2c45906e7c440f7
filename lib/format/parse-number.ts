/**
 * Reading numbers as Dutch people write them: "7,4", "1.234,5", "€ 1.234", "−3".
 *
 * Two kinds of input:
 * - what a user types in a form (parseDutchDecimal, parseDutchAmount): lenient
 *   about signs and a "€", strict about separators, and every refusal carries a
 *   Dutch message saying how to write it instead;
 * - what we transcribed from a printed table (parsePrinted*): only the exact
 *   printed form, and a throw otherwise — a typo in the source must be fixed in
 *   the transcription, not guessed by the parser.
 *
 * Spaces inside a number ("1 234") are refused: the Dutch standard groups with
 * ".", and a space is as likely to separate two numbers pasted together.
 */
import { normalizeDecimal } from "./decimal";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const PARSE_MESSAGES = {
  notANumber: "Vul een getal in, bijvoorbeeld 7,4 of 1.234",
  spaces: "Gebruik geen spaties in een getal; zet een punt tussen duizendtallen, bijvoorbeeld 1.234",
  englishFormat:
    "Gebruik een komma voor decimalen, bijvoorbeeld 7,4, en een punt tussen duizendtallen, bijvoorbeeld 1.234,5",
  twoCommas: "Gebruik maar één komma, voor de decimalen, bijvoorbeeld 1.234,5",
  misplacedDot:
    "Gebruik een komma voor decimalen, bijvoorbeeld 7,4; een punt staat alleen tussen duizendtallen, bijvoorbeeld 1.234",
  wholeNumber: "Vul een geheel getal in, zonder cijfers achter de komma",
  wholeEuros: "Vul een bedrag in hele euro's in, bijvoorbeeld 1.234",
} as const;

export function maxDecimalsMessage(maxDecimals: number): string {
  if (maxDecimals === 0) return PARSE_MESSAGES.wholeNumber;
  return `Maximaal ${maxDecimals} ${maxDecimals === 1 ? "decimaal" : "decimalen"}`;
}

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Takes a sign before or after an optional "€": "-€ 89", "€ -89", "€ 1.234". */
function splitSign(text: string): { negative: boolean; body: string } {
  let rest = text;
  let sign = "";
  const takeSign = () => {
    if (sign === "" && (rest.startsWith("-") || rest.startsWith("+"))) {
      sign = rest.charAt(0);
      rest = rest.slice(1).trimStart();
    }
  };
  takeSign();
  if (rest.startsWith("€")) rest = rest.slice(1).trimStart();
  takeSign();
  return { negative: sign === "-", body: rest };
}

/** Any Dutch-written number to a canonical decimal string, or null for empty input. */
function parseDutchNumber(input: string): ParseResult<string | null> {
  // U+2212 is the typographic minus that word processors and PDFs produce.
  const text = input.trim().replace(/\u2212/g, "-");
  if (text === "") return { ok: true, value: null };

  const { negative, body } = splitSign(text);
  if (body === "" || /[^\d.,\s]/.test(body)) return fail(PARSE_MESSAGES.notANumber);
  if (/\s/.test(body)) return fail(PARSE_MESSAGES.spaces);

  const parts = body.split(",");
  if (parts.length > 2) {
    // "1,234,567" is English thousands grouping, not a Dutch typo.
    const english = parts.slice(1).every((group) => /^\d{3}$/.test(group));
    return fail(english ? PARSE_MESSAGES.englishFormat : PARSE_MESSAGES.twoCommas);
  }
  const [integer = "", fraction] = parts;
  if (fraction?.includes(".")) return fail(PARSE_MESSAGES.englishFormat);
  if (integer === "" || fraction === "") return fail(PARSE_MESSAGES.notANumber);
  if (integer.includes(".") && !/^\d{1,3}(\.\d{3})+$/.test(integer)) {
    return fail(PARSE_MESSAGES.misplacedDot);
  }

  const digits = integer.replace(/\./g, "") + (fraction ? `.${fraction}` : "");
  return { ok: true, value: normalizeDecimal(negative ? `-${digits}` : digits) };
}

/**
 * A decimal typed by a user. Trailing zeros do not count as decimals ("7,40"
 * is 7,4), so a value is refused only when it really has too many digits.
 */
export function parseDutchDecimal(
  input: string,
  opts: { maxDecimals: number },
): ParseResult<string | null> {
  const parsed = parseDutchNumber(input);
  if (!parsed.ok || parsed.value === null) return parsed;
  const decimals = parsed.value.split(".")[1]?.length ?? 0;
  if (decimals > opts.maxDecimals) return fail(maxDecimalsMessage(opts.maxDecimals));
  return parsed;
}

/** An amount in whole euros; ",00" is accepted because it changes nothing. */
export function parseDutchAmount(input: string): ParseResult<bigint | null> {
  const parsed = parseDutchNumber(input);
  if (!parsed.ok) return parsed;
  if (parsed.value === null) return { ok: true, value: null };
  if (parsed.value.includes(".")) return fail(PARSE_MESSAGES.wholeEuros);
  return { ok: true, value: BigInt(parsed.value) };
}

const PRINTED_INTEGER = /^-?(0|[1-9]\d{0,2}(\.\d{3})*)$/;
const PRINTED_DECIMAL = /^(-?(?:0|[1-9]\d{0,2}(?:\.\d{3})*))(?:,(\d+))?%?$/;

/** A figure from a "bedragen x € 1.000" table: "-12.548" -> -12548n. Throws otherwise. */
export function parsePrintedThousands(s: string): bigint {
  if (!PRINTED_INTEGER.test(s)) throw new Error(`Not a printed integer: "${s}"`);
  return BigInt(s.replace(/\./g, ""));
}

/** A printed indicator value: "7,4" -> "7.4", "34%" -> "34", "1.387" -> "1387"; throws otherwise. */
export function parsePrintedDecimal(s: string): string {
  const match = PRINTED_DECIMAL.exec(s);
  if (!match) throw new Error(`Not a printed Dutch decimal: "${s}"`);
  const [, integer = "", fraction] = match;
  return normalizeDecimal(integer.replace(/\./g, "") + (fraction ? `.${fraction}` : ""));
}
