import type { ActivityDto, GoalNode } from "@/lib/programme/data";
import type { IndicatorDto } from "@/lib/indicator/data";

const LEVEL: Record<GoalNode["level"], string> = {
  GENERAL: "Algemene doelstelling",
  GOAL: "Doelstelling",
  SUBGOAL: "Subdoel",
};

export function goalTitle(goal: GoalNode) {
  return [goal.code, goal.title].filter(Boolean).join(" ");
}

export const goalAnchor = (goal: GoalNode) => `doel-${goal.id}`;

/**
 * De doelenboom: the goal tree with its indicators and activities as leaves.
 * Nested lists are the accessible structure; CSS draws the tree.
 */
export function GoalTree({ goals, indicators, activities }: { goals: GoalNode[]; indicators: IndicatorDto[]; activities: ActivityDto[] }) {
  return (
    <ul className="pm-tree" aria-label="Doelenboom">
      {goals.map((g) => (
        <Node key={g.id} goal={g} indicators={indicators} activities={activities} />
      ))}
    </ul>
  );
}

function Node({ goal, indicators, activities }: { goal: GoalNode; indicators: IndicatorDto[]; activities: ActivityDto[] }) {
  const leaves = [
    ...indicators.filter((i) => i.goalId === goal.id).map((i) => ({ id: i.id, kind: "Indicator", text: i.name ?? "Indicator (naam ontbreekt in de bron)" })),
    ...activities.filter((a) => a.goalId === goal.id).map((a) => ({ id: a.id, kind: "Activiteit", text: a.title })),
  ];
  return (
    <li>
      <a href={`#${goalAnchor(goal)}`} className={`pm-tree__node pm-tree__node--${goal.level === "GENERAL" ? "general" : "goal"}`}>
        <span className="pm-tree__kind">{LEVEL[goal.level]}</span>
        {goalTitle(goal)}
      </a>
      {(goal.children.length > 0 || leaves.length > 0) && (
        <ul>
          {goal.children.map((c) => (
            <Node key={c.id} goal={c} indicators={indicators} activities={activities} />
          ))}
          {leaves.map((l) => (
            <li key={l.id}>
              <span className="pm-tree__node">
                <span className="pm-tree__kind">{l.kind}</span>
                {l.text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
