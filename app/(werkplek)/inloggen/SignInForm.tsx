"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { signInWithPassword } from "@/lib/auth/actions";
import { INITIAL_SIGN_IN_STATE, type SignInField } from "@/lib/auth/schema";

// E-mail + password through a Server Action: a plain POST that works before
// (or without) JavaScript; with JavaScript the error summary gets focus.

const FIELD_LABELS: Record<SignInField, string> = { email: "E-mailadres", password: "Wachtwoord" };

function Field({
  id,
  label,
  errors,
  children,
}: {
  id: SignInField;
  label: string;
  errors: string[] | undefined;
  children: ReactNode;
}) {
  const invalid = (errors?.length ?? 0) > 0;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${invalid ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
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

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const [state, formAction, pending] = useActionState(signInWithPassword, INITIAL_SIGN_IN_STATE);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  const errors = state.status === "error" ? state.fieldErrors : {};
  const listed = (Object.keys(FIELD_LABELS) as SignInField[]).flatMap((field) =>
    (errors[field] ?? []).map((message) => ({ field, message })),
  );
  const textbox = (field: SignInField) => {
    const invalid = (errors[field]?.length ?? 0) > 0;
    return {
      id: field,
      name: field,
      className: `utrecht-textbox utrecht-textbox--html-input${invalid ? " utrecht-textbox--invalid" : ""}`,
      "aria-invalid": invalid || undefined,
      "aria-describedby": invalid ? `${field}-fout` : undefined,
      required: true,
    };
  };

  return (
    <form action={formAction} noValidate className="pm-signin">
      {state.status === "error" && (
        <div
          ref={summary}
          tabIndex={-1}
          className="utrecht-alert utrecht-alert--error"
          role="group"
          aria-labelledby="inloggen-fouten"
        >
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <h2 id="inloggen-fouten" className="utrecht-heading-2">
                Inloggen is niet gelukt
              </h2>
              <p className="utrecht-paragraph">{state.message}</p>
              {listed.length > 0 && (
                <ul>
                  {listed.map(({ field, message }) => (
                    <li key={`${field}:${message}`}>
                      <a href={`#${field}`}>{message}</a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </div>
      )}

      <input type="hidden" name="callbackUrl" value={callbackPath} />

      <Field id="email" label={FIELD_LABELS.email} errors={errors.email}>
        <input
          {...textbox("email")}
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={state.status === "error" ? state.email : ""}
          key={state.status === "error" ? `email-${state.email}` : "email"}
        />
      </Field>

      <Field id="password" label={FIELD_LABELS.password} errors={errors.password}>
        <input {...textbox("password")} type="password" autoComplete="current-password" />
      </Field>

      <button
        type="submit"
        className="utrecht-button utrecht-button--primary-action"
        aria-disabled={pending || undefined}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        {pending ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}
