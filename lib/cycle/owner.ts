/**
 * Which document owns a stage of a year (decision 009 §2, §5, §6).
 */
import { stageOf, type DocumentKind, type Stage } from "./stage";

export type DocumentOrigin = "ENTERED" | "IMPORTED" | "TRANSCRIBED" | "RECONSTRUCTED";

export interface OwnerCandidate {
  id: string;
  kind: DocumentKind;
  year: number;
  /** Numbering of the bestuursrapportages of a year (1, 2, …); 0 for begroting and jaarstukken. */
  sequence: number;
  origin: DocumentOrigin;
  projectionYears: number;
}

const isReal = (doc: OwnerCandidate) => doc.origin !== "RECONSTRUCTED";

/** Newer first: a later begroting's raming supersedes an earlier one, a later bestuursrapportage's prognose an earlier one. */
function newerFirst(a: OwnerCandidate, b: OwnerCandidate): number {
  return b.year - a.year || b.sequence - a.sequence;
}

/**
 * A reconstructed document holds only what another document happened to
 * print; a real document of the stage is the source itself and is what the
 * reconstructed one waits to be replaced by. So real beats reconstructed
 * before recency is even considered.
 */
function preferred(a: OwnerCandidate, b: OwnerCandidate): number {
  return Number(isReal(b)) - Number(isReal(a)) || newerFirst(a, b);
}

/**
 * The document whose figure is the `stage` figure of `figureYear`:
 * PRIMITIEF Y → the begroting of Y; MEERJARENRAMING Y → the newest begroting of
 * an earlier year whose projection covers Y; PROGNOSE Y → the bestuursrapportage
 * of Y with the highest sequence; REALISATIE Y → the jaarstukken of Y.
 */
export function ownerOf<T extends OwnerCandidate>(docs: T[], stage: Stage, figureYear: number): T | null {
  const candidates = docs.filter((doc) => stageOf(doc, figureYear) === stage);
  return candidates.sort(preferred)[0] ?? null;
}

const YEAR_PAGE_PREFERENCE: DocumentKind[] = ["JAARSTUKKEN", "BESTUURSRAPPORTAGE", "BEGROTING"];

/**
 * The document a public year page shows: the jaarstukken of the year, else its
 * newest bestuursrapportage, else its begroting. Never a reconstructed one: it
 * is not listed or published on its own (decision 009 §5).
 */
export function documentOfYear<T extends OwnerCandidate>(docs: T[], year: number): T | null {
  const ofYear = docs.filter((doc) => doc.year === year && isReal(doc)).sort(newerFirst);
  for (const kind of YEAR_PAGE_PREFERENCE) {
    const found = ofYear.find((doc) => doc.kind === kind);
    if (found) return found;
  }
  return null;
}
