"use client";

import { useActionState, type ReactNode } from "react";
import { saveTextsForm } from "@/lib/text/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { MAX_TEXT_LENGTH } from "@/lib/text/schema";
import type { TextField, TextQuestion } from "@/lib/text/questions";
import type { TextRow } from "@/lib/text/data";
import { offersSubmit } from "@/lib/review/workflow";
import { FormFeedback, shownValue } from "../admin/FormFeedback";
import { FormField, controlProps } from "../FormField";
import { PendingButton } from "../PendingButton";

export const MARKUP_HELP = "Lege regel = nieuwe alinea, regel met '- ' = opsomming, '## ' = kopje, **vet**.";

/**
 * The texts of one programme, goal or activity in one document, as one form:
 * "Opslaan" keeps them as concept, "Indienen" saves and sends them to the
 * controller. Works without JavaScript; a refusal keeps what was typed. The
 * preview under each field is the saved text as the public page prints it,
 * rendered on the server (lib/text/markup.tsx).
 */
export function TextsForm({
  row,
  title,
  questions,
  previews,
  maySubmit,
}: {
  row: Pick<TextRow, "kind" | "id" | "version" | "reviewStatus" | "values">;
  title: string;
  questions: TextQuestion[];
  /** Per field, the saved text rendered by the one renderer (null when empty). */
  previews: Partial<Record<TextField, ReactNode>>;
  maySubmit: boolean;
}) {
  const [state, formAction, pending] = useActionState(saveTextsForm, INITIAL_FORM_STATE);
  const scoped = (field: string) => `${row.id}.${field}`;
  const labels = Object.fromEntries(questions.map((q) => [scoped(q.field), q.label]));
  // Errors come back per field name; the ids on this page carry the row, as several forms share it.
  const feedbackState = { ...state, fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors).map(([k, v]) => [scoped(k), v])) };

  return (
    <form action={formAction} noValidate className="pm-texts-form" aria-label={`Teksten ${title}`}>
      <FormFeedback state={feedbackState} labels={labels} />
      <input type="hidden" name="kind" value={row.kind} />
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      {questions.map((q) => {
        const name = scoped(q.field);
        const errors = state.fieldErrors[q.field];
        if (q.mode === "shown") {
          return (
            <div key={q.field} className="pm-text-shown">
              <p className="utrecht-paragraph">
                <strong>{q.label}</strong> <span className="pm-muted">(uit de begroting, niet te wijzigen)</span>
              </p>
              {previews[q.field] ?? <p className="utrecht-paragraph pm-muted">(geen tekst)</p>}
            </div>
          );
        }
        return (
          <div key={q.field} className="pm-text-field">
            <FormField
              name={name}
              label={q.label}
              errors={errors}
              description={
                <>
                  {q.hint && <span className="pm-block">{q.hint}</span>}
                  <span className="pm-block pm-small">{MARKUP_HELP}</span>
                </>
              }
            >
              <textarea
                {...controlProps(name, "textarea", { invalid: !!errors, description: true })}
                name={q.field}
                key={`${q.field}:${state.seq}`}
                rows={6}
                maxLength={MAX_TEXT_LENGTH}
                defaultValue={shownValue(state, q.field, row.values[q.field] ?? "")}
              />
            </FormField>
            {previews[q.field] != null && (
              <details className="pm-text-preview">
                <summary>Voorbeeld van de opgeslagen tekst</summary>
                <div className="pm-text-preview__body">{previews[q.field]}</div>
              </details>
            )}
          </div>
        );
      })}
      <div className="pm-entry-form__actions">
        <PendingButton pending={pending} accessibleName={`Opslaan ${title}`}>
          Opslaan
        </PendingButton>
        {maySubmit && offersSubmit(row.reviewStatus) && (
          <button
            type="submit"
            name="intent"
            value="submit"
            aria-label={`Indienen ${title}`}
            className="utrecht-button utrecht-button--secondary-action"
            aria-disabled={pending || undefined}
            onClick={(event) => pending && event.preventDefault()}
          >
            Indienen
          </button>
        )}
      </div>
    </form>
  );
}
