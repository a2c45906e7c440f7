"use client";

import { forwardRef, type MouseEvent } from "react";
import type { GridFormState } from "@/lib/budget/form-state";
import { fieldId } from "../FormField";

/**
 * The answer of a grid's save: a confirmation, or what stopped it — every
 * cell's error as a link into that cell (keyboard users land in the field).
 */
export const GridMessage = forwardRef<HTMLDivElement, { state: GridFormState; describe: (name: string) => string }>(function GridMessage({ state, describe }, ref) {
  const listed = Object.entries(state.fieldErrors).flatMap(([name, messages]) => messages.map((text) => ({ name, text: `${describe(name)}: ${text}` })));
  return (
    <div ref={ref} tabIndex={-1} className="pm-entry-form__message" role={state.status === "saved" ? "status" : undefined}>
      {state.status === "saved" && (
        <div className="utrecht-alert utrecht-alert--ok">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">{state.message}</p>
          </div>
        </div>
      )}
      {state.status === "error" && (
        <div className="utrecht-alert utrecht-alert--error" role="group" aria-labelledby="grid-fouten">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <h2 id="grid-fouten" className="utrecht-heading-2">
                Niet opgeslagen
              </h2>
              <p className="utrecht-paragraph">{state.message}</p>
              {listed.length > 0 && (
                <ul>
                  {listed.map(({ name, text }) => (
                    <li key={`${name}:${text}`}>
                      <a href={`#${fieldId(name)}`} onClick={focusField}>
                        {text}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </div>
      )}
    </div>
  );
});

function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center", inline: "center" });
}
