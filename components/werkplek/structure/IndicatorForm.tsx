"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { addIndicatorForm, editIndicatorForm } from "@/lib/structure/indicator-actions";
import {
  DIRECTION_LABELS,
  FREQUENCY_LABELS,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_UNITS,
  MAX_INDICATOR_DEFINITION_LENGTH,
  MAX_INDICATOR_NAME_LENGTH,
  MAX_SOURCE_NAME_LENGTH,
  MAX_UNIT_LABEL_LENGTH,
  UNIT_LABELS,
} from "@/lib/structure/indicator-schema";
import type { GoalOption } from "@/lib/structure/indicator/data";
import { FormFeedback } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";
import { CheckboxField, SelectField, TextAreaField, TextField, fieldKit, prefixedLabels, prefixedState } from "./form-parts";

export const INDICATOR_LABELS: Record<string, string> = {
  name: "Naam",
  definition: "Definitie",
  unit: "Eenheid",
  unitLabel: "Eenheid in woorden",
  decimals: "Aantal decimalen",
  direction: "Richting",
  sourceName: "Bron",
  frequency: "Meetfrequentie",
  goalId: "Doelstelling",
  dimensionName: "Uitsplitsing",
  minValue: "Laagste waarde",
  maxValue: "Hoogste waarde",
  keys: "BBV-beleidsindicatoren",
};

export interface IndicatorValues {
  name: string;
  definition: string;
  unit: string;
  unitLabel: string;
  decimals: string;
  direction: string;
  sourceName: string;
  frequency: string;
  bbvMandatory: boolean;
  goalId: string;
  dimensionName: string;
  minValue: string;
  maxValue: string;
}

export const NEW_INDICATOR: IndicatorValues = {
  name: "",
  definition: "",
  unit: "PERCENTAGE",
  unitLabel: "",
  decimals: "1",
  direction: "HIGHER_IS_BETTER",
  sourceName: "",
  frequency: "YEARLY",
  bbvMandatory: false,
  goalId: "",
  dimensionName: "",
  minValue: "",
  maxValue: "",
};

type Props = {
  documentId: string;
  goals: GoalOption[];
  saved: IndicatorValues;
} & ({ mode: "add"; programmeId: string } | { mode: "edit"; indicatorId: string; official: boolean });

/** Adding an indicator, or editing one: the same fields. A BBV indicator's official name and unit are read-only. */
export function IndicatorForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.mode === "add" ? addIndicatorForm : editIndicatorForm, INITIAL_FORM_STATE);
  const prefix = props.mode === "add" ? "nieuw" : props.indicatorId;
  const kit = fieldKit(state, prefix);
  const official = props.mode === "edit" && props.official;
  const { saved } = props;
  const goals = [{ value: "", label: "Geen doelstelling" }, ...props.goals.map((g) => ({ value: g.id, label: g.label }))];
  return (
    <form action={formAction} noValidate className="pm-admin-form pm-structure-form" aria-label={props.mode === "add" ? "Nieuwe indicator" : `Indicator ${saved.name} wijzigen`}>
      <FormFeedback state={prefixedState(state, prefix)} labels={prefixedLabels(INDICATOR_LABELS, prefix)} />
      <input type="hidden" name="documentId" value={props.documentId} />
      {props.mode === "add" ? <input type="hidden" name="programmeId" value={props.programmeId} /> : <input type="hidden" name="indicatorId" value={props.indicatorId} />}
      <div key={state.seq}>
        {official ? (
          <>
            <ReadOnly label="Naam (officieel, BBV)" value={saved.name} />
            <input type="hidden" name="name" value={saved.name} />
            <input type="hidden" name="unit" value={saved.unit} />
            <input type="hidden" name="unitLabel" value={saved.unitLabel} />
            <ReadOnly label="Eenheid (officieel, BBV)" value={saved.unit === "OVERIG" ? saved.unitLabel : UNIT_LABELS[saved.unit as keyof typeof UNIT_LABELS]} />
          </>
        ) : (
          <>
            <TextField kit={kit} name="name" label="Naam" saved={saved.name} maxLength={MAX_INDICATOR_NAME_LENGTH} />
            <SelectField kit={kit} name="unit" label="Eenheid" saved={saved.unit} options={INDICATOR_UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))} />
            <TextField
              kit={kit}
              name="unitLabel"
              label="Eenheid in woorden (bij een andere eenheid)"
              description="Zoals de gemeente hem drukt, bijvoorbeeld “per 1.000 inwoners”, “kg per inwoner” of “x € 1.000”."
              saved={saved.unitLabel}
              maxLength={MAX_UNIT_LABEL_LENGTH}
            />
          </>
        )}
        <TextAreaField kit={kit} name="definition" label="Definitie (niet verplicht)" saved={saved.definition} maxLength={MAX_INDICATOR_DEFINITION_LENGTH} />
        <TextField kit={kit} name="decimals" label="Aantal decimalen (0 tot en met 4)" saved={saved.decimals} inputMode="numeric" maxLength={2} />
        <SelectField kit={kit} name="direction" label="Richting" saved={saved.direction} options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }))} />
        <TextField kit={kit} name="sourceName" label="Bron (niet verplicht)" description="Bijvoorbeeld Stadspeiling, CBS of eigen registratie." saved={saved.sourceName} maxLength={MAX_SOURCE_NAME_LENGTH} />
        <SelectField kit={kit} name="frequency" label="Meetfrequentie" saved={saved.frequency} options={INDICATOR_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))} />
        <SelectField kit={kit} name="goalId" label="Doelstelling" saved={saved.goalId} options={goals} />
        <TextField kit={kit} name="dimensionName" label="Uitsplitsing (niet verplicht)" description="De naam waarnaar waarden worden uitgesplitst, bijvoorbeeld “Kanaal” of “Wijk”." saved={saved.dimensionName} maxLength={100} />
        <TextField kit={kit} name="minValue" label="Laagste waarde (niet verplicht)" description="Leeg: de gewone grenzen van de eenheid." saved={saved.minValue} inputMode="decimal" />
        <TextField kit={kit} name="maxValue" label="Hoogste waarde (niet verplicht)" saved={saved.maxValue} inputMode="decimal" />
        <CheckboxField kit={kit} name="bbvMandatory" label="BBV-verplichte indicator" saved={saved.bbvMandatory} disabled={official} />
      </div>
      <div className="pm-entry-form__actions">
        <PendingButton pending={pending}>{props.mode === "add" ? "Indicator toevoegen" : "Wijzigingen opslaan"}</PendingButton>
      </div>
    </form>
  );
}

function ReadOnly({ label, value }: { label: string; value: string }) {
  return (
    <div className="utrecht-form-field">
      <p className="utrecht-paragraph">
        <span className="utrecht-form-label">{label}</span>
        <br />
        {value}
      </p>
    </div>
  );
}
