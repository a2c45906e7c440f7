/**
 * One-time links to set a password. The secret travels once — shown to the
 * beheerder who passes it on — and only its SHA-256 is stored, so a copy of
 * the database does not let anyone set a password. 32 random bytes make
 * guessing pointless, so the link needs no rate limit of its own.
 */
import { createHash, randomBytes } from "node:crypto";

export type TokenPurpose = "INVITE" | "RESET";

/** An invitation may wait a week; a reset is for someone who is waiting for it. */
export const TOKEN_LIFETIME_HOURS: Record<TokenPurpose, number> = { INVITE: 7 * 24, RESET: 24 };

/** 32 bytes in base64url: 43 characters of [A-Za-z0-9_-]. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newTokenSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function tokenExpiry(purpose: TokenPurpose, now: Date): Date {
  return new Date(now.getTime() + TOKEN_LIFETIME_HOURS[purpose] * 3_600_000);
}

/** A link works once, before it expires. */
export function isTokenUsable(token: { expiresAt: Date; usedAt: Date | null }, now: Date): boolean {
  return token.usedAt === null && token.expiresAt.getTime() > now.getTime();
}

/** The page where the secret is used; the secret is the last path segment. */
export function passwordLinkPath(secret: string): string {
  return `/wachtwoord-instellen/${secret}`;
}

