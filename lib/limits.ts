// How much one public request may read and render. Before these caps,
// /vergelijk with nothing selected read every published document's lines: with
// 342 municipalities × 10 years one request took ~20 s and 44 MB of HTML, and
// three at once ran Node out of memory. Each number keeps one response to at
// most about 500 table rows (measured: under 1 MB of HTML, a few seconds on a
// busy 2-core machine) whatever the database holds; anyone who wants
// everything pages through the API.
// The numbers live here together so a change of one is weighed against the rest.

/** Municipalities one programme-totals comparison shows side by side (a readable table, ~10 programmes each). */
export const COMPARE_MAX_MUNICIPALITIES = 10;

/** Years per municipality in that comparison: the newest ones unless the reader picks others. */
export const COMPARE_MAX_YEARS = 5;

/** Indicators the indicator search on /vergelijk shows; each brings its values of every year. */
export const COMPARE_MAX_INDICATORS = 50;

/** Municipalities per page of the home page list. */
export const MUNICIPALITY_LIST_PAGE_SIZE = 50;

/**
 * Items (municipalities, indicators) one CSV download holds. CSV is not paged,
 * so a larger selection is refused with a message on how to narrow it rather
 * than built in memory at any size.
 */
export const CSV_MAX_ITEMS = 1000;
