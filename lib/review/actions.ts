"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findDocumentResource, findFigureResource, findProgrammeInDocumentResource } from "@/lib/auth/data";
import { authorize, getSessionUser } from "@/lib/auth/session";
import { can, type Action, type MunicipalityResource, type SessionUser } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/auth/errors";
import type { ActionResult } from "@/lib/auth/result";
import { DOCUMENT_LOCKED_MESSAGE } from "@/lib/document/status";
import { FIGURE_KIND_NAMES, isFigureKind } from "@/lib/figure-kinds";
import { decideFigure, saveProgrammeEntry } from "./mutations";
import {
  FIGURE_KINDS,
  SUBMIT_FIGURE_FIELD,
  approveFigureSchema,
  figureSubmitSchema,
  programmeEntrySchema,
  returnFigureSchema,
  submitFigureValue,
  type FigureKind,
  type ProgrammeEntry,
} from "./schema";
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
async function explainLocked<T>(
  result: ActionResult<T>,
  resource: () => Promise<{ municipalityId: string; documentStatus?: string | null } | null>,
) {
  if (result.ok || result.code !== "FORBIDDEN") return result; // only a refusal is worth the extra reads
  const [user, where] = await Promise.all([getSessionUser(), resource()]);
  if (!user || !where || where.documentStatus === "CONCEPT") return result;
  const member = can(user, "municipality.readConcept", { scope: "municipality", municipalityId: where.municipalityId });
  return member ? { ...result, message: DOCUMENT_LOCKED_MESSAGE } : result;
}

/** The signed-in pages show live workflow state; public pages are untouched by figure changes in open documents. */
function revalidateWorkplace() {
  revalidatePath("/werkplek", "layout");
}

/** One form holds both kinds of figure: saving it needs editing both, whatever the gate checked. */
function authorizeProgrammeSave(user: SessionUser, programme: MunicipalityResource, entry: ProgrammeEntry) {
  const municipalityId = authorize(user, "indicatorValue.edit", programme);
  if (entry.lines.length > 0) authorize(user, "financialLine.edit", programme);
  return municipalityId;
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
  async (input, { user, resource }) => {
    const municipalityId = authorizeProgrammeSave(user, resource, input);
    // Submitting is a permission of its own.
    if (input.intent === "submit") {
      authorize(user, "indicatorValue.submit", resource);
      authorize(user, "financialLine.submit", resource);
    }
    const outcome = await saveProgrammeEntry({ entry: input, userId: user.id, municipalityId });
    if (outcome.outcome === "saved") revalidateWorkplace();
    return outcome;
  },
);

const SUBMIT_ACTIONS: Record<FigureKind, Action> = { indicatorValue: "indicatorValue.submit", financialLine: "financialLine.submit" };

/**
 * Indienen of one figure from its row (beleidsadviseur, assigned programme).
 * The gate checks submitting that figure, where the database says it lives.
 * The rest of the form is saved with it, as "Opslaan" would, so nothing typed
 * elsewhere is lost: that needs the save's rights on the programme the form
 * posts, and the figure must be one of its rows (saveProgrammeEntry).
 */
function figureSubmitAction(kind: FigureKind) {
  return authorizedAction(
    {
      schema: figureSubmitSchema(kind),
      action: SUBMIT_ACTIONS[kind],
      resource: (input) => findFigureResource(kind, input.submitFigure),
    },
    async (input, { user }) => {
      const programme = await findProgrammeInDocumentResource(input.documentId, input.programmeId);
      if (!programme) throw new NotFoundError();
      const municipalityId = authorizeProgrammeSave(user, programme, input);
      const submitFigure = { group: FIGURE_KIND_NAMES[kind].formGroup, id: input.submitFigure } as const;
      const outcome = await saveProgrammeEntry({ entry: input, userId: user.id, municipalityId, submitFigure });
      if (outcome.outcome === "saved") revalidateWorkplace();
      return outcome;
    },
  );
}

export const submitIndicatorValue = figureSubmitAction("indicatorValue");
export const submitFinancialLine = figureSubmitAction("financialLine");

const SUBMIT_FIGURE = { indicatorValue: submitIndicatorValue, financialLine: submitFinancialLine };

/**
 * The programme form has one action, so a refusal of either kind shows in
 * the same place: a row's "Indienen" button names its figure
 * ("<kind>:<id>"), every other button saves the programme.
 */
function saveOrSubmit(formData: FormData) {
  const figure = String(formData.get(SUBMIT_FIGURE_FIELD) ?? "");
  const kind = FIGURE_KINDS.find((k) => figure.startsWith(submitFigureValue(k, "")));
  return kind ? SUBMIT_FIGURE[kind](formData) : saveProgrammeFigures(formData);
}

export async function saveProgrammeForm(previous: EntryFormState, formData: FormData): Promise<EntryFormState> {
  const documentId = String(formData.get("documentId") ?? "");
  const result = await explainLocked(await saveOrSubmit(formData), () => findDocumentResource(documentId));
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
  const posted = formData.get("kind");
  const kind = isFigureKind(posted) ? posted : "indicatorValue";
  const result = await explainLocked(decided, () => findFigureResource(kind, String(formData.get("id") ?? "")));
  const comment = formData.get("comment");
  return decisionFormState(previousSeq(previous), result, typeof comment === "string" ? comment : "");
}
