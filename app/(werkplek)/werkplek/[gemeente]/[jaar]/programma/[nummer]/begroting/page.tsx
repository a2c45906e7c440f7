import type { Metadata } from "next";
import Link from "next/link";
import { loadBudgetGridPage } from "@/lib/budget/loaders";
import { budgetYearLabel, ADOPTED_WITH_BEGROTING } from "@/lib/budget/rules";
import { stageOf } from "@/lib/cycle/stage";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { formatEuro, MISSING_VALUE } from "@/lib/format/number";
import { documentSlug } from "@/lib/review/document-slug";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { GridPageHeader } from "@/components/werkplek/budget/GridPageHeader";
import { BudgetGridForm } from "@/components/werkplek/budget/BudgetGridForm";
import { resolveLoad } from "../../../../../resolve";
import { gridAddress, type GridPageProps } from "../grid-address";

export const metadata: Metadata = { title: "Begroting invoeren", robots: { index: false } };

export default async function BudgetGridPage(props: GridPageProps) {
  const { gemeente, year, number, kind, programmePath } = await gridAddress(props);
  const data = resolveLoad(await loadBudgetGridPage(gemeente, year, number, kind), `${programmePath}/begroting`);
  const { municipality, document, programme, grid } = data;
  const query = `?stuk=${documentSlug(document)}`;
  const yearLabels = Object.fromEntries(grid.years.map((y) => [y, budgetYearLabel(stageOf(document, y), y)]));
  const showAmended = grid.lines.some((l) => l.amended !== (l.cells[String(document.year)]?.value ?? null));

  return (
    <>
      <GridPageHeader title="Begroting invoeren" programmePath={programmePath} municipality={municipality} document={document} programme={programme} demo={data.demo} />
      <p className="utrecht-paragraph pm-prose">
        De primitieve begroting {document.year}
        {grid.years.length > 1 ? ` en de meerjarenraming ${grid.years[1]}–${grid.years.at(-1)}` : ""} per begrotingspost, in hele
        euro&apos;s zonder minteken: de groep (lasten, baten, reserves) zegt wat het bedrag betekent. Typ 1.234.567 of
        1234567. Een lege cel is nog niet ingevuld; typ 0 als er niets is begroot. Een lege ramingscel wordt geen
        raming.
      </p>

      {!data.open && (
        <div className="utrecht-alert utrecht-alert--info">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph utrecht-alert__message">
              Deze begroting is {DOCUMENT_STATUS_LABELS[document.status].toLowerCase()}: de bedragen zijn vergrendeld.
            </p>
          </div>
        </div>
      )}
      {grid.lines.length === 0 ? (
        <p className="utrecht-paragraph">Dit programma heeft in deze begroting nog geen begrotingsposten.</p>
      ) : data.mayEdit ? (
        <BudgetGridForm documentId={document.id} programmeId={programme.id} years={grid.years} yearLabels={yearLabels} lines={grid.lines} showAmended={showAmended} />
      ) : (
        <>
          {data.open && (
            <p className="utrecht-paragraph pm-prose pm-muted">
              U kunt deze bedragen bekijken. De controller of de beheerder voert de begroting in; elk bedrag {ADOPTED_WITH_BEGROTING}.
            </p>
          )}
          <div className="pm-table-scroll" tabIndex={0} role="region" aria-label="Bedragen per begrotingspost en jaar">
            <table className="utrecht-table pm-grid">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell pm-grid__sticky">Begrotingspost</th>
                  {grid.years.map((y) => (
                    <th key={y} scope="col" className="utrecht-table__header-cell pm-num">{yearLabels[y]}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {grid.lines.map((l) => (
                  <tr key={l.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell pm-grid__sticky pm-grid__label">
                      {CATEGORY_LABELS[l.category]}: {l.label}
                    </th>
                    {grid.years.map((y) => {
                      const value = l.cells[String(y)]?.value ?? null;
                      return (
                        <td key={y} className="utrecht-table__cell pm-num">{value === null ? MISSING_VALUE : formatEuro(BigInt(value))}</td>
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
