"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findProgrammeInDocumentResource } from "@/lib/auth/data";
import { allTypedText, formState, type FormOutcome, type FormState } from "@/lib/forms/state";
import { previousSeq } from "@/lib/review/form-state";
import { unflattenFields } from "@/lib/review/form-data";
import { saveOpening } from "./mutations";
import { saveOpeningSchema } from "./schema";

// The beginstand is the controller's and the beheerder's (budget.edit): the
// amounts of earlier documents, entered once, in a concept document.

export const saveOpeningAction = authorizedAction(
  {
    schema: saveOpeningSchema,
    action: "budget.edit",
    resource: (input) => findProgrammeInDocumentResource(input.documentId, input.programmeId),
  },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await saveOpening(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidatePath("/werkplek", "layout");
    if (outcome.changed === 0) return { message: "Er was niets gewijzigd." };
    return { message: `De beginstand is opgeslagen (${outcome.changed} ${outcome.changed === 1 ? "cijfer" : "cijfers"}).` };
  },
);

export async function saveOpeningForm(previous: FormState, formData: FormData): Promise<FormState> {
  const result = await saveOpeningAction(unflattenFields(Object.fromEntries(formData)) as Parameters<typeof saveOpeningAction>[0]);
  return formState(previousSeq(previous), result, allTypedText(formData));
}
