"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/action";
import { findMunicipalityResource } from "@/lib/auth/data";
import { allTypedText, formState, type FormOutcome, type FormState } from "@/lib/forms/state";
import { previousSeq } from "@/lib/review/form-state";
import { unflattenFields } from "@/lib/review/form-data";
import { findAmendmentResource } from "./data";
import { createAmendment, saveAmendment, setAmendmentStatus } from "./mutations";
import { createAmendmentSchema, saveAmendmentSchema, setAmendmentStatusSchema } from "./schema";

// Server Actions of begrotingswijzigingen. `can` lets a controller or beheerder
// of the municipality write; whether the wijziging still takes a change (a
// concept, not from the import, the right version) is decided inside the
// mutation's transaction, so no page can skip it.

/** A new concept wijziging of a year. */
export const createAmendmentAction = authorizedAction(
  {
    schema: createAmendmentSchema,
    action: "amendment.edit",
    resource: (input) => findMunicipalityResource(input.municipalityId),
  },
  async (input, { user, municipalityId }): Promise<FormOutcome & { id?: string }> => {
    const outcome = await createAmendment(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidatePath("/werkplek", "layout");
    return { message: `Begrotingswijziging ${input.number} is aangemaakt.`, id: outcome.id };
  },
);

/** Header, amounts per line and new streefwaarden of a concept wijziging. */
export const saveAmendmentAction = authorizedAction(
  {
    schema: saveAmendmentSchema,
    action: "amendment.edit",
    resource: (input) => findAmendmentResource(input.amendmentId),
  },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await saveAmendment(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidatePath("/werkplek", "layout");
    if (outcome.changed === 0) return { message: "Er was niets gewijzigd." };
    return { message: `De begrotingswijziging is opgeslagen (${outcome.changed} ${outcome.changed === 1 ? "wijziging" : "wijzigingen"}).` };
  },
);

/** Vaststellen or verwerpen. */
export const setAmendmentStatusAction = authorizedAction(
  {
    schema: setAmendmentStatusSchema,
    action: "amendment.setStatus",
    resource: (input) => findAmendmentResource(input.amendmentId),
  },
  async (input, { user, municipalityId }): Promise<FormOutcome> => {
    const outcome = await setAmendmentStatus(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidatePath("/werkplek", "layout");
    // An adopted wijziging changes the begroting na wijziging on the public pages.
    revalidatePath("/", "layout");
    return { message: `Begrotingswijziging ${outcome.number} is ${outcome.status === "VASTGESTELD" ? "vastgesteld" : "verworpen"}.` };
  },
);

const seg = encodeURIComponent;

export async function createAmendmentForm(previous: FormState, formData: FormData): Promise<FormState> {
  const result = await createAmendmentAction(formData);
  if (result.ok && "id" in result.data && result.data.id) {
    const slug = formData.get("gemeente");
    const year = formData.get("year");
    redirect(`/werkplek/${seg(String(slug))}/${seg(String(year))}/wijzigingen/${seg(result.data.id)}`);
  }
  return formState(previousSeq(previous), result, allTypedText(formData));
}

export async function saveAmendmentForm(previous: FormState, formData: FormData): Promise<FormState> {
  const result = await saveAmendmentAction(unflattenFields(Object.fromEntries(formData)) as Parameters<typeof saveAmendmentAction>[0]);
  return formState(previousSeq(previous), result, allTypedText(formData));
}

export async function amendmentStatusForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await setAmendmentStatusAction(formData), {});
}
