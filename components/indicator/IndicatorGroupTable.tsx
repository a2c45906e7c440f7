import type { IndicatorDto } from "@/lib/indicator/data";
import { formatIndicatorValue } from "@/lib/format/number";
import { indicatorValueTitle } from "@/lib/indicator/labels";

/**
 * Indicators printed together as one table, split by the same dimension
 * (Midden-Groningen's "Beleidsindicatoren I-Burgerzaken": balie vs digitaal,
 * as % and as counts): one row per indicator and year, one column per
 * dimension value, as the source prints it.
 */
export function IndicatorGroupTable({ label, indicators }: { label: string; indicators: IndicatorDto[] }) {
  const dimension = indicators[0]?.dimensionName ?? "";
  const dimensionValues = [...new Set(indicators.flatMap((i) => i.values.map((v) => v.dimensionValue)))];
  const years = [...new Set(indicators.flatMap((i) => i.values.map((v) => v.year)))].sort();
  const rows = indicators.flatMap((i) => years.map((year) => ({ indicator: i, year })));
  const benchmarks = indicators.flatMap((i) =>
    i.values
      .filter((v) => v.benchmark !== null)
      .map((v) => ({ i, v, text: `${formatIndicatorValue(v.benchmark, i.unit, i.decimals, i.unitLabel)}` })),
  );
  const sources = [...new Set(indicators.flatMap((i) => i.values.map((v) => v.sourceLocation)).filter(Boolean))];
  return (
    <section aria-label={label}>
      <h3 className="utrecht-heading-3">{label}</h3>
      <div className="pm-table-scroll" tabIndex={0} role="region" aria-label={`Tabel ${label}`}>
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Indicator</th>
              {years.length > 1 && <th scope="col" className="utrecht-table__header-cell">Jaar</th>}
              {dimensionValues.map((d) => (
                <th key={d} scope="col" className="utrecht-table__header-cell pm-num">
                  {dimension}: {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map(({ indicator: i, year }) => (
              <tr key={`${i.id}-${year}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{indicatorValueTitle({ name: i.name })}</th>
                {years.length > 1 && <td className="utrecht-table__cell">{year}</td>}
                {dimensionValues.map((d) => {
                  const v = i.values.find((x) => x.year === year && x.dimensionValue === d);
                  return (
                    <td key={d} className="utrecht-table__cell pm-num">
                      {formatIndicatorValue(v?.actual ?? null, i.unit, i.decimals, i.unitLabel)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="pm-legend">Realisatie {years.join(", ")}. Geen streefwaarden gedrukt, dus geen oordeel over doel gehaald.</p>
      {benchmarks.length > 0 && (
        <ul className="utrecht-unordered-list">
          {benchmarks.map(({ i, v, text }) => (
            <li key={v.id} className="utrecht-unordered-list__item">
              {indicatorValueTitle({ name: i.name, dimensionValue: v.dimensionValue })}: {v.benchmarkLabel ?? "benchmark"} {text}
            </li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <details className="pm-provenance">
          <summary>Bron van elk cijfer ({sources.length})</summary>
          <ul>
            {sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
