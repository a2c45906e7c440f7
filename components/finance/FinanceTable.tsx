import type { FinanceTable as Table, TableRow } from "@/lib/finance/table";
import { conventionLegend, toPrinted, type AmountColumn } from "@/lib/finance/sign-convention";
import { roundToThousands } from "@/lib/finance/money";
import { formatInteger, formatPercent, MISSING_VALUE } from "@/lib/format/number";
import { deviationLabelText } from "@/lib/finance/deviation";
import { CATEGORY_LABELS, COLUMN_LABELS } from "@/lib/finance/labels";
import { ScrollTable } from "@/components/layout/ScrollTable";

// Renders a programme's financial table in the municipality's own sign
// convention, "Bedragen x € 1.000", with V/N on every verschil.

function amount(table: Table, row: TableRow, column: AmountColumn): string {
  const value = row.cells[column];
  if (value === null || value === undefined) return MISSING_VALUE;
  return formatInteger(toPrinted(table.convention, row.kind, column, roundToThousands(value)));
}

function DeviationCell({ table, row }: { table: Table; row: TableRow }) {
  const text = amount(table, row, "DIFFERENCE");
  return (
    <td className="utrecht-table__cell pm-num">
      {text}{" "}
      {row.deviation && (
        <abbr
          title={deviationLabelText(row.deviation)}
          className={`utrecht-status-badge ${row.deviation === "V" ? "pm-badge-v" : "pm-badge-n"}`}
        >
          {row.deviation}
        </abbr>
      )}
      {row.exceedsThreshold && (
        <span className="pm-threshold" title="Boven de toelichtingsgrens van de gemeente">
          {" "}
          <span aria-hidden="true">!</span>
          <span className="pm-visually-hidden">boven de toelichtingsgrens</span>
        </span>
      )}
    </td>
  );
}

function Row({ table, row, total }: { table: Table; row: TableRow; total?: boolean }) {
  return (
    <tr className={`utrecht-table__row${total ? " pm-total" : ""}`}>
      <th scope="row" className="utrecht-table__header-cell">
        {row.label}
      </th>
      {table.columns.map((column) =>
        column === "DIFFERENCE" ? (
          <DeviationCell key={column} table={table} row={row} />
        ) : (
          <td key={column} className="utrecht-table__cell pm-num">
            {amount(table, row, column)}
            {row.share[column] && <span className="pm-muted"> ({formatPercent(row.share[column]!, 2)})</span>}
          </td>
        ),
      )}
    </tr>
  );
}

/** A group whose only line is named after its category (Hilversum's "Lasten") needs no heading row. */
function isSelfNamed(group: Table["groups"][number]) {
  return group.lines.length === 1 && group.lines[0]?.label === CATEGORY_LABELS[group.category];
}

export function FinanceTable({ table, caption }: { table: Table; caption: string }) {
  return (
    <>
      <ScrollTable title={caption} note="bedragen x € 1.000">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Omschrijving
              </th>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="utrecht-table__header-cell pm-num">
                  {COLUMN_LABELS[c]}
                </th>
              ))}
            </tr>
          </thead>
          {table.groups.map((group) => (
            <tbody key={group.category} className="utrecht-table__body">
              {!isSelfNamed(group) && (
                <tr className="utrecht-table__row">
                  <th scope="rowgroup" colSpan={table.columns.length + 1} className="utrecht-table__header-cell">
                    {CATEGORY_LABELS[group.category]}
                  </th>
                </tr>
              )}
              {group.lines.map((line) => (
                <Row key={line.lineId} table={table} row={line} />
              ))}
              {group.lines.length > 1 && <Row table={table} row={group.total} total />}
            </tbody>
          ))}
          <tbody className="utrecht-table__body">
            <Row table={table} row={table.balance} total />
            {table.result && <Row table={table} row={table.result} total />}
            {table.goalResults.map((row) => (
              <Row key={`${row.goalId}-${row.kind}`} table={table} row={{ ...row, label: `${CATEGORY_LABELS[row.kind]}: ${row.label}` }} />
            ))}
          </tbody>
      </ScrollTable>
      <p className="pm-legend">
        {conventionLegend(table.convention)} V = voordeel (minder uitgegeven of meer ontvangen dan begroot), N = nadeel.
      </p>
      {table.roundingNotes.length > 0 && (
        <div className="pm-legend">
          <p>
            Afronding: het gedrukte document telt anders op dan de som van de afgeronde regels. Programmamonitor rekent
            met de regels; het document drukte:
          </p>
          <ul className="utrecht-unordered-list">
            {table.roundingNotes.map((n) => (
              <li key={`${n.label}-${n.column}`} className="utrecht-unordered-list__item">
                {n.label}, {COLUMN_LABELS[n.column].toLowerCase()}: gedrukt {formatInteger(n.printed)}, som van de regels{" "}
                {formatInteger(n.computed)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
