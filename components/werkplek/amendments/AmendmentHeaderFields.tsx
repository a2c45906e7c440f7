import type { FormState } from "@/lib/forms/state";
import { AMENDMENT_AUTHORITIES, AUTHORITY_LABELS, MAX_AMENDMENT_REASON_LENGTH, MAX_DECISION_REFERENCE_LENGTH, type AmendmentAuthorityValue } from "@/lib/amendment/schema";
import { FormField, controlProps, fieldId } from "../FormField";
import { shownValue } from "../admin/FormFeedback";

export interface HeaderValues {
  number: string;
  date: string;
  authority: AmendmentAuthorityValue | "";
  decisionReference: string;
  reason: string;
}

export const HEADER_LABELS: Record<string, string> = {
  number: "Nummer",
  date: "Datum van het besluit",
  authority: "Wie stelt vast",
  decisionReference: "Raadsbesluit",
  reason: "Reden",
};

/** Number, date, authority, raadsbesluit and reason: the same fields when creating and when editing. */
export function AmendmentHeaderFields({ state, saved }: { state: FormState; saved: HeaderValues }) {
  const errors = state.fieldErrors;
  const value = (name: keyof HeaderValues) => shownValue(state, name, saved[name]);
  const authority = value("authority");
  return (
    <div key={`header:${state.seq}`}>
      <FormField name="number" label="Nummer" description="Zoals uw gemeente de wijziging nummert, bijvoorbeeld 2025-07." errors={errors.number}>
        <input {...controlProps("number", "textbox", { invalid: !!errors.number, description: true })} type="text" autoComplete="off" defaultValue={value("number")} />
      </FormField>
      <FormField name="date" label="Datum van het besluit" description="Mag leeg blijven zolang de wijziging concept is; nodig om vast te stellen." errors={errors.date}>
        <input {...controlProps("date", "textbox", { invalid: !!errors.date, description: true })} type="date" defaultValue={value("date")} />
      </FormField>
      <fieldset className="utrecht-form-fieldset" id={fieldId("authority")} aria-describedby={errors.authority ? `${fieldId("authority")}-fout` : undefined}>
        <legend className="utrecht-form-fieldset__legend">Wie stelt de wijziging vast?</legend>
        {errors.authority && (
          <p className="utrecht-form-field-error-message" id={`${fieldId("authority")}-fout`}>
            <span className="pm-visually-hidden">Fout: </span>
            {errors.authority[0]}
          </p>
        )}
        {AMENDMENT_AUTHORITIES.map((a) => (
          <div key={a} className="utrecht-form-field">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              id={`${fieldId("authority")}-${a}`}
              name="authority"
              value={a}
              defaultChecked={authority === a}
            />{" "}
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${fieldId("authority")}-${a}`}>
              {AUTHORITY_LABELS[a]}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField name="decisionReference" label="Raadsbesluit (kenmerk)" description="Verplicht als de raad de wijziging vaststelt." errors={errors.decisionReference}>
        <input
          {...controlProps("decisionReference", "textbox", { invalid: !!errors.decisionReference, description: true })}
          type="text"
          autoComplete="off"
          maxLength={MAX_DECISION_REFERENCE_LENGTH * 2}
          defaultValue={value("decisionReference")}
        />
      </FormField>
      <FormField name="reason" label="Reden" errors={errors.reason}>
        <textarea {...controlProps("reason", "textarea", { invalid: !!errors.reason })} rows={3} maxLength={MAX_AMENDMENT_REASON_LENGTH * 2} defaultValue={value("reason")} />
      </FormField>
    </div>
  );
}
