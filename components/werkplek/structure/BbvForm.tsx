"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { addBbvIndicatorsForm } from "@/lib/structure/indicator-actions";
import type { BbvChoice } from "@/lib/structure/editor-loaders";
import type { GoalOption } from "@/lib/structure/indicator/data";
import { fieldId } from "../FormField";
import { FormFeedback } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";
import { SelectField, fieldKit, prefixedLabels, prefixedState } from "./form-parts";

const PREFIX = "bbv";

/**
 * The mandatory BBV beleidsindicatoren as a checklist, every one the
 * municipality does not have yet ticked: the preview is the list itself, and
 * one press adds the ticked ones in one transaction.
 */
export function BbvForm({ documentId, programmeId, goals, choices }: { documentId: string; programmeId: string; goals: GoalOption[]; choices: BbvChoice[] }) {
  const [state, formAction, pending] = useActionState(addBbvIndicatorsForm, INITIAL_FORM_STATE);
  const kit = fieldKit(state, PREFIX);
  const open = choices.filter((c) => c.presentIn === null).length;
  const errors = state.fieldErrors.keys;
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="BBV-beleidsindicatoren toevoegen">
      <FormFeedback state={prefixedState(state, PREFIX)} labels={prefixedLabels({ keys: "BBV-beleidsindicatoren", goalId: "Doelstelling" }, PREFIX)} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <p className="utrecht-paragraph">
        {open === choices.length
          ? `Alle ${choices.length} beleidsindicatoren zijn aangevinkt.`
          : `${open} van de ${choices.length} kunnen nog worden toegevoegd; de andere heeft de gemeente al en worden niet dubbel aangemaakt.`}{" "}
        Ze krijgen hun officiële naam, eenheid en bron, en lege cijfers in dit document.
      </p>
      <SelectField kit={kit} name="goalId" label="Onder doelstelling (niet verplicht)" saved="" options={[{ value: "", label: "Geen doelstelling" }, ...goals.map((g) => ({ value: g.id, label: g.label }))]} />
      <fieldset className="utrecht-form-fieldset" id={fieldId(`${PREFIX}.keys`)} aria-describedby={errors ? `${fieldId(`${PREFIX}.keys`)}-fout` : undefined}>
        <legend className="utrecht-form-fieldset__legend">Beleidsindicatoren</legend>
        {errors && (
          <p className="utrecht-form-field-error-message" id={`${fieldId(`${PREFIX}.keys`)}-fout`}>
            <span className="pm-visually-hidden">Fout: </span>
            {errors[0]}
          </p>
        )}
        <ul className="pm-bbv-list" key={state.seq}>
          {choices.map((c) => {
            const id = `bbv-${c.importKey.slice(4)}`;
            return (
              <li key={c.importKey} className="utrecht-form-field utrecht-form-field--checkbox">
                <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={id} name="keys" value={c.importKey} defaultChecked={c.presentIn === null} disabled={c.presentIn !== null} />{" "}
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                  <strong>{c.name}</strong> <span className="pm-muted">({c.unit}{c.sourceName ? `; ${c.sourceName}` : ""})</span>
                  {c.presentIn && <em> — al aanwezig in {c.presentIn}</em>}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="pm-entry-form__actions">
        <PendingButton pending={pending}>Aangevinkte beleidsindicatoren toevoegen</PendingButton>
      </div>
    </form>
  );
}
