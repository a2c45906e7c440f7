import { changeText } from "@/lib/exchange/jobs/view";
import type { PreviewRow } from "@/lib/exchange/preview";

/** One page of an import's preview: per row where it is, what it changes, or why it cannot. A list, so it fits a phone. */
export function PreviewRows({ rows }: { rows: PreviewRow[] }) {
  if (rows.length === 0) return <p className="utrecht-paragraph">Geen rijen om te tonen.</p>;
  return (
    <ol className="pm-preview-rows">
      {rows.map((r, i) => (
        <li key={`${r.at}-${i}`} className={r.problems.length > 0 ? "pm-preview-row pm-preview-row--problem" : "pm-preview-row"}>
          <p className="utrecht-paragraph">
            <strong>{r.at}</strong>
            {r.name ? ` · ${r.name}` : ""}
          </p>
          {r.problems.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {r.problems.map((p) => (
                <li className="utrecht-unordered-list__item" key={p}>
                  Probleem: {p}
                </li>
              ))}
            </ul>
          ) : r.changes.length > 0 ? (
            <>
              {r.action === "create" && <p className="utrecht-paragraph">Nieuw.</p>}
              <ul className="utrecht-unordered-list">
                {r.changes.map((c) => (
                  <li className="utrecht-unordered-list__item" key={c.label}>
                    {changeText(c)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="utrecht-paragraph">Ongewijzigd.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
