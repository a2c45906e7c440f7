import type { ReactNode } from "react";

// One labelled form field in the NL Design System's shape: label, optional
// description, errors (announced through aria-describedby), the control.
// Shared by the workplace forms; renders on the server and in client forms.

/** The element id of the control posted under `name` ("indicators.0.actual" → "veld-indicators-0-actual"). */
export function fieldId(name: string): string {
  return `veld-${name.replace(/\./g, "-")}`;
}

/** aria-describedby for a control: its description and error ids, when present. */
export function describedBy(name: string, parts: { description?: boolean; errors?: boolean; extra?: string[] }): string | undefined {
  const ids = [
    ...(parts.description ? [`${fieldId(name)}-uitleg`] : []),
    ...(parts.errors ? [`${fieldId(name)}-fout`] : []),
    ...(parts.extra ?? []),
  ];
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FormField({
  name,
  label,
  description,
  errors,
  className,
  controlId,
  children,
}: {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  errors?: string[];
  className?: string;
  /** The control's id when several forms on one page post the same names; else fieldId(name). */
  controlId?: string;
  children: ReactNode;
}) {
  const invalid = (errors?.length ?? 0) > 0;
  const id = controlId ?? fieldId(name);
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${invalid ? " utrecht-form-field--invalid" : ""} ${className ?? ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-uitleg`}>
          {description}
        </div>
      )}
      {invalid && (
        <div className="utrecht-form-field__error-message" id={`${id}-fout`}>
          {errors!.map((message) => (
            <p key={message} className="utrecht-form-field-error-message">
              <span className="pm-visually-hidden">Fout: </span>
              {message}
            </p>
          ))}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** Classes and ARIA of a text control, so every field is marked up the same way. */
export function controlProps(name: string, kind: "textbox" | "textarea", opts: { invalid: boolean; description?: boolean; extra?: string[] }) {
  const base = kind === "textbox" ? "utrecht-textbox utrecht-textbox--html-input" : "utrecht-textarea utrecht-textarea--html-textarea";
  return {
    id: fieldId(name),
    name,
    className: `${base}${opts.invalid ? ` utrecht-${kind}--invalid` : ""}`,
    "aria-invalid": opts.invalid || undefined,
    "aria-describedby": describedBy(name, { description: opts.description, errors: opts.invalid, extra: opts.extra }),
  };
}

/** The errors of one field in a table row, under the id the control's aria-describedby names. */
export function FieldErrors({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={`${fieldId(name)}-fout`}>
      {errors.map((m) => (
        <p key={m} className="utrecht-form-field-error-message">
          <span className="pm-visually-hidden">Fout: </span>
          {m}
        </p>
      ))}
    </div>
  );
}
