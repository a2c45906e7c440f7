/**
 * What a streefwaarde or realisatie of an indicator may be: no more decimals
 * than the indicator itself has, and within the range its unit (or the
 * indicator's own minimum/maximum) allows. The one rule every way a value
 * comes in — the programme form, an import, a future API — calls, so a value
 * refused in one place is refused in the others in the same Dutch words.
 *
 * A range is either hard (a rapportcijfer of 11 or a negative count is a
 * typing error) or a warning the user must confirm: a percentage is usually
 * a share (0–100) but can be a growth figure (+150%), and only the person
 * who reads the source knows. An indicator's own minimum or maximum is always
 * hard: someone set it deliberately.
 *
 * Pure and isomorphic; values are canonical decimal strings ("7.4").
 */
import { compareDecimal } from "@/lib/format/decimal";
import { formatDecimal } from "@/lib/format/number";
import { maxDecimalsMessage } from "@/lib/format/parse-number";
import type { IndicatorUnit } from "@/lib/format/number";

export interface ValueRuleIndicator {
  unit: IndicatorUnit;
  decimals: number;
  /** The indicator's own bounds (canonical decimals); each one replaces its unit's default. */
  minValue: string | null;
  maxValue: string | null;
}

export type ValueProblem =
  | { severity: "error"; message: string }
  /** Refused until the user confirms the value is right (the form's "Ja, deze waarde klopt"). */
  | { severity: "warning"; message: string };

interface Bound {
  value: string;
  hard: boolean;
}

interface UnitRange {
  min?: Bound;
  max?: Bound;
}

/** Usual ranges per unit; EURO and OVERIG have none (a saldo can be anything). */
const UNIT_RANGES: Record<IndicatorUnit, UnitRange> = {
  RAPPORTCIJFER: { min: { value: "1", hard: true }, max: { value: "10", hard: true } },
  PERCENTAGE: { min: { value: "0", hard: false }, max: { value: "100", hard: false } },
  AANTAL: { min: { value: "0", hard: true } },
  EURO: {},
  OVERIG: {},
};

export const CONFIRM_UNUSUAL_LABEL = "Ja, deze waarde klopt";
/** What the confirm checkbox posts when ticked. */
export const CONFIRM_UNUSUAL_VALUE = "ja";

/** True for a warning's message: the form then offers the confirm checkbox. */
export function asksConfirmation(message: string): boolean {
  return message.includes(CONFIRM_UNUSUAL_LABEL);
}

/** The range in force: the indicator's own bound where it has one, else its unit's usual one. */
export function valueRange(indicator: ValueRuleIndicator): UnitRange {
  const usual = UNIT_RANGES[indicator.unit];
  return {
    min: indicator.minValue !== null ? { value: indicator.minValue, hard: true } : usual.min,
    max: indicator.maxValue !== null ? { value: indicator.maxValue, hard: true } : usual.max,
  };
}

function decimalsOf(value: string): number {
  return value.split(".")[1]?.length ?? 0;
}

/** "7.5" → "7,5": a bound in the message is written as the user writes numbers. */
function dutch(value: string): string {
  return formatDecimal(value, decimalsOf(value));
}

/** Names only the hard bounds: a soft one is not what refused the value. */
function rangeMessage(indicator: ValueRuleIndicator, range: UnitRange): string {
  const min = range.min?.hard ? range.min : undefined;
  const max = range.max?.hard ? range.max : undefined;
  const percent = indicator.unit === "PERCENTAGE" ? "%" : "";
  if (indicator.unit === "RAPPORTCIJFER" && min?.value === "1" && max?.value === "10") {
    return "Een rapportcijfer ligt tussen 1 en 10";
  }
  if (indicator.unit === "AANTAL" && min?.value === "0" && !max) return "Een aantal kan niet negatief zijn";
  if (min && max) return `Vul een waarde in van ${dutch(min.value)}${percent} tot en met ${dutch(max.value)}${percent}`;
  if (min) return `Vul een waarde in van minimaal ${dutch(min.value)}${percent}`;
  return `Vul een waarde in van maximaal ${dutch(max!.value)}${percent}`;
}

function warningMessage(range: UnitRange): string {
  const min = range.min && !range.min.hard ? range.min : undefined;
  const max = range.max && !range.max.hard ? range.max : undefined;
  const usual =
    min && max ? `tussen ${dutch(min.value)} en ${dutch(max.value)}` : min ? `niet onder ${dutch(min.value)}` : `niet boven ${dutch(max!.value)}`;
  return `Een percentage ligt meestal ${usual}. Klopt deze waarde? Vink dan ‘${CONFIRM_UNUSUAL_LABEL}’ aan en sla opnieuw op.`;
}

/**
 * The problem with one value, or null when it is fine. `confirmed` says the
 * user already confirmed an unusual value: a warning then passes, an error
 * never does. Decimals come first: "7,45" on a 1-decimal rapportcijfer is
 * a precision mistake, whatever its range.
 */
export function checkIndicatorValue(
  value: string | null,
  indicator: ValueRuleIndicator,
  opts: { confirmed?: boolean } = {},
): ValueProblem | null {
  if (value === null) return null;
  if (decimalsOf(value) > indicator.decimals) {
    return { severity: "error", message: maxDecimalsMessage(indicator.decimals) };
  }
  const range = valueRange(indicator);
  const below = range.min && compareDecimal(value, range.min.value) < 0 ? range.min : undefined;
  const above = range.max && compareDecimal(value, range.max.value) > 0 ? range.max : undefined;
  const broken = below ?? above;
  if (!broken) return null;
  if (broken.hard) return { severity: "error", message: rangeMessage(indicator, range) };
  return opts.confirmed ? null : { severity: "warning", message: warningMessage(range) };
}
