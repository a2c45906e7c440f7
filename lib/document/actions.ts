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
