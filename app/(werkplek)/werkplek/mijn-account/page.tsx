import type { Metadata } from "next";
import { loadOwnAccountPage } from "@/lib/accounts/loaders";
import { formatDateTime } from "@/lib/audit/format";
import { DEMO_PASSWORD_FIXED } from "@/lib/accounts/messages";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ChangePasswordForm } from "@/components/werkplek/account/ChangePasswordForm";
import { resolveLoad } from "../resolve";

export const metadata: Metadata = { title: "Mijn account", robots: { index: false } };

export default async function OwnAccountPage() {
  const account = resolveLoad(await loadOwnAccountPage(), "/werkplek/mijn-account");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/werkplek", label: "Werkplek" }]} current="Mijn account" />
      <h1 className="utrecht-heading-1">Mijn account</h1>
      <dl className="pm-definition-list">
        <dt>Naam</dt>
        <dd>{account.name}</dd>
        <dt>E-mailadres</dt>
        <dd>{account.email}</dd>
        {account.passwordChangedAt && (
          <>
            <dt>Wachtwoord laatst ingesteld</dt>
            <dd>{formatDateTime(account.passwordChangedAt.toISOString())}</dd>
          </>
        )}
      </dl>
      <h2 className="utrecht-heading-2">Wachtwoord wijzigen</h2>
      {account.isDemo ? (
        <p className="utrecht-paragraph pm-prose">{DEMO_PASSWORD_FIXED}</p>
      ) : account.hasPassword ? (
        <>
          <p className="utrecht-paragraph pm-prose">
            Na het wijzigen blijft u hier ingelogd; op andere apparaten en browsers moet u opnieuw inloggen.
          </p>
          <ChangePasswordForm userId={account.id} email={account.email} />
        </>
      ) : (
        <p className="utrecht-paragraph pm-prose">
          Uw account heeft geen wachtwoord
          {account.organisationSignIn ? `: u logt in via ${account.organisationSignIn}.` : "."} Wilt u toch met een
          wachtwoord inloggen, vraag dan de beheerder van uw gemeente om een link.
        </p>
      )}
    </>
  );
}
