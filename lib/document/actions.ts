"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { findDocumentResource } from "@/lib/auth/data";
import { revalidatePublicMunicipality } from "@/lib/cache";
import { decisionFormState, previousSeq, type DecisionFormState } from "@/lib/review/form-state";
import { setDocumentStatus } from "./mutations";
import { setDocumentStatusSchema } from "./schema";
import { DOCUMENT_STATUS_LABELS } from "./status";

// Server Actions of P&C documents. `can` lets only a beheerder set a status;
// the rules of which step is allowed live in lib/document/status.ts and are
// checked inside the transaction (lib/document/mutations.ts).

/** Vaststellen, publiceren, or a step back with a reason (beheerder). */
export const changeDocumentStatus = authorizedAction(
  {
    schema: setDocumentStatusSchema,
    action: "document.setStatus",
    resource: (input) => findDocumentResource(input.documentId),
  },
  async (input, { user, municipalityId }) => {
    const outcome = await setDocumentStatus({
      documentId: input.documentId,
      expectedVersion: input.version,
      status: input.status,
      reason: input.reason ?? null,
      userId: user.id,
      municipalityId,
    });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    // Becoming or stopping being public changes the cached public pages.
    if (outcome.publicChanged) revalidatePublicMunicipality(outcome.slug);
    revalidatePath("/werkplek", "layout");
    return { message: `De status is nu: ${DOCUMENT_STATUS_LABELS[outcome.status].toLowerCase()}.` };
  },
);

export async function documentStatusForm(previous: DecisionFormState, formData: FormData): Promise<DecisionFormState> {
  const result = await changeDocumentStatus(formData);
  const reason = formData.get("reason");
  return decisionFormState(previousSeq(previous), result, typeof reason === "string" ? reason : "");
}

// ---------------------------------------------------------------- a new document (issue 10)
// Imports kept with the code that needs them (hoisted, so equivalent).
import { redirect } from "next/navigation";
import { findMunicipalityResource } from "@/lib/auth/data";
import { formState, type FormOutcome } from "@/lib/forms/state";
import { createDocumentFromStart, previewNewDocument, type NewDocumentPreview } from "./mutations";
import { createDocumentSchema } from "./schema";
import { documentSlug } from "@/lib/review/document-slug";
import type { NewDocumentFormState, PreviewState } from "./new-document-state";
import type { BudgetCategory } from "./plan-copy";

/** What "Voorbeeld bekijken" answers: the new document and what it takes from its starting point. Writes nothing. */
export const previewDocumentAction = authorizedAction(
  {
    schema: createDocumentSchema,
    action: "document.create",
    resource: (input) => findMunicipalityResource(input.municipalityId),
  },
  async (input, { municipalityId }): Promise<FormOutcome & { preview?: NewDocumentPreview }> => {
    const outcome = await previewNewDocument(input, municipalityId);
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    return { message: `Voorbeeld van ${outcome.preview.title}: er is nog niets aangemaakt.`, preview: outcome.preview };
  },
);

/** "Document aanmaken": writes the document the preview described, in one transaction. */
export const createDocumentAction = authorizedAction(
  {
    schema: createDocumentSchema,
    action: "document.create",
    resource: (input) => findMunicipalityResource(input.municipalityId),
  },
  async (input, { user, municipalityId }): Promise<FormOutcome & { id?: string; year?: number; stuk?: string }> => {
    const outcome = await createDocumentFromStart(input, { userId: user.id, municipalityId });
    if (outcome.outcome === "refused") return { refused: outcome.message, fieldErrors: outcome.fieldErrors };
    revalidatePath("/werkplek", "layout");
    const { title, year } = outcome.preview;
    return { message: `${title} is aangemaakt (concept).`, id: outcome.id, year, stuk: documentSlug(outcome.preview) };
  },
);

function amountStrings(amounts: Record<BudgetCategory, bigint>): Record<BudgetCategory, string> {
  return Object.fromEntries(Object.entries(amounts).map(([c, a]) => [c, a.toString()])) as Record<BudgetCategory, string>;
}

function previewState(preview: NewDocumentPreview): PreviewState {
  const { programmes, totals } = preview.summary;
  return {
    title: preview.title,
    source: preview.source?.title ?? null,
    year: preview.year,
    rows: programmes.map(({ programmeId, carriedAmounts, ...r }) => ({
      ...r,
      programme: preview.programmeNames[programmeId] ?? "Zonder programma",
      carriedAmounts: amountStrings(carriedAmounts),
    })),
    totals: { ...totals, carriedAmounts: amountStrings(totals.carriedAmounts) },
  };
}

const NEW_DOCUMENT_FIELDS = ["kind", "year", "name", "projectionYears", "sourceId"] as const;

function typedNewDocument(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of NEW_DOCUMENT_FIELDS) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

/**
 * The two steps of the form, also without JavaScript: "Voorbeeld bekijken"
 * (intent=preview) answers the preview and keeps what was chosen; "Document
 * aanmaken" (intent=create) writes and opens the new document's year page.
 */
export async function newDocumentForm(previous: NewDocumentFormState, formData: FormData): Promise<NewDocumentFormState> {
  const values = typedNewDocument(formData);
  const seq = previousSeq(previous);
  if (formData.get("intent") === "create") {
    const result = await createDocumentAction(formData);
    if (result.ok && "id" in result.data && result.data.id) {
      redirect(`/werkplek/${encodeURIComponent(String(formData.get("gemeente")))}/${result.data.year}?stuk=${result.data.stuk}`);
    }
    return { ...formState(seq, result, values), values, preview: null };
  }
  const result = await previewDocumentAction(formData);
  const state = formState(seq, result, values);
  const preview = result.ok && "preview" in result.data && result.data.preview ? previewState(result.data.preview) : null;
  // A preview is not a save: keep the choices in the form for the confirm step.
  return { ...state, status: preview ? "idle" : state.status, values, preview };
}
