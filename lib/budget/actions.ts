"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findProgrammeInDocumentResource } from "@/lib/auth/data";
import { previousSeq } from "@/lib/review/form-state";
import { gridFormState, typedGridValues, type GridFormState, type GridOutcome } from "./form-state";
import { saveBudgetGrid } from "./mutations";
import { budgetSavedMessage } from "./rules";
import { budgetGridSchema } from "./schema";
import { saveTargetGrid } from "@/lib/targets/mutations";
import { targetGridSchema } from "./schema";
import { targetSavedMessage } from "./rules";
import { authorize } from "@/lib/auth/session";

// Server Actions of the begroting's grids. The municipality, programme and the
// document's status come from the database (the gate); whether the document is
// a begroting and every cell belongs to it is decided inside the transaction.

/** The primitieve begroting and meerjarenraming of one programme (controller, beheerder: budget.edit). */
export const saveBudgetGridAction = authorizedAction(
  {
    schema: budgetGridSchema,
    action: "budget.edit",
    resource: (input) => findProgrammeInDocumentResource(input.documentId, input.programmeId),
  },
  async (input, { user, municipalityId }): Promise<GridOutcome> => {
    const outcome = await saveBudgetGrid(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "conflict") return { outcome: "conflict", conflicts: outcome.conflicts.map((c) => ({ ...c, dimensionValue: "" })) };
    if (outcome.outcome === "refused") return outcome;
    revalidatePath("/werkplek", "layout");
    return { outcome: "saved", message: budgetSavedMessage(outcome) };
  },
);

/** The streefwaarden of one programme for every year the begroting owns (the advisor of the programme). */
export const saveTargetGridAction = authorizedAction(
  {
    schema: targetGridSchema,
    action: "indicatorValue.edit",
    resource: (input) => findProgrammeInDocumentResource(input.documentId, input.programmeId),
  },
  async (input, { user, resource, municipalityId }): Promise<GridOutcome> => {
    // Submitting is a permission of its own.
    if (input.intent === "submit") authorize(user, "indicatorValue.submit", resource);
    const outcome = await saveTargetGrid(input, { userId: user.id, municipalityId });
    if (outcome.outcome !== "saved") return outcome;
    revalidatePath("/werkplek", "layout");
    return { outcome: "saved", message: targetSavedMessage(outcome) };
  },
);

export async function saveBudgetGridForm(previous: GridFormState, formData: FormData): Promise<GridFormState> {
  return gridFormState(previousSeq(previous), await saveBudgetGridAction(formData), typedGridValues(formData));
}

export async function saveTargetGridForm(previous: GridFormState, formData: FormData): Promise<GridFormState> {
  return gridFormState(previousSeq(previous), await saveTargetGridAction(formData), typedGridValues(formData));
}
