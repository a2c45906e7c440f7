"use client";

import { useActionState, type ReactNode } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/state";
import { FormFeedback, shownValue } from "../admin/FormFeedback";
import { FormField } from "../FormField";

// One small form of the structure editor: hidden ids, a few labelled fields,
// one or more submit buttons, and the answer (which takes the focus). Many of
// these share a page, so every field id carries the form's own prefix. Works
// without JavaScript: useActionState posts the form to the Server Action.

export type StructureFormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export interface FieldSpec {
  name: string;
  label: string;
  /** What is saved now; after a refusal the field shows what was typed instead. */
  saved: string;
  kind?: "text" | "select";
  options?: readonly { value: string; label: string }[];
  description?: string;
  short?: boolean;
  required?: boolean;
}

export interface ButtonSpec {
  label: string;
  /** Starts with the visible label (WCAG 2.5.3), adds what it acts on. */
  accessibleName?: string;
  name?: string;
  value?: string;
  secondary?: boolean;
}

function Field({ spec, id, state }: { spec: FieldSpec; id: string; state: FormState }) {
  const errors = state.fieldErrors[spec.name];
  const invalid = (errors?.length ?? 0) > 0;
  const described = [spec.description ? `${id}-uitleg` : null, invalid ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name: spec.name, "aria-invalid": invalid || undefined, "aria-describedby": described, defaultValue: shownValue(state, spec.name, spec.saved) };
  const label = (
    <>
      {spec.label}
      {spec.required ? "" : <span className="pm-small"> (niet verplicht)</span>}
    </>
  );
  return (
    <FormField name={spec.name} controlId={id} label={label} description={spec.description} errors={errors} className={spec.short ? "pm-structure-field--short" : undefined}>
      {spec.kind === "select" ? (
        <select {...common} className={`utrecht-select utrecht-select--html-select${invalid ? " utrecht-select--invalid" : ""}`}>
          {(spec.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type="text" autoComplete="off" className={`utrecht-textbox utrecht-textbox--html-input${invalid ? " utrecht-textbox--invalid" : ""}`} />
      )}
    </FormField>
  );
}

export function StructureForm({
  action,
  idPrefix,
  formLabel,
  hidden,
  fields = [],
  buttons,
  intro,
  inline,
}: {
  action: StructureFormAction;
  /** Unique on the page: field ids are `${idPrefix}-${name}`. */
  idPrefix: string;
  formLabel: string;
  hidden: Record<string, string>;
  fields?: readonly FieldSpec[];
  buttons: readonly ButtonSpec[];
  intro?: ReactNode;
  /** Buttons only, side by side with other small forms. */
  inline?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const idOf = (name: string) => `${idPrefix}-${name}`;
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  return (
    <form action={formAction} noValidate aria-label={formLabel} className={inline ? "pm-structure-form pm-structure-form--inline" : "pm-structure-form"}>
      <FormFeedback state={state} labels={labels} fieldIdOf={idOf} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {intro}
      <div key={`fields:${state.seq}`}>
        {fields.map((spec) => (
          <Field key={spec.name} spec={spec} id={idOf(spec.name)} state={state} />
        ))}
      </div>
      <div className="pm-structure-form__buttons">
        {buttons.map((b) => (
          <button
            key={`${b.name ?? ""}:${b.value ?? b.label}`}
            type="submit"
            name={b.name}
            value={b.value}
            aria-label={b.accessibleName}
            className={`utrecht-button ${b.secondary ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}
            aria-disabled={pending || undefined}
            onClick={(event) => pending && event.preventDefault()}
          >
            {b.label}
          </button>
        ))}
      </div>
    </form>
  );
}
