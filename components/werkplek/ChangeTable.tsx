import Link from "next/link";
import type { ChangeRow } from "@/lib/audit/format";

/**
 * Audit entries as a table: when, who, what, old → new, and the reason.
 * Text only: values and reasons are user input, rendered as text by React,
 * never as HTML.
 */
export function ChangeTable({ rows, caption, showSubject = false }: { rows: ChangeRow[]; caption: string; showSubject?: boolean }) {
  if (rows.length === 0) return <p className="utrecht-paragraph pm-muted">Nog geen wijzigingen.</p>;
  return (
    <div className="pm-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table pm-change-table">
        <caption className="utrecht-table__caption pm-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Wanneer</th>
            <th scope="col" className="utrecht-table__header-cell">Wie</th>
            {showSubject && <th scope="col" className="utrecht-table__header-cell">Cijfer</th>}
            <th scope="col" className="utrecht-table__header-cell">Wat</th>
            <th scope="col" className="utrecht-table__header-cell">Was</th>
            <th scope="col" className="utrecht-table__header-cell">Wordt</th>
            <th scope="col" className="utrecht-table__header-cell">Reden of opmerking</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <td className="utrecht-table__cell pm-nowrap">{r.at}</td>
              <td className="utrecht-table__cell">{r.user}</td>
              {showSubject && (
                <td className="utrecht-table__cell">
                  {r.subjectHref ? (
                    <Link className="utrecht-link" href={r.subjectHref}>
                      {r.subject}
                    </Link>
                  ) : (
                    r.subject
                  )}
                </td>
              )}
              <td className="utrecht-table__cell">
                {r.action}
                {r.field && `: ${r.field.toLowerCase()}`}
              </td>
              <td className="utrecht-table__cell pm-prose">{r.oldValue}</td>
              <td className="utrecht-table__cell pm-prose">{r.newValue}</td>
              <td className="utrecht-table__cell pm-prose">{r.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
