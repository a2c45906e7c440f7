import type { ReactNode } from "react";
import { isDerivedCell, printsDerivedFigures, type FinanceTable as Table, type TableRow } from "@/lib/finance/table";
import { conventionLegend, type AmountColumn } from "@/lib/finance/sign-convention";
import { formatInteger, formatPercent } from "@/lib/format/number";
import { deviationLabelText } from "@/lib/finance/deviation";
import { BALANCE_TERM, CATEGORY_LABELS, COLUMN_LABELS, COMPUTED_SUFFIX, PRINTED_FIRST_LEGEND, PRINTED_SUFFIX, RESULT_TERM } from "@/lib/finance/labels";
import { ScrollTable } from "@/components/layout/ScrollTable";
import { PrintedAmount } from "./PrintedAmount";

// Renders a programme's financial table in the municipality's own sign
// convention, "Bedragen x € 1.000", printed figures first (as the council
// adopted them), with V/N on every verschil.

function Amount({ row, column, marked, children }: { row: TableRow; column: AmountColumn; marked: boolean; children?: ReactNode }) {
  return (
    <PrintedAmount figure={row.figures[column]} markComputed={marked && isDerivedCell(row, column)}>
      {children}
    </PrintedAmount>
  );
}

function DeviationCell({ row, marked }: { row: TableRow; marked: boolean }) {
  return (
    <td className="utrecht-table__cell pm-num">
      <Amount row={row} column="DIFFERENCE" marked={marked}>
        {" "}
        <DeviationMarks row={row} />
      </Amount>
    </td>
  );
}

function DeviationMarks({ row }: { row: TableRow }) {
  return (
    <>
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
    </>
  );
}

function Row({ table, row, total, marked }: { table: Table; row: TableRow; total?: boolean; marked: boolean }) {
  return (
    <tr className={`utrecht-table__row${total ? " pm-total" : ""}`}>
      <th scope="row" className="utrecht-table__header-cell">
        {row.label}
      </th>
      {table.columns.map((column) =>
        column === "DIFFERENCE" ? (
          <DeviationCell key={column} row={row} marked={marked} />
        ) : (
          <td key={column} className="utrecht-table__cell pm-num">
            <Amount row={row} column={column} marked={marked} />
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
  const marked = printsDerivedFigures(table);
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
                <Row key={line.lineId} table={table} row={line} marked={marked} />
              ))}
              {group.lines.length > 1 && <Row table={table} row={group.total} total marked={marked} />}
            </tbody>
          ))}
          <tbody className="utrecht-table__body">
            <Row table={table} row={table.balance} total marked={marked} />
            {table.result && <Row table={table} row={table.result} total marked={marked} />}
            {table.goalResults.map((row) => (
              <Row
                key={`${row.goalId}-${row.kind}`}
                table={table}
                row={{ ...row, label: `${CATEGORY_LABELS[row.kind]}: ${row.label}` }}
                marked={marked}
              />
            ))}
          </tbody>
      </ScrollTable>
      <p className="pm-legend">
        {conventionLegend(table.convention)} V = voordeel (minder uitgegeven of meer ontvangen dan begroot), N = nadeel.
        {table.result && ` ${BALANCE_TERM.label} = ${BALANCE_TERM.definition}; ${RESULT_TERM.label.toLowerCase()} = ${RESULT_TERM.definition}.`}
        {marked && ` ${PRINTED_FIRST_LEGEND}`}
      </p>
      {table.roundingNotes.length > 0 && (
        <div className="pm-legend">
          <p>Afrondingsverschillen: hier telt het gedrukte document anders op dan de som van de afgeronde regels.</p>
          <ul className="utrecht-unordered-list">
            {table.roundingNotes.map((n) => (
              <li key={`${n.label}-${n.kind}-${n.column}`} className="utrecht-unordered-list__item">
                {n.label}, {COLUMN_LABELS[n.column].toLowerCase()}: {PRINTED_SUFFIX} {formatInteger(n.printed)}, {COMPUTED_SUFFIX}{" "}
                {formatInteger(n.computed)} (afrondingsverschil {formatInteger(n.roundingDifference)})
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
