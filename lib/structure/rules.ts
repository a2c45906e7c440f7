/**
 * What the structure editor may do (issue 10, decision 011). Pure, so the
 * pages say the same Dutch sentence the server refuses with.
 *
 * The goal tree has three levels: an algemene doelstelling (GENERAL) stands at
 * the top of a programme, a doelstelling (GOAL) under an algemene
 * doelstelling or at the top, a subdoel (SUBGOAL) under a doelstelling.
 */
import type { Direction, GoalLevel } from "./schema";

export interface TreeGoal {
  id: string;
  parentId: string | null;
  level: GoalLevel;
  programmeId: string;
}

export interface ParentChoice {
  level: GoalLevel;
  /** The parent, as found among the goals this document reports on; null: the top of the tree. */
  parent: TreeGoal | null;
  programmeId: string;
}

/** Why a goal of `level` cannot hang under `parent`; null when it can. */
export function parentRefusal({ level, parent, programmeId }: ParentChoice): string | null {
  if (parent && parent.programmeId !== programmeId) return "Het bovenliggende doel hoort bij een ander programma. Kies een doel van dit programma.";
  switch (level) {
    case "GENERAL":
      return parent ? "Een algemene doelstelling staat bovenaan het programma en valt niet onder een ander doel." : null;
    case "GOAL":
      return parent && parent.level !== "GENERAL"
        ? "Een doelstelling valt onder een algemene doelstelling of staat bovenaan het programma."
        : null;
    case "SUBGOAL":
      return parent?.level === "GOAL" ? null : "Een subdoel valt onder een doelstelling. Kies de doelstelling waaronder het valt.";
  }
}

/** The goal and everything below it, the goal first. */
export function subtreeIds(goals: readonly TreeGoal[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const g of goals) if (g.parentId) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g.id]);
  const result: string[] = [];
  const stack = [rootId];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue; // a cycle in stored data must not hang the request
    seen.add(id);
    result.push(id);
    stack.push(...(children.get(id) ?? []).slice().reverse());
  }
  return result;
}

export const UNKNOWN_PARENT_MESSAGE = "Het gekozen bovenliggende doel staat niet in dit document. Kies een doel uit de lijst.";

/**
 * Why `goalId` cannot move under `newParentId` (null: the top) among the
 * goals this document reports on; null when the tree stays valid.
 */
export function moveRefusal(goals: readonly TreeGoal[], goalId: string, newParentId: string | null): string | null {
  const goal = goals.find((g) => g.id === goalId);
  if (!goal) return "Dit doel staat niet in dit document.";
  if (newParentId !== null && subtreeIds(goals, goalId).includes(newParentId)) {
    return "Een doel kan niet onder zichzelf of onder een van zijn eigen subdoelen vallen.";
  }
  const parent = newParentId === null ? null : (goals.find((g) => g.id === newParentId) ?? undefined);
  if (parent === undefined) return UNKNOWN_PARENT_MESSAGE;
  if (goal.parentId === newParentId) return "Het doel staat al op die plek.";
  return parentRefusal({ level: goal.level, parent, programmeId: goal.programmeId });
}

/**
 * The order after moving `id` one place up or down; null when it is already
 * first or last (nothing to do).
 */
export function reorder<T extends string>(ids: readonly T[], id: T, direction: Direction): T[] | null {
  const index = ids.indexOf(id);
  const other = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= ids.length) return null;
  const next = ids.slice();
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}

export function edgeMessage(direction: Direction): string {
  return direction === "up" ? "Dit staat al bovenaan." : "Dit staat al onderaan.";
}

// ---------------------------------------------------------------- delete or retire

/** Where else a programme or goal (with everything under it) is referred to. */
export interface ElsewhereFacts {
  /** Titles of the other documents that report on it (their ProgrammeReport / GoalReport rows). */
  reportedIn: readonly string[];
  /** Figures, printed figures, activities and wijzigingen of it in other documents. */
  figuresElsewhere: number;
}

export type Removal = { kind: "delete" } | { kind: "retire"; because: string };

function listTitles(titles: readonly string[]): string {
  const shown = titles.slice(0, 3);
  const rest = titles.length - shown.length;
  const joined = shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} en ${shown.at(-1)}`;
  return rest > 0 ? `${shown.join(", ")} en ${rest} ${rest === 1 ? "ander document" : "andere documenten"}` : joined;
}

/**
 * A subject only this concept document refers to may be deleted; one that any
 * other document reports on, or that has a figure elsewhere, is retired from
 * the document's year, so the history stays readable (decision 011).
 */
export function removalOf(facts: ElsewhereFacts): Removal {
  if (facts.reportedIn.length > 0) return { kind: "retire", because: `het staat ook in ${listTitles(facts.reportedIn)}` };
  if (facts.figuresElsewhere > 0) return { kind: "retire", because: "er staan cijfers of teksten van in een ander document" };
  return { kind: "delete" };
}

/** What the page and the answer of a delete say about its outcome. */
export function removalMessage(subject: string, removal: Removal, year: number): string {
  if (removal.kind === "delete") return `${subject} is verwijderd.`;
  return `${subject} is niet verwijderd maar opgeheven vanaf ${year}: ${removal.because}. Daar blijft het zichtbaar; in dit document en volgende jaren niet meer.`;
}

export function retireMessage(subject: string, year: number): string {
  return `${subject} is opgeheven vanaf ${year}. Eerdere documenten tonen het nog; in dit document en volgende jaren staat het niet meer.`;
}

/** What hangs on a goal (or its subgoals) in this document and would lose its place. */
export interface GoalDependents {
  activities: number;
  indicators: number;
  budgetLines: number;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Removing a goal must not leave activities, indicators or budget lines of
 * this document pointing at a goal the document no longer has.
 */
export function dependentsRefusal(d: GoalDependents): string | null {
  const parts = [
    d.activities > 0 ? count(d.activities, "activiteit", "activiteiten") : null,
    d.indicators > 0 ? count(d.indicators, "indicator", "indicatoren") : null,
    d.budgetLines > 0 ? count(d.budgetLines, "begrotingspost", "begrotingsposten") : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
  return `Aan dit doel (of een subdoel ervan) hangen in dit document nog ${list}. Koppel die eerst aan een ander doel of verwijder ze; er is niets gewijzigd.`;
}

// ---------------------------------------------------------------- numbering

export interface ExistingProgramme {
  number: string;
  name: string;
  retiredFromYear: number | null;
}

/** Programme numbers are unique per municipality, across every year. */
export function duplicateProgrammeMessage(existing: ExistingProgramme): string {
  const retired = existing.retiredFromYear === null ? "" : `, opgeheven vanaf ${existing.retiredFromYear}`;
  return `Er is al een programma ${existing.number} (${existing.name}${retired}). Kies een ander nummer.`;
}

export function duplicateGoalCodeMessage(code: string): string {
  return `Er is in dit programma al een doel met code ${code}. Kies een andere code of laat de code leeg.`;
}

/** Which levels may hang under a parent of `level` (for the page's choices). */
export function childLevels(level: GoalLevel | null): GoalLevel[] {
  if (level === null) return ["GENERAL", "GOAL"];
  if (level === "GENERAL") return ["GOAL"];
  if (level === "GOAL") return ["SUBGOAL"];
  return [];
}

/** The parents a goal of `level` may move under, among `goals` (null: the top). */
export function parentOptions(goals: readonly TreeGoal[], goal: TreeGoal): (string | null)[] {
  const candidates: (TreeGoal | null)[] = [null, ...goals];
  return candidates
    .filter((p) => (p === null ? null : p.id) !== goal.parentId)
    .filter((p) => moveRefusal(goals, goal.id, p === null ? null : p.id) === null)
    .map((p) => (p === null ? null : p.id));
}
