import type { Metadata } from "next";
import Link from "next/link";
import { loadTargetGridPage } from "@/lib/budget/loaders";
import { formatIndicatorNumber, MISSING_VALUE } from "@/lib/format/number";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import { documentSlug } from "@/lib/review/document-slug";
import { REVIEW_STATUS_LABELS } from "@/lib/review/workflow";
import { GridPageHeader } from "@/components/werkplek/budget/GridPageHeader";
import { TargetGridForm } from "@/components/werkplek/budget/TargetGridForm";
import { resolveLoad } from "../../../../../resolve";
import { gridAddress, type GridPageProps } from "../grid-address";

export const metadata: Metadata = { title: "Streefwaarden invoeren", robots: { index: false } };

export default async function TargetGridPage(props: GridPageProps) {
  const { gemeente, year, number, kind, programmePath } = await gridAddress(props);
  const data = resolveLoad(await loadTargetGridPage(gemeente, year, number, kind), `${programmePath}/streefwaarden`);
  const { municipality, document, programme, years, rows } = data;
  const query = `?stuk=${documentSlug(document)}`;

  return (
    <>
      <GridPageHeader title="Streefwaarden" programmePath={programmePath} municipality={municipality} document={document} programme={programme} demo={data.demo} />
      <p className="utrecht-paragraph pm-prose">
        De streefwaarde van {document.year}
        {years.length > 1 ? ` en van de jaren van de meerjarenraming (${years[1]}–${years.at(-1)})` : ""}. Typ getallen zoals u ze
        schrijft: 7,4 of 1.234. Elke streefwaarde wordt beoordeeld door de controller en vastgesteld met de begroting; de
        jaarstukken tonen haar later als vastgestelde streefwaarde.
      </p>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">Dit programma heeft in deze begroting nog geen indicatoren.</p>
      ) : data.mayEdit ? (
        <TargetGridForm documentId={document.id} programmeId={programme.id} years={years} rows={rows} maySubmit={data.maySubmit} />
      ) : (
        <>
          {data.open && (
            <p className="utrecht-paragraph pm-prose pm-muted">
              U kunt deze streefwaarden bekijken. Invoeren doet de beleidsadviseur aan wie dit programma is toegewezen.
            </p>
          )}
          <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Streefwaarden per indicator en jaar">
            <table className="utrecht-table pm-grid">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell pm-grid__sticky">Indicator</th>
                  {years.map((y) => (
                    <th key={y} scope="col" className="utrecht-table__header-cell pm-num">Streefwaarde {y}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {rows.map((r) => (
                  <tr key={`${r.indicatorId}:${r.dimensionValue}`} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell pm-grid__sticky pm-grid__label">
                      {indicatorValueTitle({ name: r.name, dimensionValue: r.dimensionValue })}
                    </th>
                    {years.map((y) => {
                      const c = r.cells[String(y)];
                      return (
                        <td key={y} className="utrecht-table__cell pm-num">
                          {c?.value == null ? MISSING_VALUE : formatIndicatorNumber(c.value, r.decimals)}
                          {c && <span className="pm-figure-note">{REVIEW_STATUS_LABELS[c.reviewStatus]}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`${programmePath}${query}`}>
          Terug naar programma {programme.number}
        </Link>
      </p>
    </>
  );
}
