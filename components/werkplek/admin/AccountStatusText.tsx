import { ACCOUNT_STATUS_LABELS, type AccountSummary } from "@/lib/accounts/status";
import { formatDateTime } from "@/lib/audit/format";

/** "Uitgenodigd (link geldig tot 30-11-2026 14:00)": what a beheerder needs to know before sending a new link. */
export function AccountStatusText({ account }: { account: AccountSummary }) {
  const label = ACCOUNT_STATUS_LABELS[account.status];
  if (account.status === "UITGENODIGD" && account.openLinkExpiresAt) {
    return <>{`${label} (link geldig tot ${formatDateTime(account.openLinkExpiresAt.toISOString())})`}</>;
  }
  if (account.status === "GEEN_WACHTWOORD") return <>{`${label}: inloggen kan alleen via de organisatie, of na een nieuwe uitnodigingslink`}</>;
  return <>{label}</>;
}
