/**
 * Inputs of account management and of setting a password, shared by the
 * forms and their Server Actions. Isomorphic: no server imports.
 */
import { z } from "zod";
import { recordIdSchema } from "@/lib/indicator/schema";
import { TOKEN_SHAPE } from "./token";

export const MIN_PASSWORD_LENGTH = 12;
/** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
export const MAX_PASSWORD_BYTES = 72;

const utf8Length = (value: string) => new TextEncoder().encode(value).length;

/**
 * What is wrong with a new password, or null. Length over composition rules
 * (NIST SP 800-63B): at least 12 characters, spaces allowed, at most 72 bytes
 * (bcrypt's limit; fewer characters with é or emoji). One message at a time.
 */
export function passwordProblem(password: string): string | null {
  if (password === "") return "Kies een wachtwoord";
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens`;
  if (utf8Length(password) > MAX_PASSWORD_BYTES) {
    return `Dit wachtwoord is te lang: maximaal ${MAX_PASSWORD_BYTES} bytes (ongeveer ${MAX_PASSWORD_BYTES} letters zonder accenten)`;
  }
  if (password.trim() === "") return "Een wachtwoord van alleen spaties kan niet";
  return null;
}

export const newPasswordField = z.string({ error: "Kies een wachtwoord" }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const confirmationField = z.string({ error: "Herhaal het wachtwoord" }).min(1, { error: "Herhaal het wachtwoord" });

const sameTwice = (input: { password: string; confirmation: string }) => input.password === input.confirmation;

/**
 * Compare the two passwords even when one of them broke a rule of its own,
 * so the form names every problem at once (zod skips object checks after a
 * field failed unless told when to run them).
 */
const bothTyped = ({ value }: { value: unknown }) => {
  const v = value as { password?: unknown; confirmation?: unknown } | null;
  return typeof v?.password === "string" && typeof v.confirmation === "string";
};
const notSameTwiceError = { error: "De twee wachtwoorden zijn niet gelijk", path: ["confirmation"], when: bothTyped };

/** The page behind a one-time link: the secret and a new password, twice. */
export const setPasswordSchema = z
  .object({
    token: z.string().regex(TOKEN_SHAPE, { error: "Deze link is niet (meer) geldig" }),
    password: newPasswordField,
    confirmation: confirmationField,
  })
  .refine(sameTwice, notSameTwiceError);
export type SetPasswordInput = z.output<typeof setPasswordSchema>;

/** A signed-in user changes their own password. */
export const changePasswordSchema = z
  .object({
    userId: recordIdSchema("account", "het"),
    currentPassword: z.string({ error: "Vul uw huidige wachtwoord in" }).min(1, { error: "Vul uw huidige wachtwoord in" }).max(1024),
    password: newPasswordField,
    confirmation: confirmationField,
  })
  .refine(sameTwice, notSameTwiceError)
  .refine((input) => input.password !== input.currentPassword, {
    error: "Kies een ander wachtwoord dan het huidige",
    path: ["password"],
  });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

/** Block, unblock or make a new password link for an account. */
export const accountSchema = z.object({ userId: recordIdSchema("account", "het") });
export type AccountInput = z.output<typeof accountSchema>;
