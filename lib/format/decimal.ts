/**
 * Canonical decimal strings: the form in which indicator values are stored,
 * compared and exchanged ("7.4", "-3", "1234.5").
 *
 * Canonical means: an optional "-", integer digits without leading zeros, and
 * optionally "." with fraction digits without trailing zeros; zero is "0".
 * One value has exactly one spelling, so strings can be compared for equality.
 *
 * Arithmetic runs on BigInt scaled integers: floats would turn 7.3 - 6.6 into
 * 0.7000000000000002 and make "target reached" depend on binary rounding.
 */

const PLAIN_DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** value = units / 10^scale */
interface Scaled {
  units: bigint;
  scale: number;
}

function parse(s: string): Scaled {
  const match = PLAIN_DECIMAL.exec(s);
  if (!match) throw new Error(`Not a decimal string: "${s}"`);
  const [, sign, integer, fraction = ""] = match;
  const units = BigInt(integer + fraction);
  return { units: sign === "-" ? -units : units, scale: fraction.length };
}

function render({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const integer = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  const body = fraction ? `${integer}.${fraction}` : integer;
  return negative ? `-${body}` : body;
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

function aligned(a: string, b: string): [bigint, bigint, number] {
  const pa = parse(a);
  const pb = parse(b);
  const scale = Math.max(pa.scale, pb.scale);
  return [rescale(pa, scale), rescale(pb, scale), scale];
}

/** True for a plain decimal with "." as separator ("+007.40" too); see isCanonicalDecimal. */
export function isDecimalString(s: string): boolean {
  return PLAIN_DECIMAL.test(s);
}

/** True only for the one canonical spelling ("7.4", not "7.40" or "+7.4"). */
export function isCanonicalDecimal(s: string): boolean {
  return isDecimalString(s) && render(parse(s)) === s;
}

/** "007.40" -> "7.4", "-0.0" -> "0", "+5" -> "5". Throws on anything else. */
export function normalizeDecimal(s: string): string {
  return render(parse(s));
}

export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function subtractDecimal(a: string, b: string): string {
  const [x, y, scale] = aligned(a, b);
  return render({ units: x - y, scale });
}

export function absDecimal(s: string): string {
  return normalizeDecimal(s).replace(/^-/, "");
}

/** Integer division rounding half away from zero, the way printed tables round. */
export function divideHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("Denominator must be positive");
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twiceRemainder = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twiceRemainder < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** Round half away from zero to at most `decimals` places; result is canonical. */
export function roundDecimal(s: string, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`Invalid number of decimals: ${decimals}`);
  }
  const value = parse(s);
  if (value.scale <= decimals) return render(value);
  const divisor = 10n ** BigInt(value.scale - decimals);
  return render({ units: divideHalfAwayFromZero(value.units, divisor), scale: decimals });
}

/** Exact fraction of a decimal string, for comparisons such as a percentage of an amount. */
export function toFraction(s: string): { numerator: bigint; denominator: bigint } {
  const { units, scale } = parse(s);
  return { numerator: units, denominator: 10n ** BigInt(scale) };
}
