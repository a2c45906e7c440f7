/**
 * The order of begrotingswijzigingen, oldest first, shared by the budget and
 * the target rules so "newest" means the same everywhere.
 */

export interface OrderedAmendment {
  number: string;
  date: Date | null;
}

/**
 * By date, then by the municipality's own number ("2025-2" before "2025-10",
 * hence the numeric collation). An undated wijziging (a transcription that did
 * not print the date) sorts before every dated one: nothing says it is newer.
 */
export function olderFirst(a: OrderedAmendment, b: OrderedAmendment): number {
  return byDate(a.date, b.date) || a.number.localeCompare(b.number, "nl", { numeric: true });
}

function byDate(a: Date | null, b: Date | null): number {
  if (a === null || b === null) return Number(b === null) - Number(a === null);
  return a.getTime() - b.getTime();
}
