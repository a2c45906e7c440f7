import Link from "next/link";
import type { EntryIndicatorDto, EntryLineDto } from "@/lib/review/data";
import type { ExplanationThreshold } from "@/lib/finance/deviation";
import { deviationLabelText } from "@/lib/finance/deviation";
import { historyHref } from "@/lib/audit/format";
import { AchievementBadge } from "@/components/indicator/AchievementBadge";
import { ReviewStatusBadge } from "./ReviewStatusBadge";
import { summarizeIndicator, summarizeLine, type FigureValue } from "@/lib/review/figure-summary";
import { lineTitle } from "@/lib/finance/labels";
import { indicatorValueTitle } from "@/lib/indicator/labels";

/** The programme's figures read-only: for those who may not enter them, and for a locked document. */
export function FiguresOverview({
  slug,
  indicators,
  lines,
  threshold,
  financeNote,
}: {
  slug: string;
  indicators: EntryIndicatorDto[];
  lines: EntryLineDto[];
  threshold: ExplanationThreshold;
  /** A sentence under the Financiën heading (who enters these amounts). */
  financeNote?: string;
}) {
  // Every figure of one document has the same stage: a realisatie has doel gehaald, a begroting no verschil.
  const showAchievement = indicators.some((r) => r.stage === "REALISATIE");
  const showDifference = lines.some((r) => r.budget !== null);
  return (
    <>
      {indicators.length > 0 && (
        <section aria-labelledby="overzicht-indicatoren">
          <h2 id="overzicht-indicatoren" className="utrecht-heading-2">
            Indicatoren
          </h2>
          <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Indicatoren">
            <table className="utrecht-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Indicator</th>
                  {valueHeaders(summarizeIndicator(indicators[0]!).values)}
                  {showAchievement && <th scope="col" className="utrecht-table__header-cell">Doel gehaald</th>}
                  <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
                  <th scope="col" className="utrecht-table__header-cell">Status</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {indicators.map((row) => {
                  const s = summarizeIndicator(row);
                  const name = indicatorValueTitle({ name: row.indicator.name, dimensionValue: row.dimensionValue });
                  const href = historyHref(slug, "indicatorValue", row.id);
                  return (
                    <tr key={row.id} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {name}
                        {href && (
                          <>
                            {" "}
                            <Link className="utrecht-link pm-small" href={href}>
                              geschiedenis<span className="pm-visually-hidden"> van {name}</span>
                            </Link>
                          </>
                        )}
                      </th>
                      {valueCells(s.values)}
                      {showAchievement && <td className="utrecht-table__cell">{s.achievement && <AchievementBadge achievement={s.achievement} />}</td>}
                      <td className="utrecht-table__cell pm-prose">
                        {row.explanation ?? ""}
                        {s.requirement && !row.explanation && <span className="pm-required-flag pm-block">{s.requirement}</span>}
                      </td>
                      <td className="utrecht-table__cell"><ReviewStatusBadge status={row.reviewStatus} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {lines.length > 0 && (
        <section aria-labelledby="overzicht-financien">
          <h2 id="overzicht-financien" className="utrecht-heading-2">
            Financiën
          </h2>
          {financeNote && <p className="utrecht-paragraph pm-prose">{financeNote}</p>}
          <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Financiële regels">
            <table className="utrecht-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Regel</th>
                  {valueHeaders(summarizeLine(lines[0]!, threshold).values)}
                  {showDifference && <th scope="col" className="utrecht-table__header-cell pm-num">Verschil</th>}
                  <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
                  <th scope="col" className="utrecht-table__header-cell">Status</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {lines.map((row) => {
                  const s = summarizeLine(row, threshold);
                  const title = lineTitle(row);
                  const href = historyHref(slug, "financialLine", row.id);
                  return (
                    <tr key={row.id} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {title}
                        {href && (
                          <>
                            {" "}
                            <Link className="utrecht-link pm-small" href={href}>
                              geschiedenis<span className="pm-visually-hidden"> van {title}</span>
                            </Link>
                          </>
                        )}
                      </th>
                      {valueCells(s.values)}
                      {showDifference && (
                        <td className="utrecht-table__cell pm-num">
                          {s.difference}
                          {s.label && <span className={`utrecht-status-badge ${s.label === "V" ? "pm-badge-v" : "pm-badge-n"}`}> {s.label}<span className="pm-visually-hidden"> ({deviationLabelText(s.label)})</span></span>}
                        </td>
                      )}
                      <td className="utrecht-table__cell pm-prose">
                        {row.explanation ?? ""}
                        {s.requirement && !row.explanation && <span className="pm-required-flag pm-block">{s.requirement}</span>}
                      </td>
                      <td className="utrecht-table__cell"><ReviewStatusBadge status={row.reviewStatus} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

/** The columns of a figure's values: what the document only shows first, then what it owns. */
function valueHeaders(values: FigureValue[]) {
  return values.map((v) => (
    <th key={v.label} scope="col" className="utrecht-table__header-cell pm-num">
      {v.label}
    </th>
  ));
}

function valueCells(values: FigureValue[]) {
  return values.map((v) => (
    <td key={v.label} className="utrecht-table__cell pm-num">
      {v.value}
      {v.note && <span className="pm-muted pm-small pm-block">{v.note}</span>}
    </td>
  ));
}
