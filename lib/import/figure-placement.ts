// Where a figure a document printed belongs (decision 009 §5, contract of
// issue 9): with the document itself when it owns that stage of that year,
// otherwise with the reconstruction of that stage the document printed. Pure.
import { stageOf, type StageDocument } from "@/lib/cycle/stage";

/** target: a streefwaarde; budget: a primitieve begroting; actual: a realisatie (or a prognose of the document's own year). */
export type PrintedKind = "target" | "budget" | "actual";

export type Placement =
  | { owner: "self" }
  | { owner: "reconstruction"; kind: "BEGROTING" | "JAARSTUKKEN"; year: number };

export function placeFigure(document: StageDocument, year: number, printed: PrintedKind): Placement {
  const stage = stageOf(document, year);
  if (printed === "actual") {
    return stage === "REALISATIE" || stage === "PROGNOSE" ? { owner: "self" } : { owner: "reconstruction", kind: "JAARSTUKKEN", year };
  }
  return stage === "PRIMITIEF" || stage === "MEERJARENRAMING" ? { owner: "self" } : { owner: "reconstruction", kind: "BEGROTING", year };
}
