/**
 * The preview every import flavour stores on its job (decision 012): per row
 * where it is, whether it creates or changes something, each change as the
 * page says it (old → new, already formatted) and every problem in Dutch; the
 * flavour's own payload is what its writer writes once the user confirmed.
 * The page, its paging and its filters know only this shape. Pure.
 */

export interface PreviewChange {
  /** What changes, as the page names it: "cijfer", "toelichting", "begroting 2026". */
  label: string;
  /** Shown as is; null or "" is "(leeg)". */
  old: string | null;
  new: string | null;
}

export interface PreviewRow {
  /** Where in the file: "blad Begrotingsposten, rij 12". */
  at: string;
  name: string | null;
  /** "create": the row makes something new; "change"/"unchanged" as its changes say. */
  action: "create" | "change" | "unchanged";
  changes: PreviewChange[];
  problems: string[];
}

export interface PreviewCounts {
  rows: number;
  created: number;
  changed: number;
  unchanged: number;
  problems: number;
}

export interface StoredPreview<P = unknown> {
  counts: PreviewCounts;
  warnings: string[];
  /** Problems of the file as a whole (a missing column, a sheet of another kind). */
  fileProblems: string[];
  rows: PreviewRow[];
  /** The flavour's writes; empty when anything has a problem, so nothing can be confirmed. */
  payload: P;
  /** How many writes the payload makes: the write phase's progress total. */
  writes: number;
}

export function countRows(rows: PreviewRow[], fileProblems: string[]): PreviewCounts {
  let created = 0;
  let changed = 0;
  let problems = fileProblems.length;
  for (const r of rows) {
    if (r.problems.length > 0) problems++;
    else if (r.action === "create") created++;
    else if (r.changes.length > 0) changed++;
  }
  return { rows: rows.length, created, changed, unchanged: rows.length - created - changed - (problems - fileProblems.length), problems };
}

export function storedPreview<P>(input: { rows: PreviewRow[]; fileProblems: string[]; warnings: string[]; payload: P; writes: number }): StoredPreview<P> {
  return { counts: countRows(input.rows, input.fileProblems), ...input };
}

/** Whether a preview can be confirmed: no problem anywhere, and something to write. */
export function isWritable(preview: Pick<StoredPreview, "counts">): boolean {
  return preview.counts.problems === 0 && preview.counts.created + preview.counts.changed > 0;
}
