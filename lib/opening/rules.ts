/**
 * Beginstand: the figures of stages before a municipality's first document in
 * the monitor. Jaarstukken 2022 print the primitieve begroting 2022 and the
 * rekening 2021 beside the realisatie; when the begroting 2022 or the
 * jaarstukken 2021 were never made in the monitor, those columns have no
 * document to come from. They are then entered here, into the reconstructions
 * of the document that prints them (decision 009 §5: a reconstructed
 * document holds what another document printed, and is public exactly when
 * that one is), so the computed begroting na wijziging, V/N and the public
 * table work as for the demo's transcribed jaarstukken.
 *
 * Pure and isomorphic.
 */
export type OpeningColumn = "PRIMITIEF" | "VORIG_JAAR";
export type DocumentKind = "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";

export const OPENING_COLUMN_LABELS: Record<OpeningColumn, string> = {
  PRIMITIEF: "Primitieve begroting",
  VORIG_JAAR: "Rekening vorig jaar",
};

export interface OpeningFacts {
  /** A real (not reconstructed) begroting of the document's year exists in the monitor. */
  realBegrotingOfYear: boolean;
  /** Real jaarstukken of the year before exist in the monitor. */
  realJaarstukkenOfPreviousYear: boolean;
}

/** Which columns a document still needs a beginstand for: only what no real document of the monitor provides. */
export function openingColumns(document: { kind: DocumentKind }, facts: OpeningFacts): OpeningColumn[] {
  if (document.kind === "BEGROTING") return [];
  const columns: OpeningColumn[] = [];
  if (!facts.realBegrotingOfYear) columns.push("PRIMITIEF");
  if (document.kind === "JAARSTUKKEN" && !facts.realJaarstukkenOfPreviousYear) columns.push("VORIG_JAAR");
  return columns;
}

/** Why a column cannot take a beginstand, in the words the form shows; null when it can. */
export function openingColumnRefusal(column: OpeningColumn, columns: readonly OpeningColumn[], year: number): string | null {
  if (columns.includes(column)) return null;
  return column === "PRIMITIEF"
    ? `De begroting ${year} staat in de monitor: de primitieve begroting komt daaruit en wordt hier niet ingevoerd.`
    : `De jaarstukken ${year - 1} staan in de monitor: de rekening ${year - 1} komt daaruit en wordt hier niet ingevoerd.`;
}

/** The stage and year a column is stored as, in the reconstruction of which kind of document. */
export function openingTarget(column: OpeningColumn, year: number): { kind: "BEGROTING" | "JAARSTUKKEN"; year: number } {
  return column === "PRIMITIEF" ? { kind: "BEGROTING", year } : { kind: "JAARSTUKKEN", year: year - 1 };
}

export interface OpeningCell {
  key: string;
  /** What is stored now (canonical string), null when nothing. */
  stored: string | null;
  /** The version of the stored figure; null when none exists. */
  storedVersion: number | null;
  /** What the form posted (canonical string), null for empty. */
  typed: string | null;
  /** The version the form was rendered with; null when it showed no figure. */
  seenVersion: number | null;
}

export type OpeningPlan =
  | { ok: true; writes: OpeningCell[] }
  | { ok: false; conflicts: string[] };

/**
 * Decides what a save writes: the cells whose value changed, or — when any
 * cell changed under the user's hands since the form was rendered — nothing,
 * with the conflicting cells named, so a stale tab never overwrites.
 */
export function planOpening(cells: OpeningCell[]): OpeningPlan {
  const conflicts = cells.filter((c) => c.storedVersion !== c.seenVersion && c.typed !== c.stored).map((c) => c.key);
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, writes: cells.filter((c) => c.typed !== c.stored) };
}
