import type { MunicipalityDetail } from "@/lib/municipality/data";
import type { GoalNode, ActivityDto, ProgrammeInDocument } from "@/lib/programme/data";
import type { IndicatorDto } from "@/lib/indicator/data";
import type { ProgrammeFinanceDto } from "@/lib/finance/data";
import { buildFinanceTable } from "@/lib/finance/table";
import { FinanceTable } from "@/components/finance/FinanceTable";
import { IndicatorTable } from "@/components/indicator/IndicatorTable";

interface Props {
  programme: ProgrammeInDocument & {
    goals: GoalNode[];
    activities: ActivityDto[];
    indicators: IndicatorDto[];
    finance: ProgrammeFinanceDto;
  };
  municipality: MunicipalityDetail;
  headingId: string;
}

function Text({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  return (
    <>
      <h5 className="utrecht-heading-5">{label}</h5>
      <p className="utrecht-paragraph pm-prose">{text}</p>
    </>
  );
}

function Goal({ goal, indicators, activities }: { goal: GoalNode; indicators: IndicatorDto[]; activities: ActivityDto[] }) {
  const title = goal.level === "GENERAL" ? `Algemene doelstelling: ${goal.title}` : `Doelstelling ${goal.code ?? ""} ${goal.title}`;
  return (
    <li className="utrecht-unordered-list__item">
      <h4 className="utrecht-heading-4">{title.replace(/\s+/g, " ")}</h4>
      <Text label="Wat willen we bereiken?" text={goal.intended} />
      <Text label="Wat hebben we bereikt?" text={goal.achieved} />
      <Text label="Wat hebben we daarvoor gedaan?" text={goal.done} />
      {indicators.filter((i) => i.goalId === goal.id).map((i) => (
        <IndicatorTable key={i.id} indicator={i} />
      ))}
      {activities.filter((a) => a.goalId === goal.id).map((a) => (
        <Activity key={a.id} activity={a} />
      ))}
      <Text label="Financiën" text={goal.financeExplanation} />
      {goal.sourceLocation && <p className="pm-provenance">Bron: {goal.sourceLocation}</p>}
      {goal.children.length > 0 && (
        <ul className="utrecht-unordered-list">
          {goal.children.map((c) => (
            <Goal key={c.id} goal={c} indicators={indicators} activities={activities} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Activity({ activity: a }: { activity: ActivityDto }) {
  return (
    <div className="pm-card">
      <h4 className="utrecht-heading-4">{[a.code, a.title].filter(Boolean).join(": ")}</h4>
      {a.description && <p className="utrecht-paragraph pm-prose">{a.description}</p>}
      <Text label="Wat hebben we bereikt?" text={a.achieved} />
      <Text label="Wat hebben we daarvoor gedaan?" text={a.done} />
    </div>
  );
}

/** One programme of one document: doelenboom, indicators, activities and money. */
export function ProgrammeSection({ programme: p, municipality, headingId }: Props) {
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
  const looseIndicators = p.indicators.filter((i) => i.goalId === null);
  const looseActivities = p.activities.filter((a) => a.goalId === null);
  return (
    <section aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        Programma {p.number} {p.name}
      </h3>
      {p.introduction && <p className="utrecht-paragraph pm-prose">{p.introduction}</p>}
      {p.goals.length > 0 && (
        <ul className="utrecht-unordered-list" aria-label="Doelenboom">
          {p.goals.map((g) => (
            <Goal key={g.id} goal={g} indicators={p.indicators} activities={p.activities} />
          ))}
        </ul>
      )}
      {looseActivities.map((a) => (
        <Activity key={a.id} activity={a} />
      ))}
      {looseIndicators.map((i) => (
        <IndicatorTable key={i.id} indicator={i} />
      ))}
      {table && <FinanceTable table={table} caption={`Financiën programma ${p.number} ${p.name}`} />}
      {p.sourceTitle && (
        <p className="pm-provenance">
          Bron: {p.sourceTitle}
          {p.sourceLocation ? `, ${p.sourceLocation}` : ""}
        </p>
      )}
    </section>
  );
}
