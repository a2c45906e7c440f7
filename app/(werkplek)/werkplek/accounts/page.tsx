import type { Metadata } from "next";
import { loadAccountsPage } from "@/lib/accounts/loaders";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ScrollTable } from "@/components/layout/ScrollTable";
import { AccountActions } from "@/components/werkplek/admin/AccountForms";
import { AccountStatusText } from "@/components/werkplek/admin/AccountStatusText";
import { resolveLoad } from "../resolve";

export const metadata: Metadata = { title: "Alle accounts", robots: { index: false } };

/** Platform administrators: every account, where it has roles, and whether it can get in. */
export default async function AccountsPage() {
  const { accounts } = resolveLoad(await loadAccountsPage(), "/werkplek/accounts");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/werkplek", label: "Werkplek" }]} current="Alle accounts" />
      <h1 className="utrecht-heading-1">Alle accounts</h1>
      <p className="utrecht-paragraph pm-prose">
        Iedereen met een account op dit platform. Rollen geeft de beheerder van een gemeente; u kunt hier een account
        blokkeren of deblokkeren en een link maken waarmee iemand een (nieuw) wachtwoord kiest.
      </p>
      <ScrollTable title={`Alle accounts (${accounts.length})`}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Naam</th>
            <th scope="col" className="utrecht-table__header-cell">E-mailadres</th>
            <th scope="col" className="utrecht-table__header-cell">Rollen</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            <th scope="col" className="utrecht-table__header-cell">Acties</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {accounts.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {a.name}
                {a.isPlatformAdmin && <span className="pm-muted"> (platformbeheerder)</span>}
              </th>
              <td className="utrecht-table__cell">{a.email}</td>
              <td className="utrecht-table__cell">
                {a.roles.length === 0
                  ? "geen"
                  : a.roles.map((r) => `${ROLE_LABELS[r.role]} bij ${r.municipality}`).join("; ")}
              </td>
              <td className="utrecht-table__cell">
                <AccountStatusText account={a} />
              </td>
              <td className="utrecht-table__cell">
                {a.mayManage ? <AccountActions userId={a.id} userName={a.name} account={a} /> : <span className="pm-muted">uw eigen account</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
