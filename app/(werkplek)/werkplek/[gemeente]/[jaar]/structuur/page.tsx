import type { Metadata } from "next";
import Link from "next/link";
import { loadStructureOverview } from "@/lib/structure/loaders";
import { documentSlug } from "@/lib/review/document-slug";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { createProgrammeForm, deleteProgrammeForm, editProgrammeForm, moveProgrammeForm } from "@/lib/structure/actions";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { StructureForm } from "@/components/werkplek/structure/StructureForm";
import { orderButtons } from "@/components/werkplek/structure/order-buttons";
import { RemoveConfirm, removeLabel } from "@/components/werkplek/structure/RemoveConfirm";
import { firstParam, parseYear, resolveLoad } from "../../../resolve";
import { workplaceProgrammeStructureHref, workplaceStructureHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Opbouw bewerken", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function StructurePage({ params, searchParams }: Props) {
  const { gemeente, jaar } = await params;
  const search = await searchParams;
  const kind = firstParam(search.stuk);
  const removeId = firstParam(search.verwijder);
  const year = parseYear(jaar);
  const path = workplaceStructureHref(gemeente, year);
  const data = resolveLoad(await loadStructureOverview(gemeente, year, kind), path);
  const { municipality, document, programmes, mayEdit } = data;
  const query = `?stuk=${documentSlug(document)}`;
  const base = `/werkplek/${encodeURIComponent(gemeente)}/${year}`;
  const hidden = { documentId: document.id };
  const toRemove = programmes.find((p) => p.id === removeId) ?? null;

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `${base}${query}`, label: document.title },
        ]}
        current="Opbouw"
      />
      <h1 className="utrecht-heading-1">Opbouw van {document.title}</h1>
      <p className="utrecht-paragraph pm-prose">
        {municipality.name} · status: <strong>{DOCUMENT_STATUS_LABELS[document.status]}</strong>. De programma&apos;s van dit
        document, in de volgorde van het document. Per programma bewerkt u de doelenboom en de activiteiten, de indicatoren
        en de begrotingsposten.
        {!mayEdit && document.status === "CONCEPT" && " U kunt de opbouw lezen; alleen een controller of beheerder wijzigt haar."}
        {document.status !== "CONCEPT" && ` Dit document is ${DOCUMENT_STATUS_LABELS[document.status].toLowerCase()}: de opbouw kan niet meer worden gewijzigd.`}
      </p>

      {mayEdit && removeId !== undefined && (
        <RemoveConfirm
          action={deleteProgrammeForm}
          backHref={`${path}${query}`}
          target={
            toRemove && {
              subject: `Programma ${toRemove.number} ${toRemove.name}`,
              removal: toRemove.removal,
              hidden: { ...hidden, programmeId: toRemove.id },
              year: document.year,
              alsoRemoved: "zijn doelen, activiteiten, indicatoren en begrotingsposten",
            }
          }
        />
      )}

      <h2 className="utrecht-heading-2">Programma&apos;s</h2>
      {programmes.length === 0 ? (
        <p className="utrecht-paragraph">Dit document heeft nog geen programma&apos;s.</p>
      ) : (
        <ol className="pm-structure-list">
          {programmes.map((p, i) => {
            const subject = `programma ${p.number} ${p.name}`;
            const href = `${workplaceProgrammeStructureHref(gemeente, year, p.number)}${query}`;
            return (
              <li key={p.id} className="pm-structure-item">
                <p className="pm-structure-item__title">
                  <Link className="utrecht-link" href={href}>
                    Programma {p.number} {p.name}
                  </Link>
                </p>
                <p className="pm-structure-item__links">
                  <Link className="utrecht-link" href={`${workplaceProgrammeStructureHref(gemeente, year, p.number)}/indicatoren${query}`} aria-label={`Indicatoren van ${subject}`}>
                    Indicatoren
                  </Link>
                  <Link className="utrecht-link" href={`${workplaceProgrammeStructureHref(gemeente, year, p.number)}/begrotingsposten${query}`} aria-label={`Begrotingsposten van ${subject}`}>
                    Begrotingsposten
                  </Link>
                </p>
                {mayEdit && (
                  <div className="pm-structure-item__actions">
                    {programmes.length > 1 && (
                      <StructureForm
                        action={moveProgrammeForm}
                        idPrefix={`volgorde-${p.id}`}
                        formLabel={`Volgorde van ${subject}`}
                        hidden={{ ...hidden, programmeId: p.id }}
                        inline
                        buttons={orderButtons(i, programmes.length, subject)}
                      />
                    )}
                    <details className="pm-structure-details">
                      <summary>Nummer of naam wijzigen</summary>
                      <StructureForm
                        action={editProgrammeForm}
                        idPrefix={`wijzig-${p.id}`}
                        formLabel={`Nummer of naam van ${subject} wijzigen`}
                        hidden={{ ...hidden, programmeId: p.id }}
                        intro={<p className="utrecht-paragraph pm-small">Nummer en naam horen bij het programma zelf: ook eerdere documenten tonen de nieuwe.</p>}
                        fields={[
                          { name: "number", label: "Nummer", saved: p.number, short: true, required: true },
                          { name: "name", label: "Naam", saved: p.name, required: true },
                        ]}
                        buttons={[{ label: "Opslaan", accessibleName: `Opslaan: ${subject}` }]}
                      />
                    </details>
                    <Link
                      className="utrecht-link pm-structure-remove"
                      href={`${path}${query}&verwijder=${encodeURIComponent(p.id)}#verwijderen`}
                      aria-label={`${removeLabel(p.removal)}: ${subject}`}
                    >
                      {removeLabel(p.removal)}
                    </Link>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}

      {mayEdit && (
        <section aria-labelledby="programma-toevoegen">
          <h2 id="programma-toevoegen" className="utrecht-heading-2">
            Programma toevoegen
          </h2>
          <StructureForm
            action={createProgrammeForm}
            idPrefix="nieuw-programma"
            formLabel="Programma toevoegen"
            hidden={hidden}
            intro={<p className="utrecht-paragraph pm-prose">Een nieuw nummer is een nieuw programma. Het komt onderaan de lijst.</p>}
            fields={[
              { name: "number", label: "Nummer", saved: "", short: true, required: true, description: "Zoals uw gemeente het nummert, bijvoorbeeld 3 of 2.4." },
              { name: "name", label: "Naam", saved: "", required: true },
            ]}
            buttons={[{ label: "Programma toevoegen" }]}
          />
        </section>
      )}
    </>
  );
}
