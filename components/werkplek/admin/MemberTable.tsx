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
      {data.members.map((member) => (
        <li key={member.userId} className="pm-card">
          <h2 className="utrecht-heading-3">
            {member.name}
            {member.userId === data.currentUserId && " (u)"}
          </h2>
          <p className="utrecht-paragraph">
            {member.email} · <AccountStatusText account={member.account} />
          </p>
          {member.mayManageAccount && <AccountActions userId={member.userId} userName={member.name} account={member.account} />}
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
                    userName={member.name}
                    programmes={data.programmes}
                    assigned={r.programmeIds}
                  />
                )}
                <RemoveRoleForm membershipId={r.membershipId} description={`${ROLE_LABELS[r.role].toLowerCase()} bij ${member.name}`} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
