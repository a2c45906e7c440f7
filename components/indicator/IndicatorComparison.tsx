import Link from "next/link";
import type { ComparedIndicatorDto } from "@/lib/indicator/public-api/data";
import { formatIndicatorValue, formatInteger } from "@/lib/format/number";
import { CSV_MAX_ITEMS } from "@/lib/limits";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import { reportedAchievement, achievementLabel } from "@/lib/indicator/achievement";
import { ScrollTable } from "@/components/layout/ScrollTable";
import { DownloadLinks } from "@/components/layout/DownloadLinks";
import { publicProgrammeHref } from "@/lib/routes";

function statusText(query: string, indicators: ComparedIndicatorDto[], total: number): string {
  if (indicators.length === 0) return `Geen gepubliceerde indicator gevonden met “${query}” in de naam.`;
  const municipalities = new Set(indicators.map((i) => i.municipality.slug)).size;
  const found = `${indicators.length} ${indicators.length === 1 ? "indicator" : "indicatoren"} bij ${municipalities} ${municipalities === 1 ? "gemeente" : "gemeenten"}.`;
  if (total <= indicators.length) return found;
  return (
    `${formatInteger(total)} indicatoren gevonden; hier staan de eerste ${formatInteger(indicators.length)} (${found.slice(0, -1)}). ` +
    "Maak de zoekterm preciezer, of haal alles per pagina op via de API hieronder."
  );
}

/** The same indicator (by name) across municipalities and years; at most COMPARE_MAX_INDICATORS of them. */
export function IndicatorComparison({ query, indicators, total }: { query: string; indicators: ComparedIndicatorDto[]; total: number }) {
  const rows = indicators.flatMap((i) => i.values.map((v) => ({ i, v })));
  const api = `/api/v1/indicatoren/vergelijking?naam=${encodeURIComponent(query)}`;
  return (
    <section aria-labelledby="indicator-vergelijken">
      <h2 className="utrecht-heading-2" id="indicator-vergelijken">
        Op indicator
      </h2>
      <form method="get" action="/vergelijk#indicator-vergelijken" className="pm-search">
        <label htmlFor="indicator" className="pm-search__label">
          Naam van de indicator (of een deel ervan)
        </label>
        <input id="indicator" name="indicator" type="search" defaultValue={query} className="pm-search__input" />
        <button type="submit" className="pm-button">
          Indicator zoeken
        </button>
      </form>
      {query.trim().length >= 2 && (
        <p className="utrecht-paragraph" role="status">
          {statusText(query, indicators, total)}
        </p>
      )}
      {rows.length > 0 && (
        <>
          <ScrollTable title={`Indicatoren met “${query}”`}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Gemeente en jaar</th>
                <th scope="col" className="utrecht-table__header-cell">Indicator</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Begroting</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Realisatie</th>
                <th scope="col" className="utrecht-table__header-cell">Doel gehaald</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map(({ i, v }) => (
                <tr key={v.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {i.municipality.name} {v.year}
                  </th>
                  <td className="utrecht-table__cell">
                    {i.programme ? (
                      <Link className="utrecht-link" href={publicProgrammeHref(i.municipality.slug, v.document.year, i.programme.number)}>
                        {indicatorValueTitle({ name: i.name, dimensionValue: v.dimensionValue })}
                      </Link>
                    ) : (
                      indicatorValueTitle({ name: i.name, dimensionValue: v.dimensionValue })
                    )}
                  </td>
                  <td className="utrecht-table__cell pm-num">{formatIndicatorValue(v.target, i.unit, i.decimals, i.unitLabel)}</td>
                  <td className="utrecht-table__cell pm-num">{formatIndicatorValue(v.actual, i.unit, i.decimals, i.unitLabel)}</td>
                  <td className="utrecht-table__cell">
                    {achievementLabel(reportedAchievement({ direction: i.direction, ...v }).achievement)}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {/* A CSV above the cap is refused by the API, so it is only offered within it. */}
          <DownloadLinks what="deze indicatoren" json={api} csv={total <= CSV_MAX_ITEMS ? `${api}&formaat=csv` : undefined} />
        </>
      )}
    </section>
  );
}
