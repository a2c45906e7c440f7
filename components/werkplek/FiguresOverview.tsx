import Link from "next/link";
import type { EntryIndicatorDto, EntryLineDto } from "@/lib/review/data";
import type { ExplanationThreshold } from "@/lib/finance/deviation";
import { deviationLabelText } from "@/lib/finance/deviation";
import { historyHref } from "@/lib/audit/format";
import { AchievementBadge } from "@/components/indicator/AchievementBadge";
import { ReviewStatusBadge } from "./ReviewStatusBadge";
import { summarizeIndicator, summarizeLine } from "./figure-summary";
import { lineTitle } from "@/lib/finance/labels";
import { indicatorValueTitle } from "@/lib/indicator/labels";

/** The programme's figures read-only: for those who may not enter them, and for a locked document. */
export function FiguresOverview({
  slug,
  indicators,
  lines,
  threshold,
}: {
  slug: string;
  indicators: EntryIndicatorDto[];
  lines: EntryLineDto[];
  threshold: ExplanationThreshold;
}) {
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
                  <th scope="col" className="utrecht-table__header-cell pm-num">Streefwaarde</th>
                  <th scope="col" className="utrecht-table__header-cell pm-num">Realisatie</th>
                  <th scope="col" className="utrecht-table__header-cell">Doel gehaald</th>
                  <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
                  <th scope="col" className="utrecht-table__header-cell">Status</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {indicators.map((row) => {
                  const s = summarizeIndicator(row);
                  const name = indicatorValueTitle({ name: row.indicator.name, dimensionValue: row.dimensionValue });
                  const href = historyHref(slug, "IndicatorValue", row.id);
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
                      <td className="utrecht-table__cell pm-num">{s.target}</td>
                      <td className="utrecht-table__cell pm-num">{s.actual}</td>
                      <td className="utrecht-table__cell"><AchievementBadge achievement={s.achievement} /></td>
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
          <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Financiële regels">
            <table className="utrecht-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Regel</th>
                  <th scope="col" className="utrecht-table__header-cell pm-num">Begroting na wijziging</th>
                  <th scope="col" className="utrecht-table__header-cell pm-num">Realisatie</th>
                  <th scope="col" className="utrecht-table__header-cell pm-num">Verschil</th>
                  <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
                  <th scope="col" className="utrecht-table__header-cell">Status</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {lines.map((row) => {
                  const s = summarizeLine(row, threshold);
                  const title = lineTitle(row);
                  const href = historyHref(slug, "FinancialLine", row.id);
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
                      <td className="utrecht-table__cell pm-num">{s.budget}</td>
                      <td className="utrecht-table__cell pm-num">{s.actual}</td>
                      <td className="utrecht-table__cell pm-num">
                        {s.difference}
                        {s.label && <span className={`utrecht-status-badge ${s.label === "V" ? "pm-badge-v" : "pm-badge-n"}`}> {s.label}<span className="pm-visually-hidden"> ({deviationLabelText(s.label)})</span></span>}
                      </td>
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
