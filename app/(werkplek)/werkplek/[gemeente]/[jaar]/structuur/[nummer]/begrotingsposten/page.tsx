import type { Metadata } from "next";
import { loadBudgetLineEditor } from "@/lib/structure/editor-loaders";
import { moveBudgetLineForm, removeBudgetLineForm } from "@/lib/structure/budget-line-actions";
import type { EditorBudgetLine } from "@/lib/structure/budget-line/data";
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { EditorHeader } from "@/components/werkplek/structure/EditorHeader";
import { BudgetLineForm, NEW_LINE, type LineValues } from "@/components/werkplek/structure/BudgetLineForm";
import { ItemControls } from "@/components/werkplek/structure/ItemControls";
import { firstParam, parseYear, resolveLoad } from "../../../../../resolve";

export const metadata: Metadata = { title: "Begrotingsposten", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string; nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const seg = encodeURIComponent;

const savedValues = (l: EditorBudgetLine): LineValues => ({
  category: l.category,
  label: l.label,
  product: l.product ?? "",
  functionCode: l.functionCode ?? "",
  goalId: l.goalId ?? "",
  incidental: l.incidental,
});

export default async function BudgetLineEditorPage({ params, searchParams }: Props) {
  const { gemeente, jaar, nummer } = await params;
  const year = parseYear(jaar);
  const number = decodeURIComponent(nummer);
  const stuk = firstParam((await searchParams).stuk);
  const base = `/werkplek/${seg(gemeente)}/${year}/structuur/${seg(number)}`;
  const data = resolveLoad(await loadBudgetLineEditor(gemeente, year, number, stuk), `${base}/begrotingsposten${stuk ? `?stuk=${seg(stuk)}` : ""}`);
  const { document, programme, lines, mayEdit } = data;
  const taakveldName = new Map(data.taakvelden.flatMap((g) => g.options.map((o) => [o.code, o.label] as const)));

  return (
    <>
      <EditorHeader data={data} title="Begrotingsposten" other={{ href: `${base}/indicatoren`, label: "Naar de indicatoren van dit programma" }} />

      <section aria-labelledby="posten-lijst">
        <h2 id="posten-lijst" className="utrecht-heading-2">
          Begrotingsposten in dit document ({lines.length})
        </h2>
        {lines.length === 0 && <p className="utrecht-paragraph">Dit programma heeft in dit document nog geen begrotingsposten.</p>}
        {lines.length === data.maxRows && <p className="utrecht-paragraph">Alleen de eerste {data.maxRows} begrotingsposten staan hier.</p>}
        <ol className="pm-structure-list">
          {lines.map((l, index) => (
            <li key={l.id} className="pm-structure-item">
              <h3 className="utrecht-heading-3">
                {CATEGORY_LABELS[l.category]}: {l.label}
              </h3>
              <p className="utrecht-paragraph pm-muted">
                Taakveld: {l.functionCode ? (taakveldName.get(l.functionCode) ?? l.functionCode) : "nog niet gekozen"}
                {l.product && ` · product: ${l.product}`}
                {l.goalLabel && ` · doelstelling ${l.goalLabel}`}
                {l.incidental && " · incidenteel"}
                {l.retiredFromYear !== null && ` · beëindigd vanaf ${l.retiredFromYear}`}
              </p>
              {mayEdit && (
                <ItemControls name={l.label} fields={{ documentId: document.id, budgetLineId: l.id }} index={index} count={lines.length} move={moveBudgetLineForm} remove={removeBudgetLineForm}>
                  <BudgetLineForm mode="edit" documentId={document.id} budgetLineId={l.id} goals={data.goals} taakvelden={data.taakvelden} saved={savedValues(l)} />
                </ItemControls>
              )}
            </li>
          ))}
        </ol>
      </section>

      {mayEdit && (
        <section aria-labelledby="post-toevoegen">
          <h2 id="post-toevoegen" className="utrecht-heading-2">
            Begrotingspost toevoegen
          </h2>
          <p className="utrecht-paragraph">De post krijgt lege bedragen voor {document.kind === "BEGROTING" ? "elk jaar van deze begroting en de meerjarenraming" : `${document.year}`}, om in te vullen bij het programma.</p>
          <BudgetLineForm mode="add" documentId={document.id} programmeId={programme.id} goals={data.goals} taakvelden={data.taakvelden} saved={NEW_LINE} />
        </section>
      )}
    </>
  );
}
