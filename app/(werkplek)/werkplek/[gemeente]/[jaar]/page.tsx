import type { Metadata } from "next";
import Link from "next/link";
import { loadWorkspaceYear, documentSlug } from "@/lib/review/loaders";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { DemoNotice } from "@/components/werkplek/DemoNotice";
import { ChangeTable } from "@/components/werkplek/ChangeTable";
import { DocumentStatusForm } from "@/components/werkplek/DocumentStatusForm";
import { firstParam, parseYear, resolveLoad } from "../../resolve";
import { workplaceProgrammeHref, workplaceStructureHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Werkdocument", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function WorkspaceYearPage({ params, searchParams }: Props) {
  const { gemeente, jaar } = await params;
  const kind = firstParam((await searchParams).stuk);
  const year = parseYear(jaar);
  const base = `/werkplek/${gemeente}/${year}`;
  const data = resolveLoad(await loadWorkspaceYear(gemeente, year, kind), base);
  const { municipality, document, programmes } = data;
  const query = `?stuk=${documentSlug(document)}`;
  const submitted = programmes.reduce((n, p) => n + p.counts.INGEDIEND, 0);
  const openFigures = programmes.reduce((n, p) => n + p.counts.CONCEPT + p.counts.INGEDIEND + p.counts.TERUGGESTUURD, 0);

  return (
    <>
      <Breadcrumbs trail={[{ href: "/werkplek", label: "Werkplek" }]} current={`${municipality.name} ${year}`} />
      <h1 className="utrecht-heading-1">{document.title}</h1>
      <p className="utrecht-paragraph">
        {municipality.name} · status: <strong>{DOCUMENT_STATUS_LABELS[document.status]}</strong>
        {document.status === "GEPUBLICEERD" && (
          <>
            {" "}
            ·{" "}
            <Link className="utrecht-link" href={`/${municipality.slug}/${year}`}>
              openbare pagina
            </Link>
          </>
        )}
      </p>
      {data.demo && <DemoNotice />}
      {document.status !== "CONCEPT" && (
        <p className="utrecht-paragraph pm-prose">
          Dit document is {DOCUMENT_STATUS_LABELS[document.status].toLowerCase()}: de cijfers kunnen niet meer worden
          gewijzigd.
        </p>
      )}
      {data.otherDocuments.length > 0 && (
        <p className="utrecht-paragraph">
          Ook in {year}:{" "}
          {data.otherDocuments.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ", "}
              <Link className="utrecht-link" href={`${base}?stuk=${documentSlug(d)}`}>
                {d.title}
              </Link>
            </span>
          ))}
        </p>
      )}

      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`${base}/wijzigingen`}>
          Begrotingswijzigingen {year}
        </Link>
      </p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`${base}/uitwisseling${query}`}>
          Cijfers downloaden (Excel, CSV)
        </Link>
      </p>
      {data.mayEditStructure && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`${workplaceStructureHref(gemeente, year)}${query}`}>
            Opbouw bewerken (programma&apos;s, doelen, activiteiten)
          </Link>
        </p>
      )}

      <h2 className="utrecht-heading-2">Programma&apos;s</h2>
      <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Programma's en hun cijfers">
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Programma</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Concept</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Ingediend</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Teruggestuurd</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Goedgekeurd</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {programmes.map((p) => (
              <tr key={p.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" href={`${workplaceProgrammeHref(gemeente, year, p.number)}${query}`}>
                    {p.mayEdit && document.status === "CONCEPT" ? "Invoeren: " : ""}Programma {p.number} {p.name}
                  </Link>
                  {document.kind === "BEGROTING" && document.status === "CONCEPT" && (data.mayEditBudget || p.mayEdit) && (
                    <span className="pm-block pm-small">
                      <Link className="utrecht-link" href={`${workplaceProgrammeHref(gemeente, year, p.number)}/${data.mayEditBudget ? "begroting" : "streefwaarden"}${query}`}>
                        {data.mayEditBudget ? "Begroting invoeren" : "Streefwaarden per jaar"}
                        <span className="pm-visually-hidden"> voor programma {p.number}</span>
                      </Link>
                    </span>
                  )}
                </th>
                <td className="utrecht-table__cell pm-num">{p.counts.CONCEPT}</td>
                <td className="utrecht-table__cell pm-num">{p.counts.INGEDIEND}</td>
                <td className="utrecht-table__cell pm-num">{p.counts.TERUGGESTUURD}</td>
                <td className="utrecht-table__cell pm-num">{p.counts.GOEDGEKEURD}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {data.mayReview && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`${base}/beoordelen${query}`}>
            Cijfers beoordelen ({submitted} ingediend)
          </Link>
        </p>
      )}

      {data.maySetStatus && (
        <section aria-labelledby="documentstatus">
          <h2 id="documentstatus" className="utrecht-heading-2">
            Documentstatus
          </h2>
          <p className="utrecht-paragraph pm-prose">
            Vaststellen legt het besluit van de raad vast en vergrendelt alle cijfers van dit document. Publiceren zet
            de goedgekeurde cijfers op de openbare pagina&apos;s en in de open data. Een stap terug (publicatie
            intrekken, heropenen) kan, met een reden die in de geschiedenis blijft staan.
          </p>
          <DocumentStatusForm
            documentId={document.id}
            version={document.version}
            transitions={data.transitions}
            openFigures={openFigures}
          />
        </section>
      )}

      <h2 className="utrecht-heading-2">Statuswijzigingen van dit document</h2>
      <ChangeTable rows={data.changes} caption="Statuswijzigingen van dit document" />
    </>
  );
}
