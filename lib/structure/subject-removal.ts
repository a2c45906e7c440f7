// What "verwijderen" does to an indicator or budget line in a concept document
// (decision 011): a subject is a thing with identity across years, so it is
// only deleted when nothing else refers to it. Pure and isomorphic.

export interface OtherReference {
  /** The year of the other document (or begrotingswijziging) that refers to the subject. */
  year: number;
  /** CONCEPT, or anything else: a document that was (or is being) adopted or published, or a wijziging. */
  concept: boolean;
}

export type Removal =
  /** Only this concept document refers to it: the subject and its rows go. */
  | { kind: "delete" }
  /** Others refer to it from before this year: it stops from this year; its history stays readable. */
  | { kind: "retire"; fromYear: number }
  /** A concept document of this year or later still reports on it: only this document's rows go. */
  | { kind: "detach" };

export function planRemoval(documentYear: number, others: readonly OtherReference[]): Removal {
  if (others.length === 0) return { kind: "delete" };
  if (others.some((o) => o.year >= documentYear)) return { kind: "detach" };
  return { kind: "retire", fromYear: documentYear };
}

export const REMOVAL_MESSAGES: Record<Removal["kind"], (name: string, year: number) => string> = {
  delete: (name) => `${name} is verwijderd.`,
  retire: (name, year) => `${name} is vanaf ${year} beëindigd. Eerdere jaren blijven zichtbaar.`,
  detach: (name) => `${name} staat niet meer in dit document. Andere documenten houden hem.`,
};

/** The new position after moving one step: the neighbour to swap with, or null at an end. */
export function neighbourIndex(length: number, index: number, direction: "up" | "down"): number | null {
  const target = direction === "up" ? index - 1 : index + 1;
  return index < 0 || target < 0 || target >= length ? null : target;
}
