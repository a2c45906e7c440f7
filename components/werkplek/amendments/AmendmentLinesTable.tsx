import type { AmendmentDetail } from "@/lib/amendment/data";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { amountText, decimalText } from "../entry/entry-view";
import { BudgetCell } from "./BudgetCell";

/** What a wijziging changes, read-only: for a reader, and for a wijziging that is decided or came from the import. */
export function AmendmentLinesTable({ amendment }: { amendment: AmendmentDetail }) {
  const lines = amendment.lines.filter((l) => l.delta !== null);
  const targets = amendment.targets.filter((t) => t.value !== null);
  return (
    <>
      <h2 className="utrecht-heading-2">Bedragen per begrotingspost</h2>
      {lines.length === 0 ? (
        <p className="utrecht-paragraph">Deze wijziging verandert geen bedragen.</p>
      ) : (
        <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Bedragen per begrotingspost">
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Begrotingspost</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Primitieve begroting (€)</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Na wijziging, zonder deze (€)</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Deze wijziging (€)</th>
                <th scope="col" className="utrecht-table__header-cell pm-num">Na wijziging, met deze (€)</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lines.map((l) => (
                <tr key={l.budgetLineId} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {CATEGORY_LABELS[l.category]}: {l.label}
                    <span className="pm-block pm-small">Programma {l.programme}</span>
                  </th>
                  <td className="utrecht-table__cell pm-num">{l.primitief === null ? "onbekend" : amountText(l.primitief)}</td>
                  <td className="utrecht-table__cell pm-num"><BudgetCell state={l.before} /></td>
                  <td className="utrecht-table__cell pm-num">{amountText(l.delta)}</td>
                  <td className="utrecht-table__cell pm-num"><BudgetCell state={l.after} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {targets.length > 0 && (
        <>
          <h2 className="utrecht-heading-2">Streefwaarden</h2>
          <ul className="utrecht-unordered-list">
            {targets.map((t) => (
              <li key={`${t.indicatorId}:${t.dimensionValue}`} className="utrecht-unordered-list__item">
                {t.name}
                {t.dimensionValue ? ` (${t.dimensionValue})` : ""}: {t.current === null ? "–" : decimalText(t.current, t.decimals)} →{" "}
                {decimalText(t.value, t.decimals)}
                {t.reason ? ` — ${t.reason}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
