/**
 * Printed means printed: a figure of a financial table has two versions, what the
 * document printed (and the council adopted) and the app's own figure from the exact
 * lines. Both are given x € 1.000 in the municipality's signs, the way its tables are
 * read; their difference can only come from rounding every printed line.
 */
import { roundToThousands } from "./money";
import { fromPrinted, toPrinted, type AmountColumn, type RowKind, type SignConvention } from "./sign-convention";

export interface PrintedComparison {
  /** What the document printed, x € 1.000 in its own signs; null where it printed nothing. */
  printed: bigint | null;
  /** The app's figure from the exact line amounts, x € 1.000 in the same signs; null without amounts. */
  computed: bigint | null;
  /** printed − computed; null unless both exist. Not zero only by rounding. */
  roundingDifference: bigint | null;
}

type Cells = Partial<Record<AmountColumn, bigint | null>>;

function inThousands(convention: SignConvention, kind: RowKind, column: AmountColumn, euros: bigint | null | undefined) {
  return euros == null ? null : toPrinted(convention, kind, column, roundToThousands(euros));
}

/** Both versions of one cell, from canonical euros (computed) and the printed figure in canonical euros. */
export function comparePrinted(
  convention: SignConvention,
  kind: RowKind,
  column: AmountColumn,
  computedEuros: bigint | null | undefined,
  printedEuros: bigint | null | undefined,
): PrintedComparison {
  const printed = inThousands(convention, kind, column, printedEuros);
  const computed = inThousands(convention, kind, column, computedEuros);
  return { printed, computed, roundingDifference: printed !== null && computed !== null ? printed - computed : null };
}

/** Every column of a row: its computed cells against what the document printed for it. */
export function compareRow(
  convention: SignConvention,
  row: { kind: RowKind; cells: Cells; printed: Cells },
  columns: readonly AmountColumn[],
): Partial<Record<AmountColumn, PrintedComparison>> {
  const out: Partial<Record<AmountColumn, PrintedComparison>> = {};
  for (const c of columns) out[c] = comparePrinted(convention, row.kind, c, row.cells[c], row.printed[c]);
  return out;
}

/** The figure a reader sees first: the printed one as adopted, else the app's own. */
export function shownFirst(comparison: PrintedComparison | undefined): bigint | null {
  return comparison ? (comparison.printed ?? comparison.computed) : null;
}

/** True when the printed figure and the sum of the lines differ (by rounding). */
export function hasRoundingDifference(comparison: PrintedComparison | undefined): boolean {
  return comparison?.roundingDifference != null && comparison.roundingDifference !== 0n;
}

/**
 * The same comparison in the one form every municipality shares (lasten and
 * baten positive, saldo = baten − lasten), for tables that set municipalities
 * side by side: the printed figure stays the printed figure, only its sign is
 * read back through the municipality's convention.
 */
export function inCanonicalSigns(
  convention: SignConvention,
  kind: RowKind,
  column: AmountColumn,
  comparison: PrintedComparison,
): PrintedComparison {
  const back = (v: bigint | null) => (v === null ? null : fromPrinted(convention, kind, column, v));
  const printed = back(comparison.printed);
  const computed = back(comparison.computed);
  return { printed, computed, roundingDifference: printed !== null && computed !== null ? printed - computed : null };
}
