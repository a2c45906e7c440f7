import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadWorkplace } from "@/lib/users/loaders";
import { loadWorkplaceDocuments } from "@/lib/review/loaders";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { SignOutButton } from "../SignOutButton";

export const metadata: Metadata = { title: "Werkplek", robots: { index: false } };

export default async function WorkplacePage() {
  const workplace = await loadWorkplace();
  if (!workplace) redirect("/inloggen?callbackUrl=%2Fwerkplek");
  const { user, municipalities } = workplace;
  const documents = await loadWorkplaceDocuments(municipalities.map((m) => m.id));

  return (
    <>
      <div className="pm-werkplek__bar">
        <p className="utrecht-paragraph">
          Ingelogd als <strong>{user.name}</strong> ({user.email}) ·{" "}
          <Link className="utrecht-link" href="/werkplek/mijn-account">
            Mijn account
          </Link>
        </p>
        <SignOutButton />
      </div>

      <h1 className="utrecht-heading-1">Werkplek</h1>

      {user.isPlatformAdmin && (
        <p className="utrecht-paragraph pm-prose">
          U bent platformbeheerder: u kunt gemeenten aanmaken en accounts blokkeren of een nieuwe wachtwoordlink geven. Binnen een gemeente hebt u alleen de rollen die
          hieronder staan.
        </p>
      )}
      {(workplace.mayCreateMunicipality || workplace.mayListAccounts) && (
        <ul className="pm-role-list" aria-label="Platformbeheer">
          {workplace.mayCreateMunicipality && (
            <li>
              <Link className="utrecht-link" href="/werkplek/gemeenten/nieuw">
                Gemeente aanmaken
              </Link>
            </li>
          )}
          {workplace.mayListAccounts && (
            <li>
              <Link className="utrecht-link" href="/werkplek/accounts">
                Alle accounts
              </Link>
            </li>
          )}
        </ul>
      )}

      {municipalities.length === 0 ? (
        <p className="utrecht-paragraph pm-prose">
          U hebt nog geen rol bij een gemeente. Vraag de beheerder van uw gemeente om u toegang te geven.
        </p>
      ) : (
        <>
          <h2 className="utrecht-heading-2">Uw gemeenten en rollen</h2>
          <ul className="pm-card-list" aria-label="Uw gemeenten en rollen">
            {municipalities.map((m) => (
              <li key={m.id} className="pm-card">
                <h3 className="utrecht-heading-3">{m.name}</h3>
                <ul className="pm-role-list">
                  {m.roles.map((r) => (
                    <li key={r.role}>
                      <strong>{r.label}</strong>
                      {r.reachesWholeMunicipality
                        ? " — hele gemeente"
                        : r.programmes.length > 0
                          ? ` — ${r.programmes.length === 1 ? "programma" : "programma's"} ${r.programmes
                              .map((p) => `${p.number} ${p.name}`)
                              .join("; ")}`
                          : " — nog geen programma's toegewezen"}
                    </li>
                  ))}
                </ul>
                {(documents.get(m.id) ?? []).length > 0 && (
                  <>
                    <h4 className="utrecht-heading-4">Documenten</h4>
                    <ul className="pm-role-list" aria-label={`Documenten van ${m.name}`}>
                      {(documents.get(m.id) ?? []).map((d) => (
                        <li key={`${d.year}-${d.kind}`}>
                          <Link className="utrecht-link" href={`/werkplek/${m.slug}/${d.year}?stuk=${d.kind.toLowerCase()}`}>
                            {d.title}
                          </Link>{" "}
                          <span className="pm-muted">({DOCUMENT_STATUS_LABELS[d.status].toLowerCase()})</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {(m.mayManageMembers || m.mayEditSettings || m.mayCreateDocument) && (
                  <ul className="pm-role-list" aria-label={`Beheer van ${m.name}`}>
                    {m.mayCreateDocument && (
                      <li>
                        <Link className="utrecht-link" href={`/werkplek/${m.slug}/documenten/nieuw`}>
                          Nieuw document (begroting, bestuursrapportage, jaarstukken) voor {m.name}
                        </Link>
                      </li>
                    )}
                    {m.mayManageMembers && (
                      <li>
                        <Link className="utrecht-link" href={`/werkplek/${m.slug}/gebruikers`}>
                          Gebruikers en rollen van {m.name}
                        </Link>
                      </li>
                    )}
                    {m.mayEditSettings && (
                      <li>
                        <Link className="utrecht-link" href={`/werkplek/${m.slug}/instellingen`}>
                          Instellingen van {m.name}
                        </Link>
                      </li>
                    )}
                  </ul>
                )}
                <p className="utrecht-paragraph">
                  <Link className="utrecht-link" href={`/${m.slug}`}>
                    Openbare pagina van {m.name}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
