import Link from "next/link";
import type { AmendmentSummary } from "@/lib/amendment/data";
import { AMENDMENT_STATUS_LABELS, authorityText, dateText } from "@/lib/amendment/labels";
import { CATEGORIES } from "@/lib/amendment/rules";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { formatInteger } from "@/lib/format/number";

/** The wijzigingen of a year with their total per category; the import's unspecified ones are marked read-only. */
export function AmendmentTable({ amendments, base }: { amendments: AmendmentSummary[]; base: string }) {
  return (
    <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Begrotingswijzigingen">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption pm-visually-hidden">Begrotingswijzigingen, bedragen in euro&apos;s</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Nummer</th>
            <th scope="col" className="utrecht-table__header-cell">Datum</th>
            <th scope="col" className="utrecht-table__header-cell">Besluit</th>
            <th scope="col" className="utrecht-table__header-cell">Reden</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            {CATEGORIES.map((c) => (
              <th key={c} scope="col" className="utrecht-table__header-cell pm-num">
                {CATEGORY_LABELS[c]} (€)
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {amendments.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link className="utrecht-link" href={`${base}/${encodeURIComponent(a.id)}`}>
                  {a.number}
                </Link>
              </th>
              <td className="utrecht-table__cell pm-nowrap">{dateText(a.date)}</td>
              <td className="utrecht-table__cell">{authorityText(a)}</td>
              <td className="utrecht-table__cell">{a.reason}</td>
              <td className="utrecht-table__cell">
                {AMENDMENT_STATUS_LABELS[a.status]}
                {a.unspecified && (
                  <span className="pm-block pm-small">
                    {a.documentTitle ? `uit ${a.documentTitle}, ` : ""}alleen lezen
                  </span>
                )}
              </td>
              {CATEGORIES.map((c) => (
                <td key={c} className="utrecht-table__cell pm-num">
                  {a.totals[c] === "0" ? "–" : formatInteger(BigInt(a.totals[c]))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
