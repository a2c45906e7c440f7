import Link from "next/link";
import { loadPublicMunicipalityPage } from "@/lib/municipality/loaders";
import { MUNICIPALITY_LIST_PAGE_SIZE } from "@/lib/limits";
import { formatInteger } from "@/lib/format/number";
import { DownloadLinks } from "@/components/layout/DownloadLinks";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ zoek?: string | string[]; pagina?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function pageHref(query: string, page: number) {
  const params = new URLSearchParams({ ...(query ? { zoek: query } : {}), ...(page > 1 ? { pagina: String(page) } : {}) });
  return params.size ? `/?${params}` : "/";
}

export default async function HomePage({ searchParams }: Props) {
  const params = await searchParams;
  const query = first(params.zoek)?.slice(0, 100) ?? "";
  const requested = Number(first(params.pagina) ?? 1);
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const { municipalities, total, pageCount } = await loadPublicMunicipalityPage(query, page);
  return (
    <>
      <h1 className="utrecht-heading-1">Gemeenten</h1>
      <p className="utrecht-paragraph pm-prose">
        Wat wilde de gemeente bereiken, wat is er bereikt en wat heeft het gekost? Kies een gemeente om haar
        programma&apos;s, doelen, indicatoren en financiën te bekijken.
      </p>
      <form role="search" method="get" action="/" className="pm-search">
        <label htmlFor="zoek" className="pm-search__label">
          Zoek een gemeente
        </label>
        <input id="zoek" name="zoek" type="search" defaultValue={query} autoComplete="off" className="pm-search__input" />
        <button type="submit" className="pm-button">
          Zoeken
        </button>
      </form>
      <p className="utrecht-paragraph" role="status">
        {query
          ? `${total} ${total === 1 ? "gemeente" : "gemeenten"} gevonden voor “${query}”.`
          : `${total} gemeenten met gepubliceerde cijfers.`}
        {pageCount > 1 && ` Pagina ${page} van ${pageCount}.`}
        {query && (
          <>
            {" "}
            <Link className="utrecht-link" href="/">
              Alle gemeenten tonen
            </Link>
          </>
        )}
      </p>
      <ul className="pm-card-list" aria-label="Gemeenten">
        {municipalities.map((m) => (
          <li key={m.id} className="pm-card">
            <h2 className="utrecht-heading-2">
              <Link className="utrecht-link" href={`/${m.slug}`}>
                {m.name}
              </Link>
            </h2>
            <p className="utrecht-paragraph pm-muted">
              {m.province}
              {m.inhabitants !== null && <> · {formatInteger(m.inhabitants)} inwoners ({m.inhabitantsYear})</>}
            </p>
            <p className="utrecht-paragraph">
              Gepubliceerd:{" "}
              {m.years.map((y, i) => (
                <span key={y}>
                  {i > 0 && ", "}
                  <Link className="utrecht-link" href={`/${m.slug}/${y}`} aria-label={`${m.name} ${y}`}>
                    {y}
                  </Link>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      {pageCount > 1 && (
        <nav aria-label="Pagina's" className="pm-pagination">
          <p className="utrecht-paragraph">
            {page > 1 && (
              <Link className="utrecht-link" href={pageHref(query, page - 1)} rel="prev">
                Vorige {MUNICIPALITY_LIST_PAGE_SIZE}
              </Link>
            )}
            {page > 1 && page < pageCount && " · "}
            {page < pageCount && (
              <Link className="utrecht-link" href={pageHref(query, page + 1)} rel="next">
                Volgende {MUNICIPALITY_LIST_PAGE_SIZE}
              </Link>
            )}
          </p>
        </nav>
      )}
      <DownloadLinks what="de lijst met gemeenten" json="/api/v1/gemeenten" csv="/api/v1/gemeenten?formaat=csv" />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/vergelijk">
          Gemeenten vergelijken
        </Link>
      </p>
    </>
  );
}
