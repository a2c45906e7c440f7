import { printsDerivedFigures, type FinanceTable, type TableRow } from "@/lib/finance/table";
import { conventionLegend } from "@/lib/finance/sign-convention";
import { CATEGORY_LABELS, PRINTED_FIRST_LEGEND, RESULT_TERM, BALANCE_TERM } from "@/lib/finance/labels";
import { ScrollTable } from "@/components/layout/ScrollTable";
import { PrintedAmount } from "./PrintedAmount";

// Zoetermeer prints its realisatie "per doelstelling": one row per goal and the
// categories (lasten, baten, toevoegingen, onttrekkingen, saldo) as columns.
// Same numbers as the line layout, shown the way the source shows them; its
// saldo column includes the reserve mutations, so it carries the name of that
// figure (resultaat na reserves), never the bare "saldo".

/** True when every line belongs to a goal and only realisatie is known. */
export function suitsGoalColumns(table: FinanceTable) {
  const lines = table.groups.flatMap((g) => g.lines);
  return table.columns.length === 1 && table.columns[0] === "ACTUAL" && lines.length > 0 && lines.every((l) => l.goalId);
}

export function GoalColumnsTable({ table, caption }: { table: FinanceTable; caption: string }) {
  const lines = table.groups.flatMap((g) => g.lines);
  const goals = [...new Map(lines.map((l) => [l.goalId, l.label])).entries()];
  const saldoOf = (goalId: string | null) => table.goalResults.find((r) => r.goalId === goalId);
  const total = table.result ?? table.balance;
  const term = total.kind === "RESULT" ? RESULT_TERM : BALANCE_TERM;
  const marked = printsDerivedFigures(table);
  const cell = (row: TableRow | undefined) => <PrintedAmount figure={row?.figures.ACTUAL} markComputed={marked && row?.lineId === null} />;
  return (
    <>
      <ScrollTable title={caption} note="realisatie, bedragen x € 1.000">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Doelstelling</th>
              {table.groups.map((g) => (
                <th key={g.category} scope="col" className="utrecht-table__header-cell pm-num">
                  {CATEGORY_LABELS[g.category]}
                </th>
              ))}
              <th scope="col" className="utrecht-table__header-cell pm-num">{term.label}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {goals.map(([goalId, label]) => (
              <tr key={goalId} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{label}</th>
                {table.groups.map((g) => (
                  <td key={g.category} className="utrecht-table__cell pm-num">
                    {cell(g.lines.find((l) => l.goalId === goalId))}
                  </td>
                ))}
                <td className="utrecht-table__cell pm-num">{cell(saldoOf(goalId))}</td>
              </tr>
            ))}
            <tr className="utrecht-table__row pm-total">
              <th scope="row" className="utrecht-table__header-cell">Totaal programma</th>
              {table.groups.map((g) => (
                <td key={g.category} className="utrecht-table__cell pm-num">{cell(g.total)}</td>
              ))}
              <td className="utrecht-table__cell pm-num">{cell(total)}</td>
            </tr>
          </tbody>
      </ScrollTable>
      <p className="pm-legend">
        {conventionLegend(table.convention)} {term.label} = {term.definition}.{marked && ` ${PRINTED_FIRST_LEGEND}`}
      </p>
    </>
  );
}
