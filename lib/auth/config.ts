import "server-only";
import { randomBytes } from "node:crypto";
import { parseTrustedProxyHops } from "./login-policy";

// Authentication settings from the environment, read when used (not at import),
// so `next build` does not need the secrets. See docs/decisions/004-authorization.md.

/** DEMO_MODE=1 lets the demo users (User.isDemo) sign in; anything else refuses them. */
export function isDemoMode(): boolean {
  return process.env.DEMO_MODE === "1";
}

/** A session lasts one working day; after that the user signs in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const globalForSecret = globalThis as unknown as { programmamonitorAuthSecret?: string };

/**
 * NEXTAUTH_SECRET signs and encrypts the session cookie. Required in
 * production; in development and demo mode a random one is made for this
 * process when it is missing (sessions then end when the server restarts).
 */
export function authSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (configured) {
    if (process.env.NODE_ENV === "production" && configured.length < 32) {
      throw new Error("NEXTAUTH_SECRET is te kort: gebruik minstens 32 tekens, bijvoorbeeld `openssl rand -base64 32`.");
    }
    return configured;
  }
  if (process.env.NODE_ENV === "production" && !isDemoMode()) {
    throw new Error("NEXTAUTH_SECRET ontbreekt. Zet een geheim van minstens 32 tekens in de omgeving, bijvoorbeeld `openssl rand -base64 32`.");
  }
  if (!globalForSecret.programmamonitorAuthSecret) {
    console.warn("NEXTAUTH_SECRET ontbreekt: een tijdelijk geheim gemaakt voor dit proces (alleen ontwikkeling/demo).");
    globalForSecret.programmamonitorAuthSecret = randomBytes(32).toString("base64url");
  }
  return globalForSecret.programmamonitorAuthSecret;
}

const warned = globalThis as unknown as { programmamonitorProxyHopsWarned?: string };

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For
 * (TRUSTED_PROXY_HOPS, default 1); the per-address sign-in limit trusts that
 * many entries from the right. An invalid value falls back to 1 with a
 * warning rather than stopping sign-in: 1 is what the app assumed before the
 * setting existed, and the per-account limit holds whatever the address.
 * Failing at startup instead is not possible with `next start`: it runs no
 * app code, not even the instrumentation hook, before the first request.
 */
export function trustedProxyHops(): number {
  const raw = process.env.TRUSTED_PROXY_HOPS;
  const { hops, invalid } = parseTrustedProxyHops(raw);
  if (invalid && warned.programmamonitorProxyHopsWarned !== raw) {
    warned.programmamonitorProxyHopsWarned = raw;
    console.warn(`TRUSTED_PROXY_HOPS=${JSON.stringify(raw)} is geen geheel getal vanaf 0; het inlogslot per adres gaat uit van ${hops} proxy.`);
  }
  return hops;
}

/** Cookies are Secure (and get the __Secure- prefix) when the app is served over https. */
export function servesOverHttps(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** The app's own origin, from NEXTAUTH_URL; null when not configured. */
export function appOrigin(): string | null {
  const url = process.env.NEXTAUTH_URL;
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the button: "Inloggen met <name>". */
  name: string;
}

export const OIDC_PROVIDER_ID = "oidc";

/**
 * The optional OpenID Connect provider (Entra ID, Keycloak, …): on when
 * OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set. Setting only
 * some of them is a configuration error, reported rather than ignored.
 */
export function oidcConfig(): OidcConfig | null {
  const issuer = process.env.OIDC_ISSUER?.trim();
  const clientId = process.env.OIDC_CLIENT_ID?.trim();
  const clientSecret = process.env.OIDC_CLIENT_SECRET?.trim();
  const set = [issuer, clientId, clientSecret].filter(Boolean).length;
  if (set === 0) return null;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error("OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET horen samen: zet ze alle drie, of geen.");
  }
  return {
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret,
    name: process.env.OIDC_NAME?.trim() || "eenmalige aanmelding (SSO)",
  };
}
