"use client";

import { useActionState } from "react";
import { setPasswordForm } from "@/lib/accounts/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { FormFeedback } from "../admin/FormFeedback";
import { PendingButton } from "../PendingButton";
import { NewPasswordFields, PASSWORD_LABELS } from "./PasswordFields";

/** Choose a password through a one-time link; on success the server sends the user to the sign-in page. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState(setPasswordForm, INITIAL_FORM_STATE);
  return (
    <form action={formAction} noValidate className="pm-admin-form" aria-label="Wachtwoord instellen">
      <FormFeedback state={state} labels={PASSWORD_LABELS} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} email={email} />
      <div className="pm-entry-form__actions">
<PendingButton pending={pending}>Wachtwoord instellen</PendingButton>
      </div>
    </form>
  );
}
