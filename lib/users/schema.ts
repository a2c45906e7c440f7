/**
 * Inputs of the users-and-roles page, shared by the forms and the Server
 * Actions. Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { recordIdSchema } from "@/lib/indicator/schema";
import { nameText } from "@/lib/validation/fields";

export const emailField = z
  .string({ error: "Vul een e-mailadres in" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl" }));

export const MAX_NAME_LENGTH = 200;

/** A person's name, only needed when their account does not exist yet; empty means not given. */
export const optionalNameField = nameText({ max: MAX_NAME_LENGTH, tooLong: `Een naam heeft maximaal ${MAX_NAME_LENGTH} tekens` })
  .optional()
  .transform((v) => (v ? v : undefined));

/**
 * Give someone a role in the municipality. Without an account yet, the name
 * is needed: the account is made and its owner gets a link to set a password.
 */
export const addRoleSchema = z.object({
  municipalityId: recordIdSchema("gemeente"),
  email: emailField,
  name: optionalNameField,
  role: z.enum(ROLES, { error: "Kies een rol" }),
});
export type AddRoleInput = z.output<typeof addRoleSchema>;

/** A form posts one value per ticked checkbox; none ticked posts nothing. */
const programmeIdsField = z.preprocess(
  (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
  z.array(recordIdSchema("programma", "het"), { error: "Kies de programma's" }).max(500),
);

/** The programmes a beleidsadviseur works on (none ticked: none). */
export const assignProgrammesSchema = z.object({
  membershipId: recordIdSchema("rol"),
  programmeIds: programmeIdsField,
});
export type AssignProgrammesInput = z.output<typeof assignProgrammesSchema>;

export const removeRoleSchema = z.object({
  membershipId: recordIdSchema("rol"),
});
export type RemoveRoleInput = z.output<typeof removeRoleSchema>;
