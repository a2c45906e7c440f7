"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findProgrammeInDocumentResource } from "@/lib/auth/data";
import { formState, type FormOutcome, type FormState } from "@/lib/forms/state";
import { previousSeq } from "@/lib/review/form-state";
import { typedFormValues } from "./form-values";
import { findBudgetLineInDocumentResource } from "./budget-line/data";
import { addBudgetLine, editBudgetLine, moveBudgetLine, removeBudgetLine } from "./budget-line/mutations";
import { addBudgetLineSchema, editBudgetLineSchema, moveBudgetLineSchema, removeBudgetLineSchema } from "./budget-line-schema";
import { REMOVAL_MESSAGES } from "./subject-removal";

// Server Actions of the begrotingsposten editor: structure.edit (controller,
// beheerder) on a CONCEPT document; the mutation checks the document, the
// line's place in it and the taakveld again inside its transaction.

const revalidate = () => {
  revalidatePath("/werkplek", "layout");
  revalidatePath("/", "layout");
};

export const addBudgetLineAction = authorizedAction(
  { schema: addBudgetLineSchema, action: "structure.edit", resource: (input) => findProgrammeInDocumentResource(input.documentId, input.programmeId) },
  async (input, { user, municipalityId }): Promise<FormOutcome & { id?: string }> => {
    const outcome = await addBudgetLine(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidate();
    return { message: `Begrotingspost "${input.label}" is toegevoegd, met lege bedragen om in te vullen.`, id: outcome.id };
  },
);

export const editBudgetLineAction = authorizedAction(
  { schema: editBudgetLineSchema, action: "structure.edit", resource: (input) => findBudgetLineInDocumentResource(input.documentId, input.budgetLineId) },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await editBudgetLine(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidate();
    return { message: outcome.changed === 0 ? "Er was niets gewijzigd." : `Begrotingspost "${input.label}" is opgeslagen.` };
  },
);

export const moveBudgetLineAction = authorizedAction(
  { schema: moveBudgetLineSchema, action: "structure.edit", resource: (input) => findBudgetLineInDocumentResource(input.documentId, input.budgetLineId) },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await moveBudgetLine(input, { userId: user.id, municipalityId });
    revalidate();
    if (outcome.outcome === "unchanged") return { message: `${outcome.label} staat al ${input.direction === "up" ? "bovenaan" : "onderaan"}.` };
    return { message: `${outcome.label} is een plaats ${input.direction === "up" ? "omhoog" : "omlaag"} gezet.` };
  },
);

export const removeBudgetLineAction = authorizedAction(
  { schema: removeBudgetLineSchema, action: "structure.edit", resource: (input) => findBudgetLineInDocumentResource(input.documentId, input.budgetLineId) },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await removeBudgetLine(input, { userId: user.id, municipalityId });
    revalidate();
    return { message: REMOVAL_MESSAGES[outcome.removal.kind](outcome.label, outcome.year) };
  },
);

export async function addBudgetLineForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await addBudgetLineAction(formData), typedFormValues(formData, ["incidental"]));
}

export async function editBudgetLineForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await editBudgetLineAction(formData), typedFormValues(formData, ["incidental"]));
}

export async function moveBudgetLineForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await moveBudgetLineAction(formData), {});
}

export async function removeBudgetLineForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await removeBudgetLineAction(formData), {});
}
