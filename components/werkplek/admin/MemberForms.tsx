"use client";

import { useActionState } from "react";
import { addRoleForm, advisorProgrammesForm, removeRoleForm } from "@/lib/users/actions";
import { ROLES, ROLE_LABELS } from "@/lib/auth/permissions";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { MAX_NAME_LENGTH } from "@/lib/users/schema";
import { FormField, controlProps, describedBy, fieldId } from "../FormField";
import { FormFeedback, shownValue } from "./FormFeedback";
import { PendingButton } from "../PendingButton";

// The forms of the users-and-roles page. Each posts to its own Server Action
// and works without JavaScript; the server decides (membership.manage, the
// last-beheerder rule), these only offer what makes sense.

export function AddRoleForm({ municipalityId }: { municipalityId: string }) {
  const [state, formAction, pending] = useActionState(addRoleForm, INITIAL_FORM_STATE);
  const emailErrors = state.fieldErrors.email;
  const nameErrors = state.fieldErrors.name;
  const roleErrors = state.fieldErrors.role;
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Iemand toevoegen">
      <FormFeedback state={state} labels={{ email: "E-mailadres", name: "Naam", role: "Rol" }} />
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <FormField
        key={`email:${state.seq}`}
        name="email"
        label="E-mailadres"
        description="Het werkadres, bijvoorbeeld naam@gemeente.nl."
        errors={emailErrors}
      >
        <input
          {...controlProps("email", "textbox", { invalid: !!emailErrors, description: true })}
          type="email"
          autoComplete="off"
          defaultValue={shownValue(state, "email", "")}
        />
      </FormField>
      <FormField
        key={`name:${state.seq}`}
        name="name"
        label="Naam"
        description="Alleen nodig als deze persoon nog geen account heeft: dan wordt het account aangemaakt."
        errors={nameErrors}
      >
        <input
          {...controlProps("name", "textbox", { invalid: !!nameErrors, description: true })}
          type="text"
          autoComplete="off"
          maxLength={MAX_NAME_LENGTH}
          defaultValue={shownValue(state, "name", "")}
        />
      </FormField>
      <FormField key={`role:${state.seq}`} name="role" label="Rol" errors={roleErrors}>
        <select
          id={fieldId("role")}
          name="role"
          className={`utrecht-select utrecht-select--html-select${roleErrors ? " utrecht-select--invalid" : ""}`}
          aria-invalid={!!roleErrors || undefined}
          aria-describedby={describedBy("role", { errors: !!roleErrors })}
          defaultValue={shownValue(state, "role", "BELEIDSADVISEUR")}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </FormField>
      <div className="pm-entry-form__actions">
        <PendingButton pending={pending}>Toevoegen</PendingButton>
      </div>
    </form>
  );
}

export function AdvisorProgrammesForm({
  membershipId,
  userName,
  programmes,
  assigned,
}: {
  membershipId: string;
  userName: string;
  programmes: { id: string; number: string; name: string }[];
  assigned: string[];
}) {
  const [state, formAction, pending] = useActionState(advisorProgrammesForm, INITIAL_FORM_STATE);
  const legendId = `programmas-${membershipId}`;
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label={`Programma's van ${userName}`}>
      <FormFeedback state={state} labels={{ programmeIds: "Programma's" }} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <fieldset className="utrecht-form-fieldset" aria-labelledby={legendId}>
        <legend id={legendId} className="utrecht-form-fieldset__legend">
          Programma&apos;s van {userName} (beleidsadviseur)
        </legend>
        {programmes.length === 0 && <p className="utrecht-paragraph">Deze gemeente heeft nog geen programma&apos;s.</p>}
        {programmes.map((p) => {
          const id = `${membershipId}-${p.id}`;
          return (
            <div key={p.id} className="utrecht-form-field utrecht-form-field--checkbox">
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                id={id}
                name="programmeIds"
                value={p.id}
                defaultChecked={assigned.includes(p.id)}
              />{" "}
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                Programma {p.number} {p.name}
              </label>
            </div>
          );
        })}
      </fieldset>
      <div className="pm-entry-form__actions">
        <PendingButton pending={pending} secondary>
          Programma&apos;s opslaan
        </PendingButton>
      </div>
    </form>
  );
}

export function RemoveRoleForm({ membershipId, description }: { membershipId: string; description: string }) {
  const [state, formAction, pending] = useActionState(removeRoleForm, INITIAL_FORM_STATE);
  return (
    <form action={formAction} noValidate className="pm-inline-form" aria-label={`Rol weghalen: ${description}`}>
      <FormFeedback state={state} labels={{}} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <PendingButton pending={pending} secondary accessibleName={`Rol weghalen: ${description}`}>
        Rol weghalen
      </PendingButton>
    </form>
  );
}
