import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { loadDocumentContext } from "@/lib/review/loaders";
import { documentSlug } from "@/lib/review/document-slug";
import { firstParam, parseYear, resolveLoad } from "../../../resolve";

export const metadata: Metadata = { title: "Cijfers downloaden", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Downloads of a document's figures (issue 11, decision 012). Plain links to
// the export route: a download needs no JavaScript and no form.
export default async function ExchangePage({ params, searchParams }: Props) {
  const { gemeente, jaar } = await params;
  const kind = firstParam((await searchParams).stuk);
  const year = parseYear(jaar);
  const base = `/werkplek/${encodeURIComponent(gemeente)}/${year}`;
  const { municipality, document } = resolveLoad(await loadDocumentContext(gemeente, year, kind), `${base}/uitwisseling`);
  const stuk = `stuk=${documentSlug(document)}`;
  const exportHref = (query: string) => `${base}/uitwisseling/export?${stuk}&${query}`;

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `${base}?${stuk}`, label: document.title },
        ]}
        current="Cijfers downloaden"
      />
      <h1 className="utrecht-heading-1">Cijfers van {document.title} downloaden</h1>
      <p className="utrecht-paragraph pm-prose">
        {municipality.name}. Het bestand bevat elk cijfer dat dit document vastlegt: per indicator en per begrotingspost, met
        waar het tegen afgezet wordt (streefwaarde, begroting na wijziging) ter informatie. Alleen de kolommen voor het eigen
        cijfer, de periode en de toelichting zijn open; de kolom Sleutel blijft staan, zodat elk cijfer terug te vinden is.
        Bedragen zijn hele euro&apos;s en staan in het bestand als getal, niet als tekst.
      </p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={exportHref("formaat=xlsx")} download>
            Excel-werkmap (.xlsx): indicatoren en begrotingsposten
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={exportHref("formaat=csv&tabel=indicatoren")} download>
            Indicatoren als CSV (puntkomma, UTF-8)
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={exportHref("formaat=csv&tabel=begrotingsposten")} download>
            Begrotingsposten als CSV (puntkomma, UTF-8)
          </a>
        </li>
      </ul>
      <p className="utrecht-paragraph pm-prose">
        Tekst die met =, +, - of @ begint, staat in de bestanden als gewone tekst, zodat een spreadsheet haar nooit als formule
        uitvoert.
      </p>
    </>
  );
}
