/**
 * What the job page shows of a stored preview: its counts, and one page of
 * rows, optionally only those with problems or changes. Pure.
 */
import { formatInteger } from "@/lib/format/number";
import type { PlannedRow } from "../figures/plan";

export const PREVIEW_PAGE_SIZE = 100;
export type RowFilter = "alle" | "problemen" | "wijzigingen";

interface PreviewLike {
  counts: { rows: number; changed: number; unchanged: number; problems: number };
  warnings: string[];
  fileProblems: string[];
  rows: PlannedRow[];
}

export function jobView(preview: PreviewLike | null, page: number, filter: RowFilter) {
  if (!preview) return null;
  const rows = preview.rows.filter((r) => (filter === "problemen" ? r.problems.length > 0 : filter === "wijzigingen" ? r.changes.length > 0 : true));
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
    writable: preview.counts.problems === 0 && preview.counts.changed > 0,
  };
}

const FIELD_LABELS = { value: "cijfer", explanation: "toelichting", periodLabel: "periode" } as const;
const EMPTY = "(leeg)";

/** One change as the preview says it: "cijfer: 7,4 → 7,5"; amounts with thousands separators. */
export function changeText(group: PlannedRow["group"], change: PlannedRow["changes"][number]): string {
  const show = (value: string | null) => {
    if (value === null || value === "") return EMPTY;
    if (change.field !== "value") return value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return group === "lines" ? formatInteger(BigInt(value)) : value.replace(".", ",");
  };
  return `${FIELD_LABELS[change.field]}: ${show(change.old)} → ${show(change.new)}`;
}
