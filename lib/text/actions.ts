"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findTextResource } from "@/lib/auth/data";
import { authorize } from "@/lib/auth/session";
import { formState, typedText, type FormOutcome, type FormState } from "@/lib/forms/state";
import { decisionFormState, previousSeq, type DecisionFormState } from "@/lib/review/form-state";
import { decideTexts, saveTexts } from "./mutations";
import { TEXT_FIELDS } from "./questions";
import { approveTextsSchema, returnTextsSchema, saveTextsSchema } from "./schema";

// Server Actions of the texts (decision 011). The gate reads where the row
// lives (municipality, programme, document status) from the database: an
// advisor writes the texts of their own programmes in a concept document, the
// controller approves or returns them. Whether the row still takes the change
// (its version, its review state, four eyes) is decided in the mutation's transaction.

function revalidateWorkplace() {
  revalidatePath("/werkplek", "layout");
}

/** Opslaan, or with intent "submit" opslaan en indienen, of one programme's, goal's or activity's texts. */
export const saveTextsAction = authorizedAction(
  {
    schema: saveTextsSchema,
    action: "text.edit",
    resource: (input) => findTextResource(input.kind, input.id),
  },
  async (input, { user, resource, municipalityId }): Promise<FormOutcome> => {
    // Submitting is a permission of its own.
    if (input.intent === "submit") authorize(user, "text.submit", resource);
    const outcome = await saveTexts(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: {} };
    revalidateWorkplace();
    if (outcome.submitted) return { message: "De teksten zijn opgeslagen en ingediend bij de controller." };
    if (outcome.changed === 0) return { message: "Opgeslagen. Er was geen tekst gewijzigd." };
    return { message: `De teksten zijn opgeslagen (${outcome.changed} ${outcome.changed === 1 ? "tekst" : "teksten"} gewijzigd).` };
  },
);

/** Goedkeuren (controller): exactly the version looked at, not texts the controller changed. */
export const approveTextsAction = authorizedAction(
  {
    schema: approveTextsSchema,
    action: "review.approve",
    resource: (input) => findTextResource(input.kind, input.id),
  },
  async (input, { user, municipalityId }) => {
    await decideTexts({ ...input, expectedVersion: input.version, decision: "approve", comment: input.comment || null, userId: user.id, municipalityId });
    revalidateWorkplace();
    return { message: "Goedgekeurd." };
  },
);

/** Terugsturen (controller) with a question; the advisor answers by changing the texts. */
export const returnTextsAction = authorizedAction(
  {
    schema: returnTextsSchema,
    action: "review.return",
    resource: (input) => findTextResource(input.kind, input.id),
  },
  async (input, { user, municipalityId }) => {
    await decideTexts({ ...input, expectedVersion: input.version, decision: "return", comment: input.comment, userId: user.id, municipalityId });
    revalidateWorkplace();
    return { message: "Teruggestuurd met uw vraag." };
  },
);

/** What the texts form posts to; a refusal puts back exactly what was typed. */
export async function saveTextsForm(previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await saveTextsAction(formData), typedText(formData, TEXT_FIELDS));
}

export async function reviewTextsForm(previous: DecisionFormState, formData: FormData): Promise<DecisionFormState> {
  const decided = formData.get("decision") === "return" ? await returnTextsAction(formData) : await approveTextsAction(formData);
  const comment = formData.get("comment");
  return decisionFormState(previousSeq(previous), decided, typeof comment === "string" ? comment : "");
}
