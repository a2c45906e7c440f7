import type { Metadata } from "next";
import Link from "next/link";
import { loadProgrammeStructure } from "@/lib/structure/loaders";
import { documentSlug } from "@/lib/review/document-slug";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { addActivityForm, addGoalForm, deleteActivityForm, deleteGoalForm } from "@/lib/structure/actions";
import { GOAL_LEVELS, GOAL_LEVEL_LABELS } from "@/lib/structure/schema";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { StructureForm } from "@/components/werkplek/structure/StructureForm";
import { RemoveConfirm, type RemoveTarget } from "@/components/werkplek/structure/RemoveConfirm";
import { GoalTree, goalLabel, TOP_LABEL } from "@/components/werkplek/structure/GoalTree";
import { ActivityList, goalOptions, STATUS_OPTIONS } from "@/components/werkplek/structure/ActivityList";
import { firstParam, parseYear, resolveLoad } from "../../../../resolve";
import { workplaceProgrammeStructureHref, workplaceStructureHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Opbouw van een programma", robots: { index: false } };

type Props = {
  params: Promise<{ gemeente: string; jaar: string; nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ProgrammeStructurePage({ params, searchParams }: Props) {
  const { gemeente, jaar, nummer } = await params;
  const search = await searchParams;
  const kind = firstParam(search.stuk);
  const remove = firstParam(search.verwijder);
  const year = parseYear(jaar);
  const number = decodeURIComponent(nummer);
  const path = workplaceProgrammeStructureHref(gemeente, year, number);
  const data = resolveLoad(await loadProgrammeStructure(gemeente, year, number, kind), path);
  const { document, programme, goals, activities, mayEdit } = data;
  const query = `?stuk=${documentSlug(document)}`;
  const base = `/werkplek/${encodeURIComponent(gemeente)}/${year}`;
  const removeHref = (key: string) => `${path}${query}&verwijder=${encodeURIComponent(key)}#verwijderen`;
  const hidden = { documentId: document.id, programmeId: programme.id };

  const [removeKind, removeId] = remove?.split(":") ?? [];
  const goal = removeKind === "doel" ? goals.find((g) => g.id === removeId) : undefined;
  const activity = removeKind === "activiteit" ? activities.find((a) => a.id === removeId) : undefined;
  const target: RemoveTarget | null = goal
    ? { subject: goalLabel(goal), removal: goal.removal, hidden: { documentId: document.id, goalId: goal.id }, year: document.year, alsoRemoved: "zijn subdoelen" }
    : activity
      ? { subject: `Activiteit ${activity.title}`, removal: { kind: "delete" }, hidden: { activityId: activity.id, version: String(activity.version) }, year: document.year }
      : null;
  const parents = goals.filter((g) => g.level !== "SUBGOAL");

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/werkplek", label: "Werkplek" },
          { href: `${base}${query}`, label: document.title },
          { href: `${workplaceStructureHref(gemeente, year)}${query}`, label: "Opbouw" },
        ]}
        current={`Programma ${programme.number}`}
      />
      <h1 className="utrecht-heading-1">
        Programma {programme.number} {programme.name}
      </h1>
      <p className="utrecht-paragraph pm-prose">
        Opbouw in {document.title} (status: {DOCUMENT_STATUS_LABELS[document.status].toLowerCase()}): de doelenboom van algemene
        doelstelling via doelstellingen naar subdoelen, en de activiteiten.
        {!mayEdit && " U kunt de opbouw hier lezen."}
      </p>
      <nav aria-label="Meer van dit programma" className="pm-structure-item__links">
        <Link className="utrecht-link" href={`${path}/indicatoren${query}`}>
          Indicatoren
        </Link>
        <Link className="utrecht-link" href={`${path}/begrotingsposten${query}`}>
          Begrotingsposten
        </Link>
      </nav>

      {mayEdit && remove !== undefined && (
        <RemoveConfirm action={removeKind === "activiteit" ? deleteActivityForm : deleteGoalForm} backHref={`${path}${query}`} target={target} />
      )}

      <h2 className="utrecht-heading-2">Doelen</h2>
      <GoalTree goals={goals} documentId={document.id} mayEdit={mayEdit} removeHref={(id) => removeHref(`doel:${id}`)} />

      {mayEdit && (
        <section aria-labelledby="doel-toevoegen">
          <h3 id="doel-toevoegen" className="utrecht-heading-3">
            Doel toevoegen
          </h3>
          <StructureForm
            action={addGoalForm}
            idPrefix="nieuw-doel"
            formLabel="Doel toevoegen"
            hidden={hidden}
            intro={
              <p className="utrecht-paragraph pm-prose pm-small">
                Een algemene doelstelling staat bovenaan; een doelstelling valt onder een algemene doelstelling of staat bovenaan; een
                subdoel valt onder een doelstelling.
              </p>
            }
            fields={[
              { name: "level", label: "Niveau", kind: "select", saved: "GOAL", required: true, options: GOAL_LEVELS.map((l) => ({ value: l, label: GOAL_LEVEL_LABELS[l] })) },
              { name: "parentId", label: "Valt onder", kind: "select", saved: "", options: [{ value: "", label: TOP_LABEL }, ...parents.map((g) => ({ value: g.id, label: goalLabel(g) }))] },
              { name: "code", label: "Code", saved: "", short: true, description: "Zoals gedrukt, bijvoorbeeld 6.1." },
              { name: "title", label: "Naam", saved: "", required: true },
            ]}
            buttons={[{ label: "Doel toevoegen" }]}
          />
        </section>
      )}

      <h2 className="utrecht-heading-2">Activiteiten</h2>
      <ActivityList activities={activities} goals={goals} mayEdit={mayEdit} removeHref={(id) => removeHref(`activiteit:${id}`)} />
      {mayEdit && (
        <section aria-labelledby="activiteit-toevoegen">
          <h3 id="activiteit-toevoegen" className="utrecht-heading-3">
            Activiteit toevoegen
          </h3>
          <StructureForm
            action={addActivityForm}
            idPrefix="nieuwe-activiteit"
            formLabel="Activiteit toevoegen"
            hidden={hidden}
            intro={<p className="utrecht-paragraph pm-prose pm-small">De beschrijving van een activiteit schrijft u bij de teksten.</p>}
            fields={[
              { name: "title", label: "Naam", saved: "", required: true },
              { name: "code", label: "Code", saved: "", short: true },
              { name: "goalId", label: "Hoort bij doel", kind: "select", saved: "", options: goalOptions(goals) },
              { name: "status", label: "Status", kind: "select", saved: "", options: STATUS_OPTIONS },
            ]}
            buttons={[{ label: "Activiteit toevoegen" }]}
          />
        </section>
      )}
    </>
  );
}
