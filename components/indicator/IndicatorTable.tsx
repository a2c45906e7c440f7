import type { IndicatorDto } from "@/lib/indicator/data";
import { reportedAchievement } from "@/lib/indicator/achievement";
import { formatIndicatorValue } from "@/lib/format/number";
import { withPeriod } from "@/lib/indicator/labels";
import { AchievementBadge } from "./AchievementBadge";
import { LazyIndicatorChart } from "@/components/charts/LazyIndicatorChart";

const MISSING_NAME = "Naam ontbreekt in het bronfragment";

function fmt(i: IndicatorDto, v: string | null) {
  return formatIndicatorValue(v, i.unit, i.decimals, i.unitLabel);
}

function Verdict({ indicator, value }: { indicator: IndicatorDto; value: IndicatorDto["values"][number] }) {
  const r = reportedAchievement({ direction: indicator.direction, ...value });
  return <AchievementBadge achievement={r.achievement} printed={r.basis === "PRINTED"} />;
}

/** One indicator: definition, source and every visible year with target, actual and doel gehaald. */
export function IndicatorTable({ indicator: i, level = 4 }: { indicator: IndicatorDto; level?: 3 | 4 }) {
  const name = i.name ?? MISSING_NAME;
  const hasDimension = i.dimensionName !== null;
  const hasBenchmark = i.values.some((v) => v.benchmark !== null);
  return (
    <section aria-label={name} className="pm-indicator">
      {level === 3 ? <h3 className="utrecht-heading-3">{name}</h3> : <h4 className="utrecht-heading-4">{name}</h4>}
      {i.definition && <p className="utrecht-paragraph">{i.definition}</p>}
      {i.sourceName && <p className="utrecht-paragraph pm-muted">Bron: {i.sourceName}</p>}
      {!hasDimension && i.values.some((v) => v.actual !== null || v.target !== null) && (
        <LazyIndicatorChart
          points={i.values.map((v) => ({ year: v.year, target: v.target, actual: v.actual }))}
          decimals={i.decimals}
          label={`Grafiek: begroting en realisatie van ${name} per jaar`}
        />
      )}
      <div className="pm-table-scroll" tabIndex={0} role="region" aria-label={`Waarden van ${name}`}>
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Jaar</th>
              {hasDimension && <th scope="col" className="utrecht-table__header-cell">{i.dimensionName}</th>}
              <th scope="col" className="utrecht-table__header-cell pm-num">Begroting</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Realisatie</th>
              {hasBenchmark && <th scope="col" className="utrecht-table__header-cell pm-num">Benchmark</th>}
              <th scope="col" className="utrecht-table__header-cell">Doel gehaald</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {i.values.map((v) => (
              <tr key={v.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{v.year}</th>
                {hasDimension && <td className="utrecht-table__cell">{v.dimensionValue}</td>}
                <td className="utrecht-table__cell pm-num">{withPeriod(fmt(i, v.target), v.target, v.targetPeriodLabel)}</td>
                <td className="utrecht-table__cell pm-num">{withPeriod(fmt(i, v.actual), v.actual, v.actualPeriodLabel)}</td>
                {hasBenchmark && (
                  <td className="utrecht-table__cell pm-num">
                    {fmt(i, v.benchmark)}
                    {v.benchmarkLabel && v.benchmark !== null && <span className="pm-muted"> ({v.benchmarkLabel})</span>}
                  </td>
                )}
                <td className="utrecht-table__cell">
                  <Verdict indicator={i} value={v} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {i.values
        .filter((v) => v.explanation)
        .map((v) => (
          <p key={v.id} className="utrecht-paragraph pm-prose">
            <strong>
              Toelichting {v.year}
              {v.dimensionValue ? ` (${v.dimensionValue})` : ""}:
            </strong>{" "}
            {v.explanation}
          </p>
        ))}
    </section>
  );
}
