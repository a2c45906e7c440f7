"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/state";
import { FormFeedback } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";

/** One button that acts on one indicator or line (omhoog, omlaag, verwijderen), with its answer. */
export function StructureButtonForm({
  action,
  fields,
  label,
  accessibleName,
  secondary = true,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  accessibleName: string;
  secondary?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="pm-structure-button">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <PendingButton pending={pending} secondary={secondary} accessibleName={accessibleName}>
        {label}
      </PendingButton>
      <FormFeedback state={state} labels={{}} />
    </form>
  );
}
