import type { Metadata } from "next";
import Link from "next/link";
import { loadFigureHistory } from "@/lib/audit/loaders";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ChangeTable } from "@/components/werkplek/ChangeTable";
import { resolveLoad } from "../../../../resolve";

export const metadata: Metadata = { title: "Geschiedenis", robots: { index: false } };

type Props = { params: Promise<{ gemeente: string; soort: string; id: string }> };

export default async function FigureHistoryPage({ params }: Props) {
  const { gemeente, soort, id } = await params;
  const path = `/werkplek/${gemeente}/geschiedenis/${soort}/${id}`;
  const data = resolveLoad(await loadFigureHistory(gemeente, soort, decodeURIComponent(id)), path);
  const { subject, municipality } = data;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: data.programmeHref, label: `${municipality.name} ${subject.year}, programma ${subject.programmeNumber}` },
        ]}
        current="Geschiedenis"
      />
      <h1 className="utrecht-heading-1">Geschiedenis: {subject.title}</h1>
      <p className="utrecht-paragraph">
        {subject.detail} · {subject.documentTitle} · programma {subject.programmeNumber} {subject.programmeName}
      </p>
      <p className="utrecht-paragraph pm-prose pm-muted">
        Elke wijziging van dit cijfer, de toelichting en de beoordeling, met wie, wanneer, de oude en nieuwe waarde en
        de opgegeven reden. Deze lijst kan niet worden aangepast.
      </p>
      <ChangeTable rows={data.entries} caption={`Geschiedenis van ${subject.title}`} />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={data.programmeHref}>
          Terug naar programma {subject.programmeNumber}
        </Link>
      </p>
    </>
  );
}
