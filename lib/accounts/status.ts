/**
 * What an account's row says about whether its owner can get in — shown to
 * beheerders so they know whether to send a new link. Pure.
 */
export type AccountStatus = "ACTIEF" | "UITGENODIGD" | "GEEN_WACHTWOORD" | "GEBLOKKEERD";

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  ACTIEF: "Actief",
  UITGENODIGD: "Uitgenodigd",
  GEEN_WACHTWOORD: "Geen wachtwoord",
  GEBLOKKEERD: "Geblokkeerd",
};

export interface AccountStatusInput {
  disabledAt: Date | null;
  hasPassword: boolean;
  /** The expiry of the newest link that still works, if any. */
  openLinkExpiresAt: Date | null;
}

export function accountStatus(account: AccountStatusInput): AccountStatus {
  if (account.disabledAt) return "GEBLOKKEERD";
  if (account.hasPassword) return "ACTIEF";
  // Without a password: waiting for a first password, or signing in through the organisation (OIDC) only.
  return account.openLinkExpiresAt ? "UITGENODIGD" : "GEEN_WACHTWOORD";
}

/** What account lists show about an account. */
export interface AccountSummary {
  status: AccountStatus;
  openLinkExpiresAt: Date | null;
  /** Demo accounts keep their shared password: no password links for them. */
  isDemo: boolean;
}
