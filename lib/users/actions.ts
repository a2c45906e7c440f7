"use server";

import { authorizedAction } from "@/lib/auth/action";
import { findMembershipResource, findMunicipalityResource } from "@/lib/auth/data";
import { formState, typedText, type FormState } from "@/lib/forms/state";
import { previousSeq } from "@/lib/review/form-state";
import { toLinkFormOutcome } from "@/lib/accounts/link-url";
import { assignProgrammes, grantRole, revokeRole } from "./mutations";
import { addRoleSchema, assignProgrammesSchema, removeRoleSchema } from "./schema";

// Server Actions of the users-and-roles page. Only a beheerder of the
// municipality the membership belongs to passes the gate ("membership.manage");
// the municipality is read from the database, never taken from the form.

export const addRole = authorizedAction(
  { schema: addRoleSchema, action: "membership.manage", resource: (input) => findMunicipalityResource(input.municipalityId) },
  async (input, { user, municipalityId }) =>
    toLinkFormOutcome(await grantRole({ municipalityId, email: input.email, name: input.name, role: input.role }, { userId: user.id })),
);

export const setAdvisorProgrammes = authorizedAction(
  { schema: assignProgrammesSchema, action: "membership.manage", resource: (input) => findMembershipResource(input.membershipId) },
  async (input, { user, municipalityId }) =>
    toLinkFormOutcome(
      await assignProgrammes({ municipalityId, membershipId: input.membershipId, programmeIds: input.programmeIds }, { userId: user.id }),
    ),
);

export const removeRole = authorizedAction(
  { schema: removeRoleSchema, action: "membership.manage", resource: (input) => findMembershipResource(input.membershipId) },
  async (input, { user, municipalityId }) =>
    toLinkFormOutcome(await revokeRole({ municipalityId, membershipId: input.membershipId }, { userId: user.id })),
);

export async function addRoleForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await addRole(formData), typedText(formData, ["email", "name", "role"]));
}

export async function advisorProgrammesForm(previous: FormState, formData: FormData): Promise<FormState> {
  // Checkboxes post one value each: Object.fromEntries would keep only the last.
  const input = { membershipId: formData.get("membershipId"), programmeIds: formData.getAll("programmeIds") };
  return formState(previousSeq(previous), await setAdvisorProgrammes(input as { membershipId: string; programmeIds: string[] }), {});
}

export async function removeRoleForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await removeRole(formData), {});
}
