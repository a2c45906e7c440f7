import type { ReactNode } from "react";
import type { FormState } from "@/lib/forms/state";
import { FormField, controlProps, describedBy, fieldId } from "../FormField";
import { shownValue } from "../admin/FormFeedback";

// Fields of the structure editors. One page holds several forms (one per
// indicator or line), so each form's element ids carry a prefix while the
// posted names stay plain; the feedback links to the prefixed ids.

export interface FieldKit {
  state: FormState;
  prefix: string;
  id: (name: string) => string;
  value: (name: string, saved: string) => string;
  errors: (name: string) => string[] | undefined;
}

export function fieldKit(state: FormState, prefix: string): FieldKit {
  return {
    state,
    prefix,
    id: (name) => `${prefix}.${name}`,
    value: (name, saved) => shownValue(state, name, saved),
    errors: (name) => state.fieldErrors[name],
  };
}

/** The state with its error keys prefixed, for FormFeedback's links to the fields. */
export function prefixedState(state: FormState, prefix: string): FormState {
  return { ...state, fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors).map(([k, v]) => [`${prefix}.${k}`, v])) };
}

export function prefixedLabels(labels: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${prefix}.${k}`, v]));
}

export function TextField({ kit, name, label, saved, description, maxLength, inputMode }: { kit: FieldKit; name: string; label: string; saved: string; description?: ReactNode; maxLength?: number; inputMode?: "decimal" | "numeric" }) {
  const errors = kit.errors(name);
  return (
    <FormField name={kit.id(name)} label={label} description={description} errors={errors}>
      <input
        {...controlProps(kit.id(name), "textbox", { invalid: !!errors, description: !!description })}
        name={name}
        type="text"
        autoComplete="off"
        inputMode={inputMode}
        maxLength={maxLength}
        defaultValue={kit.value(name, saved)}
      />
    </FormField>
  );
}

export function TextAreaField({ kit, name, label, saved, maxLength }: { kit: FieldKit; name: string; label: string; saved: string; maxLength?: number }) {
  const errors = kit.errors(name);
  return (
    <FormField name={kit.id(name)} label={label} errors={errors}>
      <textarea {...controlProps(kit.id(name), "textarea", { invalid: !!errors })} name={name} rows={3} maxLength={maxLength} defaultValue={kit.value(name, saved)} />
    </FormField>
  );
}

export interface SelectGroup {
  label: string;
  options: { value: string; label: string }[];
}

export function SelectField({ kit, name, label, saved, options, groups, description }: { kit: FieldKit; name: string; label: string; saved: string; options?: { value: string; label: string }[]; groups?: SelectGroup[]; description?: ReactNode }) {
  const errors = kit.errors(name);
  const id = kit.id(name);
  return (
    <FormField name={id} label={label} errors={errors} description={description}>
      <select
        id={fieldId(id)}
        name={name}
        className={`utrecht-select utrecht-select--html-select${errors ? " utrecht-select--invalid" : ""}`}
        aria-invalid={!!errors || undefined}
        aria-describedby={describedBy(id, { errors: !!errors, description: !!description })}
        defaultValue={kit.value(name, saved)}
      >
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FormField>
  );
}

export function CheckboxField({ kit, name, label, saved, disabled }: { kit: FieldKit; name: string; label: string; saved: boolean; disabled?: boolean }) {
  const id = fieldId(kit.id(name));
  const checked = kit.value(name, saved ? "on" : "") === "on";
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={id} name={name} defaultChecked={checked} disabled={disabled} />{" "}
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
      </label>
      {/* A disabled box posts nothing: keep its value. */}
      {disabled && checked && <input type="hidden" name={name} value="on" />}
    </div>
  );
}
