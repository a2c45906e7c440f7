"use client";

import { useEffect, useId, useRef } from "react";
import type { FormState } from "@/lib/forms/state";
import { fieldId } from "../FormField";

/**
 * The answer of an administration form: a message and, after a refusal, a
 * summary linking to every field with an error. It takes the focus, so a
 * keyboard or screen reader user hears the outcome first.
 */
export function FormFeedback({
  state,
  labels,
  fieldIdOf = fieldId,
}: {
  state: FormState;
  labels: Record<string, string>;
  /** The element id of a field, when several forms on one page post the same names. */
  fieldIdOf?: (name: string) => string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0) box.current?.focus();
  }, [state.seq]);
  const errors = Object.entries(state.fieldErrors).flatMap(([name, messages]) =>
    messages.map((message) => ({ name, message })),
  );
  return (
    <div ref={box} tabIndex={-1} role="status">
      {state.status !== "idle" && state.message && (
        <div className={`utrecht-alert ${state.status === "error" ? "utrecht-alert--error" : "utrecht-alert--ok"}`}>
          <div className="utrecht-alert__content">
            {state.status === "error" && <h2 className="utrecht-heading-3">Niet opgeslagen</h2>}
            <p className="utrecht-paragraph utrecht-alert__message">{state.message}</p>
            {state.status === "done" && state.link && <OneTimeLink key={state.seq} url={state.link} />}
            {errors.length > 0 && (
              <ul className="utrecht-unordered-list">
                {errors.map((e) => (
                  <li key={`${e.name}:${e.message}`} className="utrecht-unordered-list__item">
                    <a className="utrecht-link" href={`#${fieldIdOf(e.name)}`}>
                      {labels[e.name] ?? e.name}: {e.message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * A password link to pass on. It is shown in this answer only (the database
 * holds just its hash), so it sits in a read-only field that is easy to copy.
 */
function OneTimeLink({ url }: { url: string }) {
  const id = useId();
  return (
    <div className="utrecht-form-field pm-one-time-link">
      <label className="utrecht-form-label" htmlFor={id}>
        Link om een wachtwoord in te stellen (wordt maar één keer getoond)
      </label>
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input"
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}

/** The value to show in a field: what was typed after a refusal, else what is saved. */
export function shownValue(state: FormState, name: string, saved: string): string {
  return state.status === "error" && name in state.values ? state.values[name]! : saved;
}
