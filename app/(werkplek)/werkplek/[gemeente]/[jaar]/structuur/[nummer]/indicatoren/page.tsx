import type { Metadata } from "next";
import { loadIndicatorEditor } from "@/lib/structure/editor-loaders";
import { moveIndicatorForm, removeIndicatorForm } from "@/lib/structure/indicator-actions";
import { UNIT_LABELS } from "@/lib/structure/indicator-schema";
import type { EditorIndicator } from "@/lib/structure/indicator/data";
import { EditorHeader } from "@/components/werkplek/structure/EditorHeader";
import { IndicatorForm, NEW_INDICATOR, type IndicatorValues } from "@/components/werkplek/structure/IndicatorForm";
import { BbvForm } from "@/components/werkplek/structure/BbvForm";
import { ItemControls } from "@/components/werkplek/structure/ItemControls";
import { firstParam, parseYear, resolveLoad } from "../../../../../resolve";

export const metadata: Metadata = { title: "Indicatoren", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string; nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const seg = encodeURIComponent;

function savedValues(i: EditorIndicator): IndicatorValues {
  const dutch = (v: string | null) => (v === null ? "" : v.replace(".", ","));
  return {
    name: i.name ?? "",
    definition: i.definition ?? "",
    unit: i.unit,
    unitLabel: i.unitLabel ?? "",
    decimals: String(i.decimals),
    direction: i.direction,
    sourceName: i.sourceName ?? "",
    frequency: i.frequency,
    bbvMandatory: i.bbvMandatory,
    goalId: i.goalId ?? "",
    dimensionName: i.dimensionName ?? "",
    minValue: dutch(i.minValue),
    maxValue: dutch(i.maxValue),
  };
}

const unitText = (i: EditorIndicator) => (i.unit === "OVERIG" ? (i.unitLabel ?? "") : UNIT_LABELS[i.unit]);

export default async function IndicatorEditorPage({ params, searchParams }: Props) {
  const { gemeente, jaar, nummer } = await params;
  const year = parseYear(jaar);
  const number = decodeURIComponent(nummer);
  const stuk = firstParam((await searchParams).stuk);
  const base = `/werkplek/${seg(gemeente)}/${year}/structuur/${seg(number)}`;
  const data = resolveLoad(await loadIndicatorEditor(gemeente, year, number, stuk), `${base}/indicatoren${stuk ? `?stuk=${seg(stuk)}` : ""}`);
  const { document, programme, indicators, mayEdit } = data;
  const name = (i: EditorIndicator) => i.name ?? "Indicator zonder naam";

  return (
    <>
      <EditorHeader data={data} title="Indicatoren" other={{ href: `${base}/begrotingsposten`, label: "Naar de begrotingsposten van dit programma" }} />

      <section aria-labelledby="indicatoren-lijst">
        <h2 id="indicatoren-lijst" className="utrecht-heading-2">
          Indicatoren in dit document ({indicators.length})
        </h2>
        {indicators.length === 0 && <p className="utrecht-paragraph">Dit programma heeft in dit document nog geen indicatoren.</p>}
        {indicators.length === data.maxRows && <p className="utrecht-paragraph">Alleen de eerste {data.maxRows} indicatoren staan hier.</p>}
        <ol className="pm-structure-list">
          {indicators.map((i, index) => (
            <li key={i.id} className="pm-structure-item">
              <h3 className="utrecht-heading-3">
                {name(i)}
                {i.bbvMandatory && <span className="pm-badge"> BBV</span>}
              </h3>
              <p className="utrecht-paragraph pm-muted">
                Eenheid: {unitText(i)} · {i.decimals} {i.decimals === 1 ? "decimaal" : "decimalen"}
                {i.sourceName && ` · bron: ${i.sourceName}`}
                {i.goalLabel && ` · doelstelling ${i.goalLabel}`}
                {i.retiredFromYear !== null && ` · beëindigd vanaf ${i.retiredFromYear}`}
              </p>
              {mayEdit && (
                <ItemControls name={name(i)} fields={{ documentId: document.id, indicatorId: i.id }} index={index} count={indicators.length} move={moveIndicatorForm} remove={removeIndicatorForm}>
                  <IndicatorForm mode="edit" documentId={document.id} indicatorId={i.id} official={i.bbvMandatory && !!i.importKey?.startsWith("bbv:")} goals={data.goals} saved={savedValues(i)} />
                </ItemControls>
              )}
            </li>
          ))}
        </ol>
        {mayEdit && (
          <p className="utrecht-paragraph pm-muted">
            Verwijderen haalt een indicator alleen helemaal weg als geen ander document hem gebruikt. Staat hij in een eerder document, dan wordt hij vanaf {document.year} beëindigd en blijven de eerdere cijfers zichtbaar.
          </p>
        )}
      </section>

      {mayEdit && (
        <>
          <section aria-labelledby="indicator-toevoegen">
            <h2 id="indicator-toevoegen" className="utrecht-heading-2">
              Indicator toevoegen
            </h2>
            <p className="utrecht-paragraph">De indicator krijgt lege cijfers voor {document.kind === "BEGROTING" ? "elk jaar van deze begroting en de meerjarenraming" : `${document.year}`}, om in te vullen bij het programma.</p>
            <IndicatorForm mode="add" documentId={document.id} programmeId={programme.id} goals={data.goals} saved={NEW_INDICATOR} />
          </section>
          <section aria-labelledby="bbv-toevoegen">
            <h2 id="bbv-toevoegen" className="utrecht-heading-2">
              BBV-beleidsindicatoren toevoegen
            </h2>
            <BbvForm documentId={document.id} programmeId={programme.id} goals={data.goals} choices={data.bbv} />
          </section>
        </>
      )}
    </>
  );
}
