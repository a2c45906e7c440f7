"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findProgrammeInDocumentResource } from "@/lib/auth/data";
import { formState, type FormOutcome, type FormState } from "@/lib/forms/state";
import { previousSeq } from "@/lib/review/form-state";
import { typedFormValues } from "./form-values";
import { findIndicatorInDocumentResource } from "./indicator/data";
import { addBbvIndicators, addIndicator, editIndicator, moveIndicator, removeIndicator } from "./indicator/mutations";
import { addBbvIndicatorsSchema, addIndicatorSchema, editIndicatorSchema, moveIndicatorSchema, removeIndicatorSchema } from "./indicator-schema";
import { REMOVAL_MESSAGES } from "./subject-removal";

// Server Actions of the indicator editor. `can` lets a controller or beheerder
// change the structure of a CONCEPT document (structure.edit); that the
// document is still a concept and the indicator belongs to it is checked again
// inside each mutation's transaction.

const revalidate = () => {
  revalidatePath("/werkplek", "layout");
};

export const addIndicatorAction = authorizedAction(
  { schema: addIndicatorSchema, action: "structure.edit", resource: (input) => findProgrammeInDocumentResource(input.documentId, input.programmeId) },
  async (input, { user, municipalityId }): Promise<FormOutcome & { id?: string }> => {
    const outcome = await addIndicator(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidate();
    return { message: `Indicator "${input.name}" is toegevoegd, met lege cijfers om in te vullen.`, id: outcome.id };
  },
);

export const editIndicatorAction = authorizedAction(
  { schema: editIndicatorSchema, action: "structure.edit", resource: (input) => findIndicatorInDocumentResource(input.documentId, input.indicatorId) },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await editIndicator(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidate();
    revalidatePath("/", "layout");
    return { message: outcome.changed === 0 ? "Er was niets gewijzigd." : `Indicator "${outcome.name}" is opgeslagen.` };
  },
);

export const moveIndicatorAction = authorizedAction(
  { schema: moveIndicatorSchema, action: "structure.edit", resource: (input) => findIndicatorInDocumentResource(input.documentId, input.indicatorId) },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await moveIndicator(input, { userId: user.id, municipalityId });
    revalidate();
    const name = outcome.name ?? "De indicator";
    if (outcome.outcome === "unchanged") return { message: `${name} staat al ${input.direction === "up" ? "bovenaan" : "onderaan"}.` };
    return { message: `${name} is een plaats ${input.direction === "up" ? "omhoog" : "omlaag"} gezet.` };
  },
);

export const removeIndicatorAction = authorizedAction(
  { schema: removeIndicatorSchema, action: "structure.edit", resource: (input) => findIndicatorInDocumentResource(input.documentId, input.indicatorId) },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await removeIndicator(input, { userId: user.id, municipalityId });
    revalidate();
    revalidatePath("/", "layout");
    return { message: REMOVAL_MESSAGES[outcome.removal.kind](outcome.name, outcome.year) };
  },
);

export const addBbvIndicatorsAction = authorizedAction(
  { schema: addBbvIndicatorsSchema, action: "structure.edit", resource: (input) => findProgrammeInDocumentResource(input.documentId, input.programmeId) },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await addBbvIndicators(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidate();
    const added = outcome.added.length;
    const parts = [added === 1 ? "1 BBV-beleidsindicator is toegevoegd." : `${added} BBV-beleidsindicatoren zijn toegevoegd.`];
    if (outcome.skipped.length > 0) parts.push(`Al aanwezig in de gemeente, niet opnieuw toegevoegd: ${outcome.skipped.join(", ")}.`);
    return { message: parts.join(" ") };
  },
);

export async function addIndicatorForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await addIndicatorAction(formData), typedFormValues(formData, ["bbvMandatory"]));
}

export async function editIndicatorForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await editIndicatorAction(formData), typedFormValues(formData, ["bbvMandatory"]));
}

export async function moveIndicatorForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await moveIndicatorAction(formData), {});
}

export async function removeIndicatorForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await removeIndicatorAction(formData), {});
}

export async function addBbvIndicatorsForm(previous: FormState, formData: FormData): Promise<FormState> {
  // Checkboxes of one name post several values; Object.fromEntries would keep only the last.
  const input = { documentId: formData.get("documentId"), programmeId: formData.get("programmeId"), goalId: formData.get("goalId") ?? "", keys: formData.getAll("keys") };
  return formState(previousSeq(previous), await addBbvIndicatorsAction(input as Parameters<typeof addBbvIndicatorsAction>[0]), {});
}
