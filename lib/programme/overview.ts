// The year at a glance: per programme lasten, baten and saldo (computed from
// exact lines), the share of the municipal total where the source printed it,
// and how many indicators reached their target that year.
import { buildFinanceTable, type PrintedInput, type TableLineInput, type Threshold } from "@/lib/finance/table";
import type { SignConvention } from "@/lib/finance/sign-convention";
import { reportedAchievement, type Achievement, type Direction } from "@/lib/indicator/achievement";

export interface ProgrammeTotals {
  expenses: bigint | null;
  income: bigint | null;
  balance: bigint | null;
  /** Printed shares of the municipal total (e.g. Zoetermeer 2022: 3,3 %), canonical decimal strings. */
  shareExpenses: string | null;
  shareIncome: string | null;
  shareBalance: string | null;
}

/** Jaarstukken report realisatie; a begroting has only budget columns. */
export function headlineColumn(kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN") {
  return kind === "JAARSTUKKEN" ? ("ACTUAL" as const) : ("BUDGET_AMENDED" as const);
}

export function programmeTotals(input: {
  lines: TableLineInput[];
  printed: PrintedInput[];
  convention: SignConvention;
  threshold: Threshold;
  column: "ACTUAL" | "BUDGET_AMENDED";
}): ProgrammeTotals {
  const table = buildFinanceTable(input);
  const group = (c: "EXPENSES" | "INCOME") => table.groups.find((g) => g.category === c)?.total;
  const expenses = group("EXPENSES");
  const income = group("INCOME");
  return {
    expenses: expenses?.cells[input.column] ?? null,
    income: income?.cells[input.column] ?? null,
    balance: expenses || income ? (table.balance.cells[input.column] ?? null) : null,
    shareExpenses: expenses?.share[input.column] ?? null,
    shareIncome: income?.share[input.column] ?? null,
    shareBalance: table.balance.share[input.column] ?? null,
  };
}

export type AchievementCounts = Record<Achievement, number>;

/** Counts each indicator value of `year` (per dimension value) by what "doel gehaald" shows for it. */
export function countAchievements(
  indicators: {
    direction: Direction;
    values: { year: number; target: string | null; actual: string | null; printedGoalAchieved: boolean | null }[];
  }[],
  year: number,
): AchievementCounts {
  const counts: AchievementCounts = { GEHAALD: 0, NIET_GEHAALD: 0, GEEN_METING: 0, GEEN_STREEFWAARDE: 0 };
  for (const indicator of indicators) {
    for (const v of indicator.values.filter((x) => x.year === year)) {
      counts[reportedAchievement({ direction: indicator.direction, ...v }).achievement] += 1;
    }
  }
  return counts;
}
