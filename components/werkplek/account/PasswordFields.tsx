import type { FormState } from "@/lib/forms/state";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/schema";
import { FormField, controlProps } from "../FormField";

// The new-password pair shared by "set a password" and "change my password".
// A hidden username field lets password managers store the right entry.

export const PASSWORD_LABELS = {
  currentPassword: "Huidig wachtwoord",
  password: "Nieuw wachtwoord",
  confirmation: "Herhaal het nieuwe wachtwoord",
};

export function NewPasswordFields({ state, email }: { state: FormState; email: string }) {
  const passwordErrors = state.fieldErrors.password;
  const confirmationErrors = state.fieldErrors.confirmation;
  return (
    <>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField
        key={`password:${state.seq}`}
        name="password"
        label={PASSWORD_LABELS.password}
        description={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
        errors={passwordErrors}
      >
        <input
          {...controlProps("password", "textbox", { invalid: !!passwordErrors, description: true })}
          type="password"
          autoComplete="new-password"
        />
      </FormField>
      <FormField key={`confirmation:${state.seq}`} name="confirmation" label={PASSWORD_LABELS.confirmation} errors={confirmationErrors}>
        <input
          {...controlProps("confirmation", "textbox", { invalid: !!confirmationErrors })}
          type="password"
          autoComplete="new-password"
        />
      </FormField>
    </>
  );
}
