import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import Link from "next/link";
import { ImportRefusal } from "@/components/werkplek/exchange/ImportRefusal";
import { UploadForm } from "@/components/werkplek/exchange/UploadForm";
import { loadExchangePage } from "@/lib/exchange/jobs/loaders";
import { JOB_STATUS_LABELS } from "@/lib/exchange/jobs/labels";
import { documentSlug } from "@/lib/review/document-slug";
import { firstParam, parseYear, resolveLoad } from "../../../resolve";

export const metadata: Metadata = { title: "Cijfers downloaden en inlezen", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Downloads of a document's figures (issue 11, decision 012). Plain links to
// the export route: a download needs no JavaScript and no form.
export default async function ExchangePage({ params, searchParams }: Props) {
  const { gemeente, jaar } = await params;
  const search = await searchParams;
  const kind = firstParam(search.stuk);
  const year = parseYear(jaar);
  const base = `/werkplek/${encodeURIComponent(gemeente)}/${year}`;
  const { municipality, document, mayImport, jobs } = resolveLoad(await loadExchangePage(gemeente, year, kind), `${base}/uitwisseling`);
  const stuk = `stuk=${documentSlug(document)}`;
  const exportHref = (query: string) => `${base}/uitwisseling/export?${stuk}&${query}`;

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `${base}?${stuk}`, label: document.title },
        ]}
        current="Cijfers downloaden en inlezen"
      />
      <h1 className="utrecht-heading-1">Cijfers van {document.title}</h1>
      <ImportRefusal message={firstParam(search.fout)} />
      <h2 className="utrecht-heading-2">Downloaden</h2>
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

      <h2 className="utrecht-heading-2">Inlezen</h2>
      {document.status !== "CONCEPT" ? (
        <p className="utrecht-paragraph">Dit document is niet meer in concept: er kan niets meer worden ingelezen.</p>
      ) : !mayImport ? (
        <p className="utrecht-paragraph pm-prose">
          Cijfers inlezen doen de beleidsadviseurs, elk voor de programma&apos;s waaraan zij zijn toegewezen: wie de cijfers
          invoert, beoordeelt ze niet. Wat zij inlezen en indienen, komt ter beoordeling bij de controller, met elke wijziging
          in de geschiedenis.
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph pm-prose">
            Vul het gedownloade bestand in en lees het hier in. U ziet eerst per rij wat er verandert en wat er niet klopt;
            pas als u bevestigt, wordt alles in één keer opgeslagen — of, als er iets misgaat, niets. U kunt alleen de cijfers
            inlezen van de programma&apos;s waaraan u bent toegewezen.
          </p>
          <UploadForm action={`${base}/uitwisseling/upload?${stuk}`} documentId={document.id} />
        </>
      )}
      {jobs.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Uw laatste bestanden</h3>
          <ul className="utrecht-unordered-list">
            {jobs.map((j) => (
              <li className="utrecht-unordered-list__item" key={j.id}>
                <Link className="utrecht-link" href={`${base}/uitwisseling/${j.id}?${stuk}`}>
                  {j.fileName}
                </Link>{" "}
                — {j.interrupted ? "onderbroken" : JOB_STATUS_LABELS[j.status]}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
