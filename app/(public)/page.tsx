import Link from "next/link";
import { loadPublicMunicipalities } from "@/lib/municipality/loaders";
import { matchesName } from "@/lib/municipality/search";
import { formatInteger } from "@/lib/format/number";
import { DownloadLinks } from "@/components/layout/DownloadLinks";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ zoek?: string | string[] }> };

export default async function HomePage({ searchParams }: Props) {
  const raw = (await searchParams).zoek;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? "";
  const all = await loadPublicMunicipalities();
  const municipalities = all.filter((m) => matchesName(m.name, query));
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
          ? `${municipalities.length} ${municipalities.length === 1 ? "gemeente" : "gemeenten"} gevonden voor “${query}”.`
          : `${all.length} gemeenten met gepubliceerde cijfers.`}
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
      <DownloadLinks what="de lijst met gemeenten" json="/api/v1/gemeenten" csv="/api/v1/gemeenten?formaat=csv" />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/vergelijk">
          Gemeenten vergelijken
        </Link>
      </p>
    </>
  );
}
