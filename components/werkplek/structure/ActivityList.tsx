import Link from "next/link";
import type { StructureActivity, StructureGoal } from "@/lib/structure/data";
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS } from "@/lib/structure/schema";
import { editActivityForm, reorderActivityForm } from "@/lib/structure/actions";
import { StructureForm } from "./StructureForm";
import { orderButtons } from "./order-buttons";
import { goalLabel } from "./GoalTree";

// The activities (speerpunten) of a programme in one document: title, code,
// goal and status. Their description is a text, written and reviewed on the
// texts pages, not here.

export const NO_GOAL = "Geen doel";
export const NO_STATUS = "Geen status";

export function goalOptions(goals: StructureGoal[]) {
  return [{ value: "", label: NO_GOAL }, ...goals.map((g) => ({ value: g.id, label: goalLabel(g) }))];
}

export const STATUS_OPTIONS = [{ value: "", label: NO_STATUS }, ...ACTIVITY_STATUSES.map((s) => ({ value: s, label: ACTIVITY_STATUS_LABELS[s] }))];

export function ActivityList({
  activities,
  goals,
  mayEdit,
  removeHref,
}: {
  activities: StructureActivity[];
  goals: StructureGoal[];
  mayEdit: boolean;
  removeHref: (activityId: string) => string;
}) {
  if (activities.length === 0) return <p className="utrecht-paragraph">Dit programma heeft in dit document nog geen activiteiten.</p>;
  const goalOf = (id: string | null) => goals.find((g) => g.id === id);
  return (
    <ol className="pm-structure-list">
      {activities.map((a, i) => {
        const subject = `activiteit ${a.code ? `${a.code} ` : ""}${a.title}`;
        const goal = goalOf(a.goalId);
        return (
          <li key={a.id} className="pm-structure-item">
            <p className="pm-structure-item__title">
              {a.code && <span className="pm-nowrap">{a.code} </span>}
              {a.title}
            </p>
            <p className="pm-structure-item__meta">
              Status: {a.status ? ACTIVITY_STATUS_LABELS[a.status] : "niet opgegeven"} · Doel: {goal ? goalLabel(goal) : "geen"}
            </p>
            {mayEdit && (
              <div className="pm-structure-item__actions">
                {activities.length > 1 && (
                  <StructureForm
                    action={reorderActivityForm}
                    idPrefix={`volgorde-${a.id}`}
                    formLabel={`Volgorde van ${subject}`}
                    hidden={{ activityId: a.id }}
                    inline
                    buttons={orderButtons(i, activities.length, subject)}
                  />
                )}
                <details className="pm-structure-details">
                  <summary>Wijzigen</summary>
                  <StructureForm
                    action={editActivityForm}
                    idPrefix={`wijzig-${a.id}`}
                    formLabel={`${subject} wijzigen`}
                    hidden={{ activityId: a.id, version: String(a.version) }}
                    fields={[
                      { name: "title", label: "Naam", saved: a.title, required: true },
                      { name: "code", label: "Code", saved: a.code ?? "", short: true },
                      { name: "goalId", label: "Hoort bij doel", kind: "select", saved: a.goalId ?? "", options: goalOptions(goals) },
                      { name: "status", label: "Status", kind: "select", saved: a.status ?? "", options: STATUS_OPTIONS },
                    ]}
                    buttons={[{ label: "Opslaan", accessibleName: `Opslaan: ${subject}` }]}
                  />
                </details>
                <Link className="utrecht-link pm-structure-remove" href={removeHref(a.id)} aria-label={`Verwijderen: ${subject}`}>
                  Verwijderen
                </Link>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
