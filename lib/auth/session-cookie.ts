import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS, authSecret } from "./config";
import { sessionCookie, sessionToken } from "./options";

// Starting and ending a session from a Server Action (the sign-in form works
// without JavaScript that way). The cookie is the one next-auth itself writes
// and reads: same name, options, secret and encryption (next-auth/jwt encode).

export async function startSession(userId: string): Promise<void> {
  const { name, options } = sessionCookie();
  const value = await encode({ token: sessionToken(userId), secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(name, value, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Removes the session cookie, including the chunks next-auth writes for a large token. */
export async function endSession(): Promise<void> {
  const { name, options } = sessionCookie();
  const store = await cookies();
  for (const cookie of store.getAll()) {
    if (cookie.name === name || cookie.name.startsWith(`${name}.`)) {
      store.set(cookie.name, "", { ...options, maxAge: 0 });
    }
  }
}
