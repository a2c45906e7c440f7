import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { MembersPage } from "@/lib/users/loaders";
import { AdvisorProgrammesForm, RemoveRoleForm } from "./MemberForms";
import { AccountActions } from "./AccountForms";
import { AccountStatusText } from "./AccountStatusText";

/** Everyone with a role in the municipality: per role its programmes and the forms to change or remove it. */
export function MemberTable({ data }: { data: MembersPage }) {
  const programmeName = new Map(data.programmes.map((p) => [p.id, `${p.number} ${p.name}`]));
  return (
    <ul className="pm-card-list" aria-label="Gebruikers en hun rollen">
      {data.members.map((member) => {
        const label = member.name ?? member.email;
        return (
          <li key={member.userId} className="pm-card">
            <h2 className="utrecht-heading-3">
              {label}
              {member.userId === data.currentUserId && " (u)"}
            </h2>
            <p className="utrecht-paragraph">
              {member.name !== null && <>{member.email} · </>}
              <AccountStatusText account={member.account} />
            </p>
            {member.name === null && (
              <p className="utrecht-paragraph pm-muted">
                Naam niet getoond: dit account wordt ook buiten {data.municipality.name} gebruikt. Blokkeren of een nieuwe
                wachtwoordlink gaat via de platformbeheerder.
              </p>
            )}
            {member.mayManageAccount && member.name !== null && (
              <AccountActions userId={member.userId} userName={member.name} account={member.account} />
            )}
            <ul className="pm-role-list">
              {member.roles.map((r) => (
                <li key={r.membershipId}>
                  <strong>{ROLE_LABELS[r.role]}</strong>
                  {r.role === "BELEIDSADVISEUR"
                    ? r.programmeIds.length > 0
                      ? ` — ${r.programmeIds.map((id) => programmeName.get(id) ?? "?").join("; ")}`
                      : " — nog geen programma's toegewezen"
                    : " — hele gemeente"}
                  {r.role === "BELEIDSADVISEUR" && (
                    <AdvisorProgrammesForm
                      membershipId={r.membershipId}
                      userName={label}
                      programmes={data.programmes}
                      assigned={r.programmeIds}
                    />
                  )}
                  <RemoveRoleForm membershipId={r.membershipId} description={`${ROLE_LABELS[r.role].toLowerCase()} bij ${label}`} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
