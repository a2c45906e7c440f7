/**
 * A grid of figures a begroting owns: subjects (budget lines or indicators) ×
 * the years the begroting owns (its own year, the primitieve begroting or
 * streefwaarde; then the meerjarenraming years, decision 009 §2). Decided
 * without the database: the caller passes what the page showed per cell
 * (base + version, version 0 for a cell without a figure row), what the user
 * typed, and what the database holds now. Values are canonical strings
 * (amounts "1234567", decimals "7.4") or null for an empty cell.
 *
 * Per cell:
 * - typed as shown → nothing, even when someone else saved since (their value stays);
 * - typed what the database already holds → nothing to write;
 * - changed while someone else saved a newer version → a conflict, nothing written;
 * - otherwise a create (no row yet), an update, or — an emptied meerjarenraming
 *   cell — a delete: an empty later year is no slot anyone asked to fill
 *   (lib/document/plan-copy.ts creates those rows only when carried over),
 *   while the own year keeps its slot, empty.
 *
 * Pure and isomorphic.
 */

export interface GridCellInput {
  subjectId: string;
  year: number;
  /** Version the page showed; 0 when the cell had no figure row. */
  version: number;
  /** Canonical value the page showed. */
  base: string | null;
  /** Canonical value typed. */
  typed: string | null;
}

export interface GridCurrentFigure {
  id: string;
  version: number;
  value: string | null;
  /** Whether the figure needs nothing more before it is adopted (GOEDGEKEURD). */
  settled: boolean;
}

export type CellOp =
  | { kind: "create"; subjectId: string; year: number; value: string }
  | { kind: "update"; id: string; subjectId: string; year: number; version: number; oldValue: string | null; value: string | null }
  | { kind: "delete"; id: string; subjectId: string; year: number; version: number; oldValue: string | null }
  /** A carried-over amount the user saw and kept: saving the grid makes it theirs (budget grid only). */
  | { kind: "confirm"; id: string; subjectId: string; year: number; version: number; value: string };

export interface GridPlan {
  ops: CellOp[];
  /** Cells someone else changed since the page was shown, by their index in the input. */
  conflicts: { index: number; subjectId: string; year: number }[];
  /** Cells that may not be written here, by index: an unknown subject or a year the document does not own. */
  strays: number[];
}

export const cellKey = (subjectId: string, year: number) => `${subjectId}\u0000${year}`;

export interface GridScope {
  subjectIds: ReadonlySet<string>;
  /** The document's owned years, ascending; the first is its own year. */
  years: readonly number[];
  current: ReadonlyMap<string, GridCurrentFigure>;
  /**
   * Whether a kept, filled-in cell that is not yet settled is settled by the
   * save (the controller's budget: what they saw and saved is theirs). Only
   * when it is the version the user saw: nobody confirms what they did not see.
   */
  confirmKept?: boolean;
}

function keptCell(cell: GridCellInput, current: GridCurrentFigure | undefined, confirmKept: boolean): CellOp | null {
  if (!confirmKept || !current || current.settled || current.value === null || current.value !== cell.typed || current.version !== cell.version) return null;
  return { kind: "confirm", id: current.id, subjectId: cell.subjectId, year: cell.year, version: current.version, value: current.value };
}

function planCell(cell: GridCellInput, ownYear: number, current: GridCurrentFigure | undefined, confirmKept: boolean): CellOp | "conflict" | null {
  if (cell.typed === cell.base) return keptCell(cell, current, confirmKept);
  const now = current?.value ?? null;
  if (now === cell.typed) return keptCell(cell, current, confirmKept);
  if ((current?.version ?? 0) !== cell.version) return "conflict";
  const { subjectId, year } = cell;
  if (!current) return cell.typed === null ? null : { kind: "create", subjectId, year, value: cell.typed };
  if (cell.typed === null && year !== ownYear) return { kind: "delete", id: current.id, subjectId, year, version: current.version, oldValue: now };
  return { kind: "update", id: current.id, subjectId, year, version: current.version, oldValue: now, value: cell.typed };
}

export function planGrid(cells: readonly GridCellInput[], scope: GridScope): GridPlan {
  const plan: GridPlan = { ops: [], conflicts: [], strays: [] };
  const ownYear = scope.years[0];
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const key = cellKey(cell.subjectId, cell.year);
    // A cell posted twice is refused the second time, like an unknown one.
    if (!scope.subjectIds.has(cell.subjectId) || !scope.years.includes(cell.year) || seen.has(key) || ownYear === undefined) {
      plan.strays.push(index);
      return;
    }
    seen.add(key);
    const op = planCell(cell, ownYear, scope.current.get(key), scope.confirmKept ?? false);
    if (op === "conflict") plan.conflicts.push({ index, subjectId: cell.subjectId, year: cell.year });
    else if (op) plan.ops.push(op);
  });
  return plan;
}
