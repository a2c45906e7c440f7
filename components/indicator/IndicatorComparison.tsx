import Link from "next/link";
import type { ComparedIndicatorDto } from "@/lib/indicator/public-api/data";
import { formatIndicatorValue } from "@/lib/format/number";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import { reportedAchievement, achievementLabel } from "@/lib/indicator/achievement";
import { ScrollTable } from "@/components/layout/ScrollTable";
import { DownloadLinks } from "@/components/layout/DownloadLinks";
import { publicProgrammeHref } from "@/lib/routes";

/** The same indicator (by name) across municipalities and years. */
export function IndicatorComparison({ query, indicators }: { query: string; indicators: ComparedIndicatorDto[] }) {
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
          {indicators.length === 0
            ? `Geen gepubliceerde indicator gevonden met “${query}” in de naam.`
            : `${indicators.length} ${indicators.length === 1 ? "indicator" : "indicatoren"} bij ${new Set(indicators.map((i) => i.municipality.slug)).size} ${new Set(indicators.map((i) => i.municipality.slug)).size === 1 ? "gemeente" : "gemeenten"}.`}
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
          <DownloadLinks what="deze indicatoren" json={api} csv={`${api}&formaat=csv`} />
        </>
      )}
    </section>
  );
}
