"use client";

import { useActionState } from "react";
import { blockAccountForm, passwordLinkForm, unblockAccountForm } from "@/lib/accounts/actions";
import type { AccountSummary } from "@/lib/accounts/status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/state";
import { FormFeedback } from "./FormFeedback";
import { PendingButton } from "../PendingButton";

// Block, unblock and new password link for one account. Offered only when
// `can(user, "account.manage", account)` said yes; the actions check again.

type AccountFormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

function AccountActionForm({ action, label, userId, userName }: { action: AccountFormAction; label: string; userId: string; userName: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} noValidate className="pm-inline-form" aria-label={`${label}: ${userName}`}>
      <FormFeedback state={state} labels={{}} />
      <input type="hidden" name="userId" value={userId} />
      <PendingButton pending={pending} secondary accessibleName={`${label}: ${userName}`}>
        {label}
      </PendingButton>
    </form>
  );
}

/**
 * The block/unblock form keeps its place (and its answer) when the account
 * changes state, so the confirmation stays readable after the page refreshes.
 */
export function AccountActions({ userId, userName, account }: { userId: string; userName: string; account: AccountSummary }) {
  const { status } = account;
  const blocked = status === "GEBLOKKEERD";
  return (
    <div className="pm-account-actions">
      <AccountActionForm
        key="blokkeren"
        action={blocked ? unblockAccountForm : blockAccountForm}
        label={blocked ? "Account deblokkeren" : "Account blokkeren"}
        userId={userId}
        userName={userName}
      />
      {!blocked && !account.isDemo && (
        <AccountActionForm
          key="link"
          action={passwordLinkForm}
          label={status === "ACTIEF" ? "Link voor nieuw wachtwoord maken" : "Nieuwe uitnodigingslink maken"}
          userId={userId}
          userName={userName}
        />
      )}
    </div>
  );
}
