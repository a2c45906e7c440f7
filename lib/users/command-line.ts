/**
 * The arguments of `npm run account:link -- <e-mailadres> [--naam "Naam"]
 * [--platformbeheerder]`, read with the same field schemas as the forms, so a
 * name from the command line is held to the form's rules (bidi controls
 * stripped, no NUL, at most 200 characters).
 */
import { normalizeEmail } from "@/lib/auth/login-policy";
import { emailField, optionalNameField } from "./schema";

export const ACCOUNT_LINK_USAGE = 'Gebruik: npm run account:link -- <e-mailadres> [--naam "Naam"] [--platformbeheerder]';

export type AccountLinkArgs =
  | { ok: true; email: string; name: string | undefined; platformAdmin: boolean }
  | { ok: false; message: string };

export function parseAccountLinkArgs(args: readonly string[]): AccountLinkArgs {
  const nameAt = args.indexOf("--naam");
  const email = emailField.safeParse(args.find((a, i) => !a.startsWith("--") && !(nameAt >= 0 && i === nameAt + 1)));
  if (!email.success) return { ok: false, message: ACCOUNT_LINK_USAGE };
  const name = optionalNameField.safeParse(nameAt >= 0 ? (args[nameAt + 1] ?? "") : undefined);
  if (!name.success) return { ok: false, message: name.error.issues[0]?.message ?? ACCOUNT_LINK_USAGE };
  return { ok: true, email: normalizeEmail(email.data), name: name.data, platformAdmin: args.includes("--platformbeheerder") };
}
