"use client";

import { useActionState } from "react";
import { municipalitySettingsForm } from "@/lib/municipality/actions";
import { DEVIATION_RULES, DEVIATION_RULE_LABELS } from "@/lib/municipality/schema";
import type { SettingsPage } from "@/lib/municipality/admin-loaders";
import { amountText, decimalText } from "../entry/entry-view";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { FormField, controlProps, fieldId } from "../FormField";
import { FormFeedback, shownValue } from "./FormFeedback";
import { PendingButton } from "../PendingButton";

const CONVENTION_NAMES: Record<SettingsPage["current"]["signConvention"], string> = {
  EXPENSES_NEGATIVE: "Lasten negatief, baten positief",
  ADVANTAGE_NEGATIVE: "Min is voordeel, zonder teken is nadeel",
  BOTH_POSITIVE: "Lasten en baten positief",
};

export const SETTINGS_LABELS: Record<string, string> = {
  signConvention: "Tekenconventie",
  thresholdAmount: "Bedrag",
  thresholdPercent: "Percentage",
  deviationRule: "Regel",
};

/** Sign convention and toelichtingsgrens; works without JavaScript (the form posts to a Server Action). */
export function SettingsForm({ data }: { data: SettingsPage }) {
  const [state, formAction, pending] = useActionState(municipalitySettingsForm, INITIAL_FORM_STATE);
  const { current } = data;
  const convention = shownValue(state, "signConvention", current.signConvention);
  const rule = shownValue(state, "deviationRule", current.deviationRule);
  const amountErrors = state.fieldErrors.thresholdAmount;
  const percentErrors = state.fieldErrors.thresholdPercent;

  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Instellingen">
      <FormFeedback state={state} labels={SETTINGS_LABELS} />
      <input type="hidden" name="municipalityId" value={data.municipality.id} />

      <fieldset className="utrecht-form-fieldset" id={fieldId("signConvention")} key={`sc:${state.seq}`}>
        <legend className="utrecht-form-fieldset__legend utrecht-heading-2">Tekenconventie</legend>
        <p className="utrecht-paragraph pm-prose">Hoe uw gemeente bedragen in haar tabellen afdrukt. De openbare pagina&apos;s volgen deze keuze.</p>
        {data.conventions.map((c) => (
          <div key={c.value} className="utrecht-form-field utrecht-form-field--radio">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              id={`${fieldId("signConvention")}-${c.value}`}
              name="signConvention"
              value={c.value}
              defaultChecked={convention === c.value}
              aria-describedby={`${fieldId("signConvention")}-${c.value}-legenda`}
            />{" "}
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${fieldId("signConvention")}-${c.value}`}>
              {CONVENTION_NAMES[c.value]}
            </label>
            <div className="utrecht-form-field-description" id={`${fieldId("signConvention")}-${c.value}-legenda`}>
              Legenda: {c.legend}
            </div>
          </div>
        ))}
      </fieldset>

      <fieldset className="utrecht-form-fieldset" key={`tg:${state.seq}`}>
        <legend className="utrecht-form-fieldset__legend utrecht-heading-2">Toelichtingsgrens</legend>
        <p className="utrecht-paragraph pm-prose">
          Een afwijking tussen realisatie en begroting na wijziging boven deze grens moet worden toegelicht. Laat een veld leeg als
          uw gemeente die grens niet heeft.
        </p>
        <FormField name="thresholdAmount" label="Bedrag (€)" description="In hele euro's, bijvoorbeeld 100.000." errors={amountErrors}>
          <input
            {...controlProps("thresholdAmount", "textbox", { invalid: !!amountErrors, description: true })}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={shownValue(state, "thresholdAmount", amountText(current.thresholdAmount))}
          />
        </FormField>
        <FormField name="thresholdPercent" label="Percentage (%)" description="Van de begroting na wijziging, 0 tot 100, met hoogstens 2 decimalen, bijvoorbeeld 2,5." errors={percentErrors}>
          <input
            {...controlProps("thresholdPercent", "textbox", { invalid: !!percentErrors, description: true })}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={shownValue(state, "thresholdPercent", decimalText(current.thresholdPercent, 0))}
          />
        </FormField>
        <fieldset className="utrecht-form-fieldset" id={fieldId("deviationRule")}>
          <legend className="utrecht-form-fieldset__legend">Wanneer is een toelichting nodig?</legend>
          {DEVIATION_RULES.map((r) => (
            <div key={r} className="utrecht-form-field utrecht-form-field--radio">
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                id={`${fieldId("deviationRule")}-${r}`}
                name="deviationRule"
                value={r}
                defaultChecked={rule === r}
              />{" "}
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${fieldId("deviationRule")}-${r}`}>
                {DEVIATION_RULE_LABELS[r]}
              </label>
            </div>
          ))}
        </fieldset>
      </fieldset>

      <div className="pm-entry-form__actions">
        <PendingButton pending={pending}>Instellingen opslaan</PendingButton>
      </div>
    </form>
  );
}
