import type { MunicipalityDetail } from "@/lib/municipality/data";
import type { ActivityDto, GoalNode, ProgrammeInDocument } from "@/lib/programme/data";
import type { IndicatorDto } from "@/lib/indicator/data";
import type { ProgrammeFinanceDto } from "@/lib/finance/data";
import type { DocumentSectionDto } from "@/lib/document/data";
import { buildFinanceTable } from "@/lib/finance/table";
import { amendedBasisLegend } from "@/lib/finance/line-view";
import { FinanceTable } from "@/components/finance/FinanceTable";
import { GoalColumnsTable, suitsGoalColumns } from "@/components/finance/GoalColumnsTable";
import { IndicatorTable } from "@/components/indicator/IndicatorTable";
import { IndicatorGroupTable } from "@/components/indicator/IndicatorGroupTable";
import { GoalTree, goalAnchor, goalTitle } from "./GoalTree";
import { TextSection } from "./TextSection";
import { Markup } from "@/lib/text/markup";
import { PUBLIC_TEXT_LABELS } from "@/lib/text/questions";

export interface ProgrammeDetailData extends ProgrammeInDocument {
  goals: GoalNode[];
  activities: ActivityDto[];
  indicators: IndicatorDto[];
  finance: ProgrammeFinanceDto;
  sections: DocumentSectionDto[];
}

function Answer({ question, text }: { question: string; text: string | null }) {
  if (!text) return null;
  return (
    <>
      <h3 className="utrecht-heading-3">{question}</h3>
      <Markup text={text} />
    </>
  );
}

/** An activity's answer: the question in bold above the text, as the printed documents have it. */
function ActivityAnswer({ question, text }: { question: string; text: string | null }) {
  if (!text) return null;
  return (
    <>
      <p className="utrecht-paragraph">
        <strong>{question}</strong>
      </p>
      <Markup text={text} />
    </>
  );
}

function Activity({ activity: a }: { activity: ActivityDto }) {
  return (
    <section className="pm-card" aria-label={[a.code, a.title].filter(Boolean).join(": ")}>
      <h3 className="utrecht-heading-3">{[a.code, a.title].filter(Boolean).join(": ")}</h3>
      <Markup text={a.description} />
      <ActivityAnswer question={PUBLIC_TEXT_LABELS.achieved} text={a.achieved} />
      <ActivityAnswer question={PUBLIC_TEXT_LABELS.done} text={a.done} />
      {a.sourceLocation && <p className="pm-provenance">Bron: {a.sourceLocation}</p>}
    </section>
  );
}

/** Indicators printed as one table (same group label and dimension) stay together. */
function groupIndicators(indicators: IndicatorDto[]) {
  const groups: { label: string | null; indicators: IndicatorDto[] }[] = [];
  for (const i of indicators) {
    const label = i.groupLabel && i.dimensionName ? i.groupLabel : null;
    const group = label ? groups.find((g) => g.label === label) : undefined;
    if (group) group.indicators.push(i);
    else groups.push({ label, indicators: [i] });
  }
  return groups;
}

function flatten(goals: GoalNode[]): GoalNode[] {
  return goals.flatMap((g) => [g, ...flatten(g.children)]);
}

/** One programme of one document: doelenboom, goals with indicators, activities and money. */
export function ProgrammeDetail({ programme: p, municipality }: { programme: ProgrammeDetailData; municipality: MunicipalityDetail }) {
  const table =
    p.finance.lines.length > 0
      ? buildFinanceTable({
          lines: p.finance.lines,
          printed: p.finance.printed,
          convention: municipality.signConvention,
          threshold: {
            amount: municipality.deviationThresholdAmount,
            percent: municipality.deviationThresholdPercent,
            rule: municipality.deviationRule,
          },
        })
      : null;
  const basisLegend = amendedBasisLegend(p.finance.lines);
  const goals = flatten(p.goals);
  const looseIndicators = p.indicators.filter((i) => i.goalId === null);
  const looseActivities = p.activities.filter((a) => a.goalId === null);
  return (
    <>
      <Markup text={p.introduction} />
      {p.sections.filter((s) => s.goalId === null).map((s) => (
        <TextSection key={s.id} heading={s.heading} body={s.body} location={s.sourceLocation} level={2} />
      ))}
      {p.goals.length > 0 && (
        <section aria-labelledby="doelenboom">
          <h2 className="utrecht-heading-2" id="doelenboom">Doelenboom</h2>
          <GoalTree goals={p.goals} indicators={p.indicators} activities={p.activities} />
        </section>
      )}
      {goals.map((g) => (
        <section key={g.id} aria-labelledby={goalAnchor(g)}>
          <h2 className="utrecht-heading-2" id={goalAnchor(g)}>
            {g.level === "GENERAL" ? "Algemene doelstelling: " : "Doelstelling "}
            {goalTitle(g)}
          </h2>
          <Answer question={PUBLIC_TEXT_LABELS.intended} text={g.intended} />
          <Answer question={PUBLIC_TEXT_LABELS.planned} text={g.planned} />
          <Answer question={PUBLIC_TEXT_LABELS.achieved} text={g.achieved} />
          <Answer question={PUBLIC_TEXT_LABELS.done} text={g.done} />
          {p.sections.filter((s) => s.goalId === g.id).map((s) => (
            <TextSection key={s.id} heading={s.heading} body={s.body} location={s.sourceLocation} level={3} />
          ))}
          {p.indicators.some((i) => i.goalId === g.id) && <h3 className="utrecht-heading-3">Indicatoren</h3>}
          {p.indicators.filter((i) => i.goalId === g.id).map((i) => (
            <IndicatorTable key={i.id} indicator={i} />
          ))}
          {p.activities.filter((a) => a.goalId === g.id).map((a) => (
            <Activity key={a.id} activity={a} />
          ))}
          {g.financeExplanation && <Answer question={PUBLIC_TEXT_LABELS.financeExplanation} text={g.financeExplanation} />}
          {g.sourceLocation && <p className="pm-provenance">Bron: {g.sourceLocation}</p>}
        </section>
      ))}
      {looseActivities.length > 0 && (
        <section aria-labelledby="activiteiten">
          <h2 className="utrecht-heading-2" id="activiteiten">Activiteiten en speerpunten</h2>
          {looseActivities.map((a) => (
            <Activity key={a.id} activity={a} />
          ))}
        </section>
      )}
      {looseIndicators.length > 0 && (
        <section aria-labelledby="indicatoren">
          <h2 className="utrecht-heading-2" id="indicatoren">Indicatoren</h2>
          {groupIndicators(looseIndicators).map((g) =>
            g.label ? (
              <IndicatorGroupTable key={g.label} label={g.label} indicators={g.indicators} />
            ) : (
              g.indicators.map((i) => <IndicatorTable key={i.id} indicator={i} level={3} />)
            ),
          )}
        </section>
      )}
      {table && (
        <section aria-labelledby="financien">
          <h2 className="utrecht-heading-2" id="financien">Wat heeft het gekost?</h2>
          {suitsGoalColumns(table) ? (
            <GoalColumnsTable table={table} caption={`Financiën programma ${p.number} ${p.name}`} />
          ) : (
            <FinanceTable table={table} caption={`Financiën programma ${p.number} ${p.name}`} />
          )}
          {basisLegend && <p className="pm-legend">{basisLegend}</p>}
        </section>
      )}
      {p.sourceTitle && (
        <p className="pm-provenance">
          Bron: {p.sourceTitle}
          {p.sourceLocation ? `, ${p.sourceLocation}` : ""}
        </p>
      )}
    </>
  );
}
