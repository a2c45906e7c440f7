/**
 * The sign-in form's input, shared by the form and its Server Action.
 * Isomorphic: no server imports.
 */
import { z } from "zod";

export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 1024;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const signInSchema = z.object({
  email: z
    .string({ error: "Vul uw e-mailadres in" })
    .trim()
    .min(1, { error: "Vul uw e-mailadres in", abort: true })
    .max(MAX_EMAIL_LENGTH, { error: `Een e-mailadres heeft maximaal ${MAX_EMAIL_LENGTH} tekens`, abort: true })
    .regex(EMAIL_SHAPE, { error: "Vul een e-mailadres in zoals naam@gemeente.nl" }),
  password: z
    .string({ error: "Vul uw wachtwoord in" })
    .min(1, { error: "Vul uw wachtwoord in", abort: true })
    .max(MAX_PASSWORD_LENGTH, { error: "Dit wachtwoord is te lang" }),
  /** Where to go afterwards; checked by safeCallbackPath, never followed blindly. */
  callbackUrl: z.string().max(2048).optional().catch(undefined),
});

export type SignInField = "email" | "password";

export type SignInState =
  | { status: "idle" }
  | {
      status: "error";
      /** Shown at the top of the form, in the error summary. */
      message: string;
      fieldErrors: Partial<Record<SignInField, string[]>>;
      /** Typed back into the form; the password never is. */
      email: string;
    };

export const INITIAL_SIGN_IN_STATE: SignInState = { status: "idle" };
