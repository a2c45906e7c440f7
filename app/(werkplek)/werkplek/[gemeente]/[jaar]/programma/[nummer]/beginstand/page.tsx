import type { Metadata } from "next";
import Link from "next/link";
import { loadOpeningPage } from "@/lib/opening/loaders";
import { documentSlug } from "@/lib/review/document-slug";
import { OPENING_COLUMN_LABELS } from "@/lib/opening/rules";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { DemoNotice } from "@/components/werkplek/DemoNotice";
import { OpeningForm } from "@/components/werkplek/opening/OpeningForm";
import { amountText } from "@/components/werkplek/entry/entry-view";
import { firstParam, parseYear, resolveLoad } from "../../../../../resolve";
import { workplaceProgrammeHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Beginstand", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string; nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function OpeningPage({ params, searchParams }: Props) {
  const { gemeente, jaar, nummer } = await params;
  const kind = firstParam((await searchParams).stuk);
  const year = parseYear(jaar);
  const number = decodeURIComponent(nummer);
  const programmeHref = workplaceProgrammeHref(gemeente, year, number);
  const data = resolveLoad(await loadOpeningPage(gemeente, year, number, kind), `${programmeHref}/beginstand`);
  const { municipality, document, programme, columns } = data;
  const query = `?stuk=${documentSlug(document)}`;
  const editable = data.mayEdit && document.status === "CONCEPT" && columns.length > 0;

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `/werkplek/${municipality.slug}/${year}${query}`, label: `${municipality.name} ${year}` },
          { href: `${programmeHref}${query}`, label: `Programma ${programme.number}` },
        ]}
        current="Beginstand"
      />
      <h1 className="utrecht-heading-1">Beginstand programma {programme.number} {programme.name}</h1>
      <p className="utrecht-paragraph">{municipality.name} · {document.title}</p>
      {data.demo && <DemoNotice />}
      <p className="utrecht-paragraph pm-prose">
        De {document.kind === "JAARSTUKKEN" ? "jaarstukken tonen" : "bestuursrapportage toont"} naast de eigen cijfers ook cijfers uit
        eerdere documenten. Staan die documenten niet in de monitor — het eerste jaar waarin uw gemeente ermee werkt — dan voert u ze hier één keer over
        zoals ze zijn vastgesteld. De begroting na wijziging rekent de monitor daarna zelf uit, met de{" "}
        <Link className="utrecht-link" href={`/werkplek/${municipality.slug}/${year}/wijzigingen`}>begrotingswijzigingen {year}</Link>.
      </p>
      {columns.length === 0 ? (
        <p className="utrecht-paragraph">
          Dit document heeft geen beginstand nodig: de primitieve begroting en de rekening van vorig jaar komen uit documenten die in de monitor staan.
        </p>
      ) : editable ? (
        <OpeningForm documentId={document.id} programmeId={programme.id} year={year} columns={columns} lines={data.lines} indicators={data.indicators} />
      ) : (
        <ul className="utrecht-unordered-list">
          {data.lines.map((l) => (
            <li key={l.id} className="utrecht-unordered-list__item">
              {CATEGORY_LABELS[l.category]}: {l.label} —{" "}
              {columns.map((c) => `${OPENING_COLUMN_LABELS[c].toLowerCase()} ${amountText(l.stored[c]?.value ?? null) || "–"}`).join(", ")}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
