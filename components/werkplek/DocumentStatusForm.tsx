"use client";

import { useActionState, useEffect, useRef } from "react";
import { documentStatusForm } from "@/lib/document/actions";
import { INITIAL_DECISION_STATE } from "@/lib/review/form-state";
import { MAX_REASON_LENGTH } from "@/lib/review/entry-fields";
import type { StatusTransition } from "@/lib/document/status";
import { FormField, controlProps } from "./FormField";

/**
 * The beheerder's status buttons for one document: the steps allowed from the
 * current status (forward, or back with a reason). The server checks every
 * rule again; this form only offers what makes sense.
 */
export function DocumentStatusForm({
  documentId,
  version,
  transitions,
  openFigures,
}: {
  documentId: string;
  version: number;
  transitions: StatusTransition[];
  openFigures: number;
}) {
  const [state, formAction, pending] = useActionState(documentStatusForm, INITIAL_DECISION_STATE);
  const feedback = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0) feedback.current?.focus();
  }, [state.seq]);
  const reasonErrors = state.fieldErrors.reason;
  const hasBackStep = transitions.some((t) => t.direction === "back");

  return (
    <form action={formAction} noValidate className="pm-status-form" aria-label="Documentstatus wijzigen">
      <div ref={feedback} tabIndex={-1} role="status">
        {state.status !== "idle" && state.message && (
          <div className={`utrecht-alert ${state.status === "error" ? "utrecht-alert--error" : "utrecht-alert--ok"}`}>
            <div className="utrecht-alert__content">
              <p className="utrecht-paragraph utrecht-alert__message">{state.message}</p>
            </div>
          </div>
        )}
      </div>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="version" value={version} />
      {transitions.some((t) => t.to === "VASTGESTELD" && t.from === "CONCEPT") && openFigures > 0 && (
        <p className="utrecht-paragraph pm-prose">
          {openFigures === 1 ? "1 cijfer is" : `${openFigures} cijfers zijn`} nog niet goedgekeurd. Vaststellen kan pas als
          alle cijfers zijn goedgekeurd.
        </p>
      )}
      <FormField
        name="reason"
        label="Reden"
        description={
          hasBackStep
            ? "Verplicht bij een stap terug (publicatie intrekken, heropenen); komt in de geschiedenis."
            : "Niet verplicht; komt in de geschiedenis."
        }
        errors={reasonErrors}
      >
        <textarea
          {...controlProps("reason", "textarea", { invalid: !!reasonErrors, description: true })}
          key={`reason:${state.seq}`}
          rows={2}
          maxLength={MAX_REASON_LENGTH}
          defaultValue={state.text}
        />
      </FormField>
      <div className="pm-entry-form__actions">
        {transitions.map((t) => (
          <button
            key={t.to}
            type="submit"
            name="status"
            value={t.to}
            className={`utrecht-button ${t.direction === "forward" ? "utrecht-button--primary-action" : "utrecht-button--secondary-action"}`}
            aria-disabled={pending || undefined}
            onClick={(event) => pending && event.preventDefault()}
          >
            {t.label}
          </button>
        ))}
      </div>
    </form>
  );
}
