import Link from "next/link";
import type { ProgrammeTotals, AchievementCounts } from "@/lib/programme/overview";
import { toPrinted, type SignConvention } from "@/lib/finance/sign-convention";
import { roundToThousands } from "@/lib/finance/money";
import { formatInteger, MISSING_VALUE } from "@/lib/format/number";
import { ShareBar } from "@/components/charts/ShareBar";
import { ScrollTable } from "@/components/layout/ScrollTable";
import { conventionLegend } from "@/lib/finance/sign-convention";
import { publicProgrammeHref } from "@/lib/routes";

interface Row {
  id: string;
  number: string;
  name: string;
  totals: ProgrammeTotals;
  achievements: AchievementCounts;
}

function Amount({ value, kind, convention, column }: { value: bigint | null; kind: "EXPENSES" | "INCOME" | "BALANCE"; convention: SignConvention; column: "ACTUAL" | "BUDGET_AMENDED" }) {
  return <>{value === null ? MISSING_VALUE : formatInteger(toPrinted(convention, kind, column, roundToThousands(value)))}</>;
}

/** Every programme of the year with its money, share of the municipal total and indicator results. */
export function YearProgrammeTable(props: {
  slug: string;
  year: number;
  column: "ACTUAL" | "BUDGET_AMENDED";
  convention: SignConvention;
  programmes: Row[];
}) {
  const { slug, year, column, convention, programmes } = props;
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
              <th scope="col" className="utrecht-table__header-cell pm-num">Saldo</th>
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
                <td className="utrecht-table__cell pm-num"><Amount value={p.totals.expenses} kind="EXPENSES" convention={convention} column={column} /></td>
                <td className="utrecht-table__cell pm-num"><Amount value={p.totals.income} kind="INCOME" convention={convention} column={column} /></td>
                <td className="utrecht-table__cell pm-num"><Amount value={p.totals.balance} kind="BALANCE" convention={convention} column={column} /></td>
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
        {conventionLegend(convention)}
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
