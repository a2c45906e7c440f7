"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { addBudgetLineForm, editBudgetLineForm } from "@/lib/structure/budget-line-actions";
import { BUDGET_CATEGORIES, MAX_LINE_LABEL_LENGTH, MAX_PRODUCT_LENGTH } from "@/lib/structure/budget-line-schema";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import type { TaakveldGroup } from "@/lib/structure/editor-loaders";
import type { GoalOption } from "@/lib/structure/indicator/data";
import { FormFeedback } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";
import { CheckboxField, SelectField, TextField, fieldKit, prefixedLabels, prefixedState } from "./form-parts";

export const LINE_LABELS: Record<string, string> = {
  category: "Soort",
  label: "Omschrijving",
  product: "Product",
  functionCode: "Taakveld",
  goalId: "Doelstelling",
};

export interface LineValues {
  category: string;
  label: string;
  product: string;
  functionCode: string;
  goalId: string;
  incidental: boolean;
}

export const NEW_LINE: LineValues = { category: "EXPENSES", label: "", product: "", functionCode: "", goalId: "", incidental: false };

type Props = {
  documentId: string;
  goals: GoalOption[];
  taakvelden: TaakveldGroup[];
  saved: LineValues;
} & ({ mode: "add"; programmeId: string } | { mode: "edit"; budgetLineId: string });

/** Adding a begrotingspost, or editing one: the same fields; the taakveld from the CBS list, grouped by hoofdfunctie. */
export function BudgetLineForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.mode === "add" ? addBudgetLineForm : editBudgetLineForm, INITIAL_FORM_STATE);
  const prefix = props.mode === "add" ? "nieuw" : props.budgetLineId;
  const kit = fieldKit(state, prefix);
  const { saved } = props;
  return (
    <form action={formAction} noValidate className="pm-admin-form pm-structure-form" aria-label={props.mode === "add" ? "Nieuwe begrotingspost" : `Begrotingspost ${saved.label} wijzigen`}>
      <FormFeedback state={prefixedState(state, prefix)} labels={prefixedLabels(LINE_LABELS, prefix)} />
      <input type="hidden" name="documentId" value={props.documentId} />
      {props.mode === "add" ? <input type="hidden" name="programmeId" value={props.programmeId} /> : <input type="hidden" name="budgetLineId" value={props.budgetLineId} />}
      <div key={state.seq}>
        <SelectField kit={kit} name="category" label="Soort" saved={saved.category} options={BUDGET_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))} />
        <TextField kit={kit} name="label" label="Omschrijving" saved={saved.label} maxLength={MAX_LINE_LABEL_LENGTH} />
        <TextField kit={kit} name="product" label="Product (niet verplicht)" description="Zoals de begroting het noemt, bijvoorbeeld “Burgerzaken”." saved={saved.product} maxLength={MAX_PRODUCT_LENGTH} />
        <SelectField
          kit={kit}
          name="functionCode"
          label="Iv3-taakveld"
          description="Uit de lijst van het CBS (2025), gegroepeerd per hoofdfunctie."
          saved={saved.functionCode}
          options={[{ value: "", label: "Nog geen taakveld" }]}
          groups={props.taakvelden.map((g) => ({ label: g.label, options: g.options.map((o) => ({ value: o.code, label: o.label })) }))}
        />
        <SelectField kit={kit} name="goalId" label="Doelstelling" saved={saved.goalId} options={[{ value: "", label: "Geen doelstelling" }, ...props.goals.map((g) => ({ value: g.id, label: g.label }))]} />
        <CheckboxField kit={kit} name="incidental" label="Incidenteel (voor het overzicht incidentele baten en lasten)" saved={saved.incidental} />
      </div>
      <div className="pm-entry-form__actions">
        <PendingButton pending={pending}>{props.mode === "add" ? "Begrotingspost toevoegen" : "Wijzigingen opslaan"}</PendingButton>
      </div>
    </form>
  );
}
