import "server-only";
import { findUserForSignIn, type SignInCandidate } from "@/lib/users/data";
import { verifyPassword } from "@/lib/users/password";
import { isDemoMode } from "./config";
import { countAccountFailures, countIpFailures } from "./data";
import {
  LOGIN_ATTEMPT_RETENTION_DAYS,
  UNKNOWN_CLIENT,
  isOverLimit,
  normalizeEmail,
  windowStart,
} from "./login-policy";
import { markLoginAttemptSucceeded, pruneLoginAttempts, recordLoginAttempt } from "./mutations";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Why a sign-in failed — for logs and tests only. The user always sees
 * SIGN_IN_FAILED_MESSAGE, whatever the reason.
 */
export type SignInRefusal = "invalid" | "rate_limited" | "not_allowed";

export type CredentialsResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: SignInRefusal };

/** May this account sign in at all? Disabled users never; demo users only in demo mode. */
export function mayUseAccount(user: Pick<SignInCandidate, "disabledAt" | "isDemo">): boolean {
  if (user.disabledAt !== null) return false;
  if (user.isDemo && !isDemoMode()) return false;
  return true;
}

/**
 * E-mail + password sign-in with rate limiting per account and per client
 * address (LoginAttempt). Used by the sign-in form's Server Action and by
 * next-auth's credentials provider alike. `ip` is null when no address can be
 * trusted (TRUSTED_PROXY_HOPS=0, see clientIp): then only the account is limited.
 */
export async function verifyCredentials(
  input: { email: string; password: string; ip: string | null },
  now: Date = new Date(),
): Promise<CredentialsResult> {
  const email = normalizeEmail(input.email);
  const attempt = await recordLoginAttempt({ email, ip: input.ip ?? UNKNOWN_CLIENT });
  const since = windowStart(now);
  const [accountFailures, ipFailures] = await Promise.all([
    countAccountFailures(email, since),
    input.ip === null ? 0 : countIpFailures(input.ip, since),
  ]);
  if (isOverLimit({ accountFailures, ipFailures })) return { ok: false, reason: "rate_limited" };

  const user = await findUserForSignIn(email);
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash);
  if (!user || !passwordMatches) return { ok: false, reason: "invalid" };
  if (!mayUseAccount(user)) return { ok: false, reason: "not_allowed" };

  await markLoginAttemptSucceeded(attempt.id);
  await pruneLoginAttempts(new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_DAYS * 86_400_000));
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
