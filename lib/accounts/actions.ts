"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/action";
import { trustedProxyHops } from "@/lib/auth/config";
import { verifyCredentials } from "@/lib/auth/credentials";
import { validationFailure } from "@/lib/auth/errors";
import { clientIp } from "@/lib/auth/login-policy";
import { startSession } from "@/lib/auth/session-cookie";
import { formState, type FormOutcome, type FormState } from "@/lib/forms/state";
import { previousSeq } from "@/lib/review/form-state";
import { findAccountResource, findOwnAccount } from "./data";
import { toLinkFormOutcome } from "./link-url";
import { DEMO_PASSWORD_FIXED } from "./messages";
import { changeOwnPassword, makePasswordLink, setAccountBlocked, setPasswordWithLink } from "./mutations";
import { accountSchema, changePasswordSchema, setPasswordSchema } from "./schema";

// Server Actions of account management. Blocking and password links pass the
// gate as "account.manage" on the account as it is in the database (every
// municipality it has a role in); changing a password as
// "account.changePassword", which only the account itself passes.
//
// setPasswordForm is the one exception to authorizedAction: its user has no
// session yet. The one-time secret in the link is the credential, checked
// and consumed inside the transaction that sets the password.

const accountGate = { schema: accountSchema, action: "account.manage", resource: (input: { userId: string }) => findAccountResource(input.userId) } as const;

export const blockAccount = authorizedAction(accountGate, async (input, { user }) =>
  toLinkFormOutcome(await setAccountBlocked(input.userId, true, { userId: user.id })),
);

export const unblockAccount = authorizedAction(accountGate, async (input, { user }) =>
  toLinkFormOutcome(await setAccountBlocked(input.userId, false, { userId: user.id })),
);

export const createPasswordLink = authorizedAction(accountGate, async (input, { user }) =>
  toLinkFormOutcome(await makePasswordLink(input.userId, { userId: user.id })),
);

/**
 * The current password is checked like a sign-in — same rate limit per
 * account and address — so this form cannot be used to guess it faster.
 */
export const changePassword = authorizedAction(
  { schema: changePasswordSchema, action: "account.changePassword", resource: (input) => findAccountResource(input.userId) },
  async (input, { user }): Promise<FormOutcome> => {
    if ((await findOwnAccount(user.id))?.isDemo) return { refused: DEMO_PASSWORD_FIXED, fieldErrors: {} };
    const check = await verifyCredentials({ email: user.email, password: input.currentPassword, ip: clientIp(await headers(), trustedProxyHops()) });
    if (!check.ok) {
      const message =
        check.reason === "rate_limited"
          ? "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw."
          : "Uw huidige wachtwoord klopt niet.";
      return { refused: "Uw wachtwoord is niet gewijzigd.", fieldErrors: { currentPassword: [message] } };
    }
    await changeOwnPassword(user.id, input.password);
    // Every other session ended with the change; this one starts afresh so its owner stays signed in.
    await startSession(user.id);
    return { message: "Uw wachtwoord is gewijzigd. Op andere apparaten moet u opnieuw inloggen." };
  },
);

export async function blockAccountForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await blockAccount(formData), {});
}

export async function unblockAccountForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await unblockAccount(formData), {});
}

export async function passwordLinkForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await createPasswordLink(formData), {});
}

/** Passwords are never typed back into a form. */
export async function changePasswordForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await changePassword(formData), {});
}

/** After a refusal the form keeps nothing it should not: passwords are never sent back. */
export async function setPasswordForm(previous: FormState, formData: FormData): Promise<FormState> {
  const seq = previousSeq(previous);
  const parsed = setPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formState(seq, validationFailure(parsed.error), {});
  const result = await setPasswordWithLink({ secret: parsed.data.token, password: parsed.data.password });
  if (!result.ok) return formState(seq, { ok: true, data: { refused: result.message, fieldErrors: {} } }, {});
  redirect("/inloggen?wachtwoord=ingesteld");
}
