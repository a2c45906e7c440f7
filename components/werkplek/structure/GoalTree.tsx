import Link from "next/link";
import type { StructureGoal } from "@/lib/structure/data";
import { parentOptions } from "@/lib/structure/rules";
import { GOAL_LEVEL_LABELS } from "@/lib/structure/schema";
import { editGoalForm, moveGoalForm, reorderGoalForm } from "@/lib/structure/actions";
import { StructureForm } from "./StructureForm";
import { removeLabel } from "./RemoveConfirm";
import { orderButtons } from "./order-buttons";

// The goal tree of one programme in one document, as nested lists (no table:
// it reads on a phone). Each goal carries its own small forms when the user
// may edit; removing goes through the confirmation at the top of the page.

export const TOP_LABEL = "Bovenaan het programma";

export function goalLabel(g: Pick<StructureGoal, "level" | "code" | "title">): string {
  return `${GOAL_LEVEL_LABELS[g.level]} ${g.code ? `${g.code} ` : ""}${g.title}`;
}

interface Props {
  goals: StructureGoal[];
  documentId: string;
  mayEdit: boolean;
  removeHref: (goalId: string) => string;
}

function Node({ goal, siblings, index, props }: { goal: StructureGoal; siblings: StructureGoal[]; index: number; props: Props }) {
  const { goals, documentId, mayEdit, removeHref } = props;
  const children = goals.filter((g) => g.parentId === goal.id);
  const subject = goalLabel(goal);
  const hidden = { documentId, goalId: goal.id };
  const moves = parentOptions(goals, goal);
  return (
    <li className={`pm-structure-goal pm-structure-goal--${goal.level.toLowerCase()}`}>
      <p className="pm-structure-item__title">
        <span className="pm-tree__kind">{GOAL_LEVEL_LABELS[goal.level]}</span>
        {goal.code && <span className="pm-nowrap">{goal.code} </span>}
        {goal.title}
      </p>
      {mayEdit && (
        <div className="pm-structure-item__actions">
          {siblings.length > 1 && (
            <StructureForm
              action={reorderGoalForm}
              idPrefix={`volgorde-${goal.id}`}
              formLabel={`Volgorde van ${subject}`}
              hidden={hidden}
              inline
              buttons={orderButtons(index, siblings.length, subject)}
            />
          )}
          <details className="pm-structure-details">
            <summary>Code of naam wijzigen</summary>
            <StructureForm
              action={editGoalForm}
              idPrefix={`wijzig-${goal.id}`}
              formLabel={`Code of naam van ${subject} wijzigen`}
              hidden={hidden}
              fields={[
                { name: "code", label: "Code", saved: goal.code ?? "", short: true },
                { name: "title", label: "Naam", saved: goal.title, required: true },
              ]}
              buttons={[{ label: "Opslaan", accessibleName: `Opslaan: ${subject}` }]}
            />
          </details>
          {moves.length > 0 && (
            <details className="pm-structure-details">
              <summary>Verplaatsen</summary>
              <StructureForm
                action={moveGoalForm}
                idPrefix={`verplaats-${goal.id}`}
                formLabel={`${subject} verplaatsen`}
                hidden={hidden}
                intro={children.length > 0 ? <p className="utrecht-paragraph pm-small">De subdoelen gaan mee.</p> : undefined}
                fields={[
                  {
                    name: "parentId",
                    label: "Nieuwe plek: valt onder",
                    kind: "select",
                    saved: moves[0] ?? "",
                    required: true,
                    options: moves.map((id) => ({ value: id ?? "", label: id === null ? TOP_LABEL : goalLabel(goals.find((g) => g.id === id)!) })),
                  },
                ]}
                buttons={[{ label: "Verplaatsen", accessibleName: `Verplaatsen: ${subject}` }]}
              />
            </details>
          )}
          <Link className="utrecht-link pm-structure-remove" href={removeHref(goal.id)} aria-label={`${removeLabel(goal.removal)}: ${subject}`}>
            {removeLabel(goal.removal)}
          </Link>
        </div>
      )}
      {children.length > 0 && <Branch nodes={children} props={props} />}
    </li>
  );
}

function Branch({ nodes, props }: { nodes: StructureGoal[]; props: Props }) {
  return (
    <ul className="pm-structure-tree">
      {nodes.map((g, i) => (
        <Node key={g.id} goal={g} siblings={nodes} index={i} props={props} />
      ))}
    </ul>
  );
}

export function GoalTree(props: Props) {
  const ids = new Set(props.goals.map((g) => g.id));
  // A goal whose parent this document does not report on is shown at the top rather than lost.
  const roots = props.goals.filter((g) => g.parentId === null || !ids.has(g.parentId));
  if (roots.length === 0) return <p className="utrecht-paragraph">Dit programma heeft in dit document nog geen doelen.</p>;
  return (
    <div className="pm-structure-goals">
      <Branch nodes={roots} props={props} />
    </div>
  );
}
