/**
 * The rules of signing in that need no database: limits, the one message a
 * failed sign-in gets, how an e-mail address and a client address are read,
 * and where a user may be sent afterwards. Pure, unit-tested beside it.
 */

/** Failed sign-ins allowed within the window, per account and per client address. */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  perAccount: 5,
  perIp: 20,
} as const;

/** Failed-attempt rows older than this are deleted (they hold typed e-mail addresses). */
export const LOGIN_ATTEMPT_RETENTION_DAYS = 30;

/**
 * The only thing a failed sign-in says, whatever went wrong (unknown address,
 * wrong password, disabled account, demo account outside demo mode, too many
 * attempts): it must not reveal which part was wrong or that an account exists.
 */
export const SIGN_IN_FAILED_MESSAGE =
  "E-mailadres of wachtwoord onjuist, of te veel pogingen. Probeer het later opnieuw.";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Is this attempt over a limit? Counts include the attempt being made, which
 * is recorded before it is checked (so parallel attempts cannot slip through).
 */
export function isOverLimit(counts: { accountFailures: number; ipFailures: number }): boolean {
  return counts.accountFailures > LOGIN_LIMITS.perAccount || counts.ipFailures > LOGIN_LIMITS.perIp;
}

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
}

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : value;
}

const MAX_IP_LENGTH = 64;

/**
 * The shared rate-limit key of requests that did not come through as many
 * proxies as configured: only a request that bypassed a proxy ends up here,
 * so sharing one bucket costs legitimate users nothing.
 */
export const UNKNOWN_CLIENT = "onbekend";

/** One reverse proxy that appends to X-Forwarded-For: what the app assumed before the setting existed. */
export const DEFAULT_TRUSTED_PROXY_HOPS = 1;

/**
 * TRUSTED_PROXY_HOPS as set in the environment. Unset or empty means the
 * default; anything but a whole number ≥ 0 is `invalid`, and the caller
 * decides how loudly to say so.
 */
export function parseTrustedProxyHops(raw: string | undefined): { hops: number; invalid: boolean } {
  const text = raw?.trim() ?? "";
  if (text === "") return { hops: DEFAULT_TRUSTED_PROXY_HOPS, invalid: false };
  const hops = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(hops)) return { hops: DEFAULT_TRUSTED_PROXY_HOPS, invalid: true };
  return { hops, invalid: false };
}

function forwardedEntries(headers: HeaderSource, hops: number): string[] {
  const forwarded = header(headers, "x-forwarded-for");
  if (forwarded !== undefined) {
    return forwarded
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
  }
  // X-Real-IP is what the nearest proxy saw: the same as the right-most
  // X-Forwarded-For entry, and meaningless behind more than one proxy.
  const real = hops === 1 ? header(headers, "x-real-ip")?.trim() : undefined;
  return real ? [real] : [];
}

/**
 * The client address for rate limiting, behind `hops` reverse proxies that
 * each append the address they saw to X-Forwarded-For: the hops-th entry
 * from the right. Entries further left are written by the client and can be
 * forged. Fewer entries than hops means the request did not come through
 * the proxies: UNKNOWN_CLIENT.
 *
 * With 0 hops the app is exposed directly and every forwarding header is the
 * client's own invention. The socket address is not available here (Next.js
 * puts it in X-Forwarded-For only when the client sent none, so it cannot be
 * told from a forged one), and one shared key for everyone would let anyone
 * lock all password sign-ins with 21 wrong guesses — so null: there is no
 * address to limit, and only the per-account limit applies.
 */
export function clientIp(headers: HeaderSource, hops: number): string | null {
  if (hops === 0) return null;
  const entries = forwardedEntries(headers, hops);
  const ip = entries.length >= hops ? entries[entries.length - hops] : undefined;
  return (ip ?? UNKNOWN_CLIENT).slice(0, MAX_IP_LENGTH);
}

export const DEFAULT_AFTER_SIGN_IN = "/werkplek";

/**
 * Where to go after signing in: only a path on this site. Accepts a relative
 * path or an absolute URL on `origin` (next-auth passes absolute ones) and
 * falls back to the workplace for anything else, so the sign-in page cannot be
 * used to send someone to another site.
 */
export function safeCallbackPath(value: unknown, origin: string | null): string {
  if (typeof value !== "string" || value === "") return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(value, "http://relatief.invalid");
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  const relative = url.origin === "http://relatief.invalid" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\");
  const sameOrigin = origin !== null && url.origin === origin;
  if (!relative && !sameOrigin) return DEFAULT_AFTER_SIGN_IN;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalises to "//evil.example": a protocol-relative URL.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return DEFAULT_AFTER_SIGN_IN;
  if (path.startsWith("/inloggen") || path.startsWith("/api/auth")) return DEFAULT_AFTER_SIGN_IN;
  return path;
}
