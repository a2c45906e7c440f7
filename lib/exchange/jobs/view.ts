/**
 * What the job page shows of a stored preview: its counts, and one page of
 * rows, optionally only those with problems or changes. Pure.
 */
import { isWritable, type PreviewChange, type StoredPreview } from "../preview";

export const PREVIEW_PAGE_SIZE = 100;
export type RowFilter = "alle" | "problemen" | "wijzigingen";

type PreviewLike = Pick<StoredPreview, "counts" | "warnings" | "fileProblems" | "rows">;

export function jobView(preview: PreviewLike | null, page: number, filter: RowFilter) {
  if (!preview) return null;
  const rows = preview.rows.filter((r) => (filter === "problemen" ? r.problems.length > 0 : filter === "wijzigingen" ? r.action === "create" || r.changes.length > 0 : true));
  // Problems first: they decide whether anything can be written at all.
  const ordered = filter === "alle" ? [...rows.filter((r) => r.problems.length > 0), ...rows.filter((r) => r.problems.length === 0)] : rows;
  const pages = Math.max(1, Math.ceil(ordered.length / PREVIEW_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return {
    counts: preview.counts,
    warnings: preview.warnings,
    fileProblems: preview.fileProblems,
    rows: ordered.slice((current - 1) * PREVIEW_PAGE_SIZE, current * PREVIEW_PAGE_SIZE),
    page: current,
    pages,
    filter,
    writable: isWritable(preview),
  };
}

const EMPTY = "(leeg)";
const MAX_SHOWN = 80;

/** One change as the preview says it: "cijfer: 7,4 → 7,5"; a long text cut to its start. */
export function changeText(change: PreviewChange): string {
  const show = (value: string | null) => (value === null || value === "" ? EMPTY : value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
  return `${change.label}: ${show(change.old)} → ${show(change.new)}`;
}
