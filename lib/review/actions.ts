"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findDocumentResource, findFigureResource, findProgrammeInDocumentResource } from "@/lib/auth/data";
import { authorize, getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/auth/result";
import { DOCUMENT_LOCKED_MESSAGE } from "@/lib/document/status";
import { decideFigure, saveProgrammeEntry } from "./mutations";
import { approveFigureSchema, programmeEntrySchema, returnFigureSchema } from "./schema";
import {
  decisionFormState,
  entryFormState,
  previousSeq,
  typedValues,
  type DecisionFormState,
  type EntryFormState,
} from "./form-state";

// Server Actions of data entry and review. The exported actions go through
// authorizedAction: the municipality and programme come from the database,
// never from the client. The *Form functions are what the forms post to
// (useActionState's (previousState, formData) shape, which also works without
// JavaScript): they call the authorized action and only translate its result
// into what the form shows.

/**
 * The gate refuses figure actions on a locked document with a plain FORBIDDEN
 * (`can` treats it as read-only for everyone). For a member of the
 * municipality, say why: the document was vastgesteld, not their role.
 */
async function explainLocked<T>(result: ActionResult<T>, resource: Promise<{ municipalityId: string; documentStatus?: string | null } | null>) {
  if (result.ok || result.code !== "FORBIDDEN") return result;
  const [user, where] = await Promise.all([getSessionUser(), resource]);
  if (!user || !where || where.documentStatus === "CONCEPT") return result;
  const member = can(user, "municipality.readConcept", { scope: "municipality", municipalityId: where.municipalityId });
  return member ? { ...result, message: DOCUMENT_LOCKED_MESSAGE } : result;
}

/** The signed-in pages show live workflow state; public pages are untouched by figure changes in open documents. */
function revalidateWorkplace() {
  revalidatePath("/werkplek", "layout");
}

/**
 * Saves a programme's figures (beleidsadviseur, assigned programme, document
 * in CONCEPT) and, with intent "submit", submits its concept figures.
 */
export const saveProgrammeFigures = authorizedAction(
  {
    schema: programmeEntrySchema,
    action: "indicatorValue.edit",
    resource: (input) => findProgrammeInDocumentResource(input.documentId, input.programmeId),
  },
  async (input, { user, resource, municipalityId }) => {
    // One form holds both kinds of figure, and submitting is a permission of its own.
    if (input.lines.length > 0) authorize(user, "financialLine.edit", resource);
    if (input.intent === "submit") {
      authorize(user, "indicatorValue.submit", resource);
      authorize(user, "financialLine.submit", resource);
    }
    const outcome = await saveProgrammeEntry({ entry: input, userId: user.id, municipalityId });
    if (outcome.outcome === "saved") revalidateWorkplace();
    return outcome;
  },
);

export async function saveProgrammeForm(previous: EntryFormState, formData: FormData): Promise<EntryFormState> {
  const documentId = String(formData.get("documentId") ?? "");
  const result = await explainLocked(await saveProgrammeFigures(formData), findDocumentResource(documentId));
  return entryFormState(previousSeq(previous), result, typedValues(formData.entries()));
}

/** Goedkeuren (controller): a submitted figure, exactly the version the controller saw, not their own. */
export const approveFigure = authorizedAction(
  {
    schema: approveFigureSchema,
    action: "review.approve",
    resource: (input) => findFigureResource(input.kind, input.id),
  },
  async (input, { user, municipalityId }) => {
    await decideFigure({
      kind: input.kind,
      id: input.id,
      expectedVersion: input.version,
      decision: "approve",
      comment: input.comment || null,
      userId: user.id,
      municipalityId,
    });
    revalidateWorkplace();
    return { message: "Goedgekeurd." };
  },
);

/** Terugsturen (controller) with a question; the advisor answers by changing the figure. */
export const returnFigure = authorizedAction(
  {
    schema: returnFigureSchema,
    action: "review.return",
    resource: (input) => findFigureResource(input.kind, input.id),
  },
  async (input, { user, municipalityId }) => {
    await decideFigure({
      kind: input.kind,
      id: input.id,
      expectedVersion: input.version,
      decision: "return",
      comment: input.comment,
      userId: user.id,
      municipalityId,
    });
    revalidateWorkplace();
    return { message: "Teruggestuurd met uw vraag." };
  },
);

export async function reviewFigureForm(previous: DecisionFormState, formData: FormData): Promise<DecisionFormState> {
  const decided = formData.get("decision") === "return" ? await returnFigure(formData) : await approveFigure(formData);
  const kind = formData.get("kind") === "financialLine" ? "financialLine" : "indicatorValue";
  const result = await explainLocked(decided, findFigureResource(kind, String(formData.get("id") ?? "")));
  const comment = formData.get("comment");
  return decisionFormState(previousSeq(previous), result, typeof comment === "string" ? comment : "");
}
