// The year at a glance: per programme lasten, baten, saldo van baten en lasten
// and (with reserves) resultaat na reserves — computed from exact lines and, next
// to that, as the document printed them — the share of the municipal total where
// the source printed it, and how many indicators reached their target that year.
import { buildFinanceTable, type PrintedInput, type TableLineInput, type TableRow, type Threshold } from "@/lib/finance/table";
import type { PrintedComparison } from "@/lib/finance/printed";
import type { SignConvention } from "@/lib/finance/sign-convention";
import { reportedAchievement, type Achievement, type Direction } from "@/lib/indicator/achievement";

export interface ProgrammeTotals {
  /** Canonical euros computed from the lines; balance = saldo van baten en lasten. */
  expenses: bigint | null;
  income: bigint | null;
  balance: bigint | null;
  /** Resultaat na reserves; null when the programme has no reserve mutations and none was printed. */
  result: bigint | null;
  /** The same four, printed (as adopted) and computed, x € 1.000 in the municipality's signs. */
  figures: {
    expenses: PrintedComparison | null;
    income: PrintedComparison | null;
    balance: PrintedComparison | null;
    result: PrintedComparison | null;
  };
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
  const balance = expenses || income ? table.balance : undefined;
  const figure = (row: TableRow | null | undefined) => row?.figures[input.column] ?? null;
  return {
    expenses: expenses?.cells[input.column] ?? null,
    income: income?.cells[input.column] ?? null,
    balance: balance?.cells[input.column] ?? null,
    result: table.result?.cells[input.column] ?? null,
    figures: { expenses: figure(expenses), income: figure(income), balance: figure(balance), result: figure(table.result) },
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
