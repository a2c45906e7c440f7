"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { appOrigin, trustedProxyHops } from "./config";
import { verifyCredentials } from "./credentials";
import { SIGN_IN_FAILED_MESSAGE, clientIp, safeCallbackPath } from "./login-policy";
import { MAX_EMAIL_LENGTH, signInSchema, type SignInField, type SignInState } from "./schema";
import { endSession, startSession } from "./session-cookie";

// Signing in and out: the two Server Actions that cannot go through
// authorizedAction, because there is no user yet (or any more).
//
// CSRF: Server Actions accept only POST, and Next.js refuses an action whose
// Origin header does not match the Host (or X-Forwarded-Host) — configure
// `serverActions.allowedOrigins` only for a proxy that rewrites the host. The
// session cookie is SameSite=Lax on top of that. This is also why the form
// does not post to next-auth's /api/auth/callback/credentials: that endpoint
// needs a CSRF cookie that a page cannot set before the first submit without
// JavaScript.

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const typedEmail = formData.get("email");
  const email = typeof typedEmail === "string" ? typedEmail.slice(0, MAX_EMAIL_LENGTH) : "";
  const parsed = signInSchema.safeParse({
    email: typedEmail,
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<SignInField, string[]>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "email" || field === "password") (fieldErrors[field] ??= []).push(issue.message);
    }
    const count = Object.values(fieldErrors).flat().length;
    return {
      status: "error",
      message: count === 1 ? "Er is 1 fout in het formulier." : `Er zijn ${count} fouten in het formulier.`,
      fieldErrors,
      email,
    };
  }

  const result = await verifyCredentials({
    email: parsed.data.email,
    password: parsed.data.password,
    ip: clientIp(await headers(), trustedProxyHops()),
  });
  if (!result.ok) {
    if (result.reason === "rate_limited") console.warn("Inloggen geweigerd: te veel mislukte pogingen.");
    return { status: "error", message: SIGN_IN_FAILED_MESSAGE, fieldErrors: {}, email };
  }

  await startSession(result.user.id);
  redirect(safeCallbackPath(parsed.data.callbackUrl, appOrigin()));
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/inloggen?uitgelogd=1");
}
