import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPublicMunicipality } from "@/lib/municipality/loaders";
import { loadPublicMunicipalityDocuments } from "@/lib/programme/loaders";
import { ProgrammeSection } from "@/components/programme/ProgrammeSection";
import { formatInteger } from "@/lib/format/number";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = await loadPublicMunicipality((await params).gemeente);
  return { title: municipality?.name ?? "Gemeente niet gevonden" };
}

export default async function MunicipalityPage({ params }: Props) {
  const municipality = await loadPublicMunicipality((await params).gemeente);
  if (!municipality) notFound();
  const documents = await loadPublicMunicipalityDocuments(municipality.id);
  return (
    <>
      <h1 className="utrecht-heading-1">{municipality.name}</h1>
      <p className="utrecht-paragraph pm-muted">
        CBS-code {municipality.cbsCode} · {municipality.province}
        {municipality.inhabitants !== null && (
          <> · {formatInteger(municipality.inhabitants)} inwoners ({municipality.inhabitantsYear}, CBS)</>
        )}
      </p>
      {documents.length > 1 && (
        <nav aria-label="Documenten">
          <ul className="utrecht-unordered-list">
            {documents.map(({ document }) => (
              <li key={document.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={`#${document.kind.toLowerCase()}-${document.year}`}>
                  {document.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {documents.map(({ document, sections, programmes }) => (
        <section key={document.id} aria-labelledby={`${document.kind.toLowerCase()}-${document.year}`}>
          <h2 className="utrecht-heading-2" id={`${document.kind.toLowerCase()}-${document.year}`}>
            {document.title}
          </h2>
          {sections.map((s) => (
            <div key={s.id}>
              <h3 className="utrecht-heading-3">{s.heading}</h3>
              <p className="utrecht-paragraph pm-prose">{s.body}</p>
              {s.sourceLocation && <p className="pm-provenance">Bron: {s.sourceLocation}</p>}
            </div>
          ))}
          {programmes.length === 0 && sections.length === 0 && (
            <p className="utrecht-paragraph">Dit document bevat geen programmagegevens.</p>
          )}
          {programmes.map((p) => (
            <ProgrammeSection
              key={p.id}
              programme={p}
              municipality={municipality}
              headingId={`${document.year}-programma-${p.number}`}
            />
          ))}
        </section>
      ))}
    </>
  );
}
