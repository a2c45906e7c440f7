/**
 * The stage of a figure in the P&C cycle (decision 009 §2).
 *
 * The stage is never stored: it follows from the owning document's kind and
 * year and the figure's year. A stored stage column would be a second name for
 * the same fact that could disagree with it.
 */

export type DocumentKind = "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
export type Stage = "PRIMITIEF" | "MEERJARENRAMING" | "PROGNOSE" | "REALISATIE";

export interface StageDocument {
  kind: DocumentKind;
  year: number;
  /** The years of a begroting's meerjarenraming after its own year; ignored for other kinds. */
  projectionYears: number;
}

export const STAGE_LABELS: Record<Stage, string> = {
  PRIMITIEF: "primitieve begroting",
  MEERJARENRAMING: "meerjarenraming",
  PROGNOSE: "prognose",
  REALISATIE: "realisatie",
};

const OWN_STAGE: Record<DocumentKind, Stage> = {
  BEGROTING: "PRIMITIEF",
  BESTUURSRAPPORTAGE: "PROGNOSE",
  JAARSTUKKEN: "REALISATIE",
};

/** The stage of the document's own year: begroting → primitief, bestuursrapportage → prognose, jaarstukken → realisatie. */
export function ownStage(kind: DocumentKind): Stage {
  return OWN_STAGE[kind];
}

/**
 * Only a begroting projects: a bestuursrapportage or the jaarstukken speak of
 * their own year alone, whatever a stray projectionYears says.
 */
function projectionOf(doc: StageDocument): number {
  if (doc.kind !== "BEGROTING") return 0;
  // A negative or fractional projection is a data error, not "no projection":
  // silently treating it as 0 would hide figures the begroting does own.
  if (!Number.isInteger(doc.projectionYears) || doc.projectionYears < 0) {
    throw new RangeError(`Invalid projectionYears ${doc.projectionYears} for the begroting ${doc.year}`);
  }
  return doc.projectionYears;
}

/** The stage a figure of `figureYear` has when `doc` owns it; null when the document may not own it. */
export function stageOf(doc: StageDocument, figureYear: number): Stage | null {
  if (figureYear === doc.year) return ownStage(doc.kind);
  const offset = figureYear - doc.year;
  if (offset > 0 && offset <= projectionOf(doc)) return "MEERJARENRAMING";
  return null;
}

/** The figure years a document may own, ascending: its own year, then a begroting's projected years. */
export function ownedYears(doc: StageDocument): number[] {
  return Array.from({ length: projectionOf(doc) + 1 }, (_, i) => doc.year + i);
}
