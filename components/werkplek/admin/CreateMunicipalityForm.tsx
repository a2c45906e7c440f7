"use client";

import { useActionState } from "react";
import { createMunicipalityForm } from "@/lib/municipality/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { MAX_MUNICIPALITY_NAME_LENGTH } from "@/lib/municipality/schema";
import { MAX_NAME_LENGTH } from "@/lib/users/schema";
import { MAX_NUMBER_LENGTH } from "@/lib/validation/fields";
import { FormField, controlProps } from "../FormField";
import { FormFeedback, shownValue } from "./FormFeedback";
import { PendingButton } from "../PendingButton";

const LABELS: Record<string, string> = {
  cbsCode: "CBS-gemeentecode",
  name: "Naam",
  slug: "Webadres",
  inhabitants: "Inwoners",
  firstBeheerderEmail: "E-mailadres eerste beheerder",
  firstBeheerderName: "Naam eerste beheerder",
};

const FIELDS: { name: keyof typeof LABELS; description: string; inputMode?: "numeric" | "email"; autoComplete?: string; maxLength?: number }[] = [
  { name: "cbsCode", description: "GM met vier cijfers, bijvoorbeeld GM0637." },
  { name: "name", description: "Zoals de gemeente zichzelf noemt, bijvoorbeeld Midden-Groningen.", maxLength: MAX_MUNICIPALITY_NAME_LENGTH },
  { name: "slug", description: "Kleine letters, cijfers en streepjes; de openbare pagina komt op /<webadres>.", maxLength: 100 },
  {
    name: "inhabitants",
    description: "Niet verplicht. Aantal inwoners volgens het CBS, bijvoorbeeld 125.000.",
    inputMode: "numeric",
    maxLength: MAX_NUMBER_LENGTH,
  },
  {
    name: "firstBeheerderEmail",
    description: "Die persoon krijgt de rol beheerder en kan daarna gebruikers en instellingen beheren.",
    inputMode: "email",
    autoComplete: "email",
  },
  {
    name: "firstBeheerderName",
    description: "Alleen nodig als dit e-mailadres nog geen account heeft: dan wordt het aangemaakt en krijgt u een uitnodigingslink.",
    maxLength: MAX_NAME_LENGTH,
  },
];

/** A new municipality (platform administrator); works without JavaScript. */
export function CreateMunicipalityForm() {
  const [state, formAction, pending] = useActionState(createMunicipalityForm, INITIAL_FORM_STATE);
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Gemeente aanmaken">
      <FormFeedback state={state} labels={LABELS} />
      {FIELDS.map((f) => {
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
