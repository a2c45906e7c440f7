"use client";

import { useActionState } from "react";
import { amendmentStatusForm } from "@/lib/amendment/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { FormFeedback } from "../admin/FormFeedback";

/** Vaststellen or verwerpen; both are final, which the text says before the buttons. */
export function AmendmentStatusForm({ amendmentId, version, number }: { amendmentId: string; version: number; number: string }) {
  const [state, formAction, pending] = useActionState(amendmentStatusForm, INITIAL_FORM_STATE);
  return (
    <form action={formAction} noValidate className="pm-status-form" aria-label={`Besluit over begrotingswijziging ${number}`}>
      <FormFeedback state={state} labels={{}} />
      <input type="hidden" name="amendmentId" value={amendmentId} />
      <input type="hidden" name="version" value={version} />
      <p className="utrecht-paragraph pm-prose">
        Vaststellen telt de bedragen mee in de begroting na wijziging en zet de nieuwe streefwaarden in werking. Vastgesteld en
        verworpen zijn definitief: daarna kan de wijziging niet meer worden veranderd. Sla eerst uw wijzigingen op.
      </p>
      <div className="pm-entry-form__actions">
        {(["VASTGESTELD", "VERWORPEN"] as const).map((status) => (
          <button
            key={status}
            type="submit"
            name="status"
            value={status}
            className={`utrecht-button ${status === "VASTGESTELD" ? "utrecht-button--primary-action" : "utrecht-button--secondary-action"}`}
            aria-disabled={pending || undefined}
            onClick={(event) => pending && event.preventDefault()}
          >
            {status === "VASTGESTELD" ? "Vaststellen" : "Verwerpen"}
          </button>
        ))}
      </div>
    </form>
  );
}
