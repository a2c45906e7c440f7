import Link from "next/link";
import type { ProgrammeTotals, AchievementCounts } from "@/lib/programme/overview";
import { conventionLegend, type SignConvention } from "@/lib/finance/sign-convention";
import { MISSING_VALUE } from "@/lib/format/number";
import { BALANCE_TERM, PRINTED_FIRST_LEGEND, RESULT_TERM } from "@/lib/finance/labels";
import { ShareBar } from "@/components/charts/ShareBar";
import { ScrollTable } from "@/components/layout/ScrollTable";
import { PrintedAmount } from "@/components/finance/PrintedAmount";
import { publicProgrammeHref } from "@/lib/routes";

interface Row {
  id: string;
  number: string;
  name: string;
  totals: ProgrammeTotals;
  achievements: AchievementCounts;
}

type Figures = ProgrammeTotals["figures"];

/** Whether the document printed any of this programme's totals: then the ones it did not print are marked "berekend". */
function printsTotals(figures: Figures) {
  return Object.values(figures).some((f) => f?.printed != null);
}

function Amount({ figures, name }: { figures: Figures; name: keyof Figures }) {
  return (
    <td className="utrecht-table__cell pm-num">
      <PrintedAmount figure={figures[name]} markComputed={printsTotals(figures)} />
    </td>
  );
}

/** Every programme of the year with its money, share of the municipal total and indicator results. */
export function YearProgrammeTable(props: {
  slug: string;
  year: number;
  column: "ACTUAL" | "BUDGET_AMENDED";
  convention: SignConvention;
  programmes: Row[];
}) {
  const { slug, year, column, programmes } = props;
  const anyResult = programmes.some((p) => p.totals.figures.result !== null);
  const anyPrinted = programmes.some((p) => printsTotals(p.totals.figures));
  const basis = column === "ACTUAL" ? "realisatie" : "begroting na wijziging";
  const anyShare = programmes.some((p) => p.totals.shareExpenses || p.totals.shareIncome || p.totals.shareBalance);
  return (
    <section aria-labelledby="programmas">
      <h2 className="utrecht-heading-2" id="programmas">
        Programma&apos;s
      </h2>
      <ScrollTable title="Programma's met lasten, baten en saldo" note={`${basis}, bedragen x € 1.000`}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Programma</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Lasten</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">Baten</th>
              <th scope="col" className="utrecht-table__header-cell pm-num">{BALANCE_TERM.label}</th>
              {anyResult && <th scope="col" className="utrecht-table__header-cell pm-num">{RESULT_TERM.label}</th>}
              {anyShare && <th scope="col" className="utrecht-table__header-cell">Aandeel in gemeentelijk totaal (lasten)</th>}
              <th scope="col" className="utrecht-table__header-cell">Indicatoren {year}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {programmes.map((p) => (
              <tr key={p.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" href={publicProgrammeHref(slug, year, p.number)}>
                    {p.number} {p.name}
                  </Link>
                </th>
                <Amount figures={p.totals.figures} name="expenses" />
                <Amount figures={p.totals.figures} name="income" />
                <Amount figures={p.totals.figures} name="balance" />
                {anyResult && <Amount figures={p.totals.figures} name="result" />}
                {anyShare && (
                  <td className="utrecht-table__cell">
                    {p.totals.shareExpenses ? <ShareBar share={p.totals.shareExpenses} label="van de totale lasten" /> : MISSING_VALUE}
                  </td>
                )}
                <td className="utrecht-table__cell">
                  <AchievementSummary counts={p.achievements} />
                </td>
              </tr>
            ))}
          </tbody>
      </ScrollTable>
      <p className="pm-legend">
        {conventionLegend(props.convention)}
        {anyResult && ` ${BALANCE_TERM.label} = ${BALANCE_TERM.definition}; ${RESULT_TERM.label.toLowerCase()} = ${RESULT_TERM.definition}.`}
        {anyPrinted && ` ${PRINTED_FIRST_LEGEND}`}
        {anyShare && " Het aandeel staat zoals de gemeente het drukte; het gemeentelijk totaal zelf staat niet in de bron."}
      </p>
    </section>
  );
}

function AchievementSummary({ counts }: { counts: AchievementCounts }) {
  const total = counts.GEHAALD + counts.NIET_GEHAALD + counts.GEEN_METING + counts.GEEN_STREEFWAARDE;
  if (total === 0) return <span className="pm-muted">geen indicatoren</span>;
  const parts = [
    counts.GEHAALD && `${counts.GEHAALD} gehaald`,
    counts.NIET_GEHAALD && `${counts.NIET_GEHAALD} niet gehaald`,
    counts.GEEN_METING && `${counts.GEEN_METING} geen meting`,
    counts.GEEN_STREEFWAARDE && `${counts.GEEN_STREEFWAARDE} zonder streefwaarde`,
  ].filter(Boolean);
  return <>{parts.join(", ")}</>;
}
