"use client";

import { useActionState } from "react";
import { changePasswordForm } from "@/lib/accounts/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { FormFeedback } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";
import { FormField, controlProps } from "../FormField";
import { NewPasswordFields, PASSWORD_LABELS } from "./PasswordFields";

export function ChangePasswordForm({ userId, email }: { userId: string; email: string }) {
  const [state, formAction, pending] = useActionState(changePasswordForm, INITIAL_FORM_STATE);
  const currentErrors = state.fieldErrors.currentPassword;
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Wachtwoord wijzigen">
      <FormFeedback state={state} labels={PASSWORD_LABELS} />
      <input type="hidden" name="userId" value={userId} />
      <FormField key={`current:${state.seq}`} name="currentPassword" label={PASSWORD_LABELS.currentPassword} errors={currentErrors}>
        <input
          {...controlProps("currentPassword", "textbox", { invalid: !!currentErrors })}
          type="password"
          autoComplete="current-password"
        />
      </FormField>
      <NewPasswordFields state={state} email={email} />
      <div className="pm-entry-form__actions">
<PendingButton pending={pending}>Wachtwoord wijzigen</PendingButton>
      </div>
    </form>
  );
}
