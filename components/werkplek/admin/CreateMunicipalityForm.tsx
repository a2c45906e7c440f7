"use client";

import { useActionState } from "react";
import { createMunicipalityForm } from "@/lib/municipality/actions";
import type { CbsChoice } from "@/lib/municipality/admin-loaders";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { MAX_NAME_LENGTH } from "@/lib/users/schema";
import { FormField, controlProps, describedBy, fieldId } from "../FormField";
import { FormFeedback, shownValue } from "./FormFeedback";
import { PendingButton } from "../PendingButton";

const LABELS: Record<string, string> = {
  cbsCode: "Gemeente",
  firstBeheerderEmail: "E-mailadres eerste beheerder",
  firstBeheerderName: "Naam eerste beheerder",
};

const PERSON_FIELDS: { name: "firstBeheerderEmail" | "firstBeheerderName"; description: string; inputMode?: "email"; autoComplete?: string; maxLength?: number }[] = [
  {
    name: "firstBeheerderEmail",
    description: "Die persoon krijgt de rol beheerder en kan daarna gebruikers en instellingen beheren.",
    inputMode: "email",
    autoComplete: "email",
  },
  {
    name: "firstBeheerderName",
    description: "Alleen nodig als dit e-mailadres nog geen account heeft: dan wordt het account aangemaakt en krijgt u een uitnodigingslink.",
    maxLength: MAX_NAME_LENGTH,
  },
];

/**
 * A new municipality (platform administrator); works without JavaScript.
 *
 * The municipality is a native <select> of the CBS list, grouped by province:
 * it needs no script, every browser and screen reader knows it, typing the
 * first letters jumps to a name, and a phone shows its own picker at 375 px.
 * A text input with a <datalist> was rejected: its suggestions are announced
 * unreliably and differ per browser, and it would let anything be typed.
 */
export function CreateMunicipalityForm({ choice }: { choice: CbsChoice }) {
  const [state, formAction, pending] = useActionState(createMunicipalityForm, INITIAL_FORM_STATE);
  const codeErrors = state.fieldErrors.cbsCode;
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Gemeente aanmaken">
      <FormFeedback state={state} labels={LABELS} />
      <FormField
        key={`cbsCode:${state.seq}`}
        name="cbsCode"
        label={LABELS.cbsCode}
        description="Uit de lijst van 342 gemeenten van het CBS (2025, bron: CBS). CBS-code, naam, webadres, provincie en inwonertal worden daaruit overgenomen."
        errors={codeErrors}
      >
        <select
          id={fieldId("cbsCode")}
          name="cbsCode"
          className={`utrecht-select utrecht-select--html-select${codeErrors ? " utrecht-select--invalid" : ""}`}
          aria-invalid={!!codeErrors || undefined}
          aria-describedby={describedBy("cbsCode", { description: true, errors: !!codeErrors })}
          defaultValue={shownValue(state, "cbsCode", "")}
        >
          <option value="">Kies een gemeente</option>
          {choice.map(({ province, municipalities }) => (
            <optgroup key={province} label={province}>
              {municipalities.map((m) => (
                <option key={m.cbsCode} value={m.cbsCode} disabled={m.exists}>
                  {m.exists ? `${m.name} (staat al in de monitor)` : m.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FormField>
      {PERSON_FIELDS.map((f) => {
        const errors = state.fieldErrors[f.name];
        return (
          <FormField key={`${f.name}:${state.seq}`} name={f.name} label={LABELS[f.name]} description={f.description} errors={errors}>
            <input
              {...controlProps(f.name, "textbox", { invalid: !!errors, description: true })}
              type="text"
              inputMode={f.inputMode}
              autoComplete={f.autoComplete ?? "off"}
              maxLength={f.maxLength}
              defaultValue={shownValue(state, f.name, "")}
            />
          </FormField>
        );
      })}
      <div className="pm-entry-form__actions">
        <PendingButton pending={pending}>Gemeente aanmaken</PendingButton>
      </div>
    </form>
  );
}
