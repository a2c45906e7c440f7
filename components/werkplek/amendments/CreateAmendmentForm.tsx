"use client";

import { useActionState } from "react";
import { createAmendmentForm } from "@/lib/amendment/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { FormFeedback } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";
import { AmendmentHeaderFields, HEADER_LABELS } from "./AmendmentHeaderFields";

/** A new concept wijziging; on success the page of the wijziging opens, where the amounts are entered. */
export function CreateAmendmentForm({ municipalityId, slug, year }: { municipalityId: string; slug: string; year: number }) {
  const [state, formAction, pending] = useActionState(createAmendmentForm, INITIAL_FORM_STATE);
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Nieuwe begrotingswijziging">
      <FormFeedback state={state} labels={HEADER_LABELS} />
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <input type="hidden" name="gemeente" value={slug} />
      <input type="hidden" name="year" value={year} />
      <AmendmentHeaderFields state={state} saved={{ number: "", date: "", authority: "", decisionReference: "", reason: "" }} />
      <div className="pm-entry-form__actions">
        <PendingButton pending={pending}>Concept aanmaken</PendingButton>
      </div>
    </form>
  );
}
