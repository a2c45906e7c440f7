/**
 * The computed rows under a begroting's grid, per year: a total per category,
 * the saldo van baten en lasten and the resultaat na reserves — never typed,
 * always from the cells (lib/finance/money.ts, the one computation of saldo
 * and resultaat). An empty or unreadable cell makes its column's totals
 * incomplete rather than silently zero.
 *
 * Pure and isomorphic: the form recomputes them as the user types.
 */
import { computeBalance, computeResult, sumAmounts } from "@/lib/finance/money";

export type BudgetCategory = "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";

/** The order a begroting prints its groups: lasten, baten, then the reserves. */
export const GRID_CATEGORIES: readonly BudgetCategory[] = ["EXPENSES", "INCOME", "RESERVE_ADDITION", "RESERVE_WITHDRAWAL"];

export interface GridLine {
  id: string;
  category: BudgetCategory;
}

export interface ColumnTotals {
  byCategory: Record<BudgetCategory, bigint | null>;
  balance: bigint | null;
  result: bigint | null;
  /** Some cell of the column is empty or cannot be read: the totals cover only what is filled in. */
  incomplete: boolean;
}

/** `amount(lineId, year)`: the cell's amount, null when empty, undefined when it cannot be read. */
export function columnTotals(lines: readonly GridLine[], year: number, amount: (lineId: string, year: number) => bigint | null | undefined): ColumnTotals {
  let incomplete = false;
  const byCategory = Object.fromEntries(
    GRID_CATEGORIES.map((category) => {
      const values = lines
        .filter((l) => l.category === category)
        .map((l) => {
          const value = amount(l.id, year);
          if (value == null) incomplete = true;
          return value ?? null;
        });
      return [category, values.length === 0 ? null : sumAmounts(values)];
    }),
  ) as Record<BudgetCategory, bigint | null>;
  const amounts = {
    expenses: byCategory.EXPENSES,
    income: byCategory.INCOME,
    additions: byCategory.RESERVE_ADDITION,
    withdrawals: byCategory.RESERVE_WITHDRAWAL,
  };
  return { byCategory, balance: computeBalance(amounts), result: computeResult(amounts), incomplete };
}

/** Lines grouped as the grid shows them, in print order within a group; empty groups left out. */
export function groupLines<L extends GridLine>(lines: readonly L[]): { category: BudgetCategory; lines: L[] }[] {
  return GRID_CATEGORIES.map((category) => ({ category, lines: lines.filter((l) => l.category === category) })).filter((g) => g.lines.length > 0);
}
