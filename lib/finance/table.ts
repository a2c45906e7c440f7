// Builds the financial table of a programme as the public page and the
// exports show it: lines grouped by category, totals computed from exact
// amounts with the rules of money.ts, verschil with V/N, threshold marks, and
// next to every computed figure the one the source document printed.
import { canonicalDifference, deviationLabel, requiresExplanation, type ExplanationThreshold } from "./deviation";
import { computeBalance, computeResult, sumAmounts } from "./money";
import { TOTAL_LABELS } from "./labels";
import { compareRow, hasRoundingDifference, type PrintedComparison } from "./printed";
import type { AmountColumn, RowKind, SignConvention } from "./sign-convention";

export type Category = "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
export const CATEGORIES: readonly Category[] = ["EXPENSES", "INCOME", "RESERVE_ADDITION", "RESERVE_WITHDRAWAL"];
export const AMOUNT_COLUMNS = ["ACTUAL_PREVIOUS_YEAR", "BUDGET_ORIGINAL", "BUDGET_AMENDED", "ACTUAL"] as const;
export type StoredColumn = (typeof AMOUNT_COLUMNS)[number];

export interface TableLineInput {
  id: string;
  goalId: string | null;
  goalCode: string | null;
  category: Category;
  label: string;
  actualPreviousYear: bigint | null;
  budgetOriginal: bigint | null;
  budgetAmended: bigint | null;
  actual: bigint | null;
  explanation: string | null;
}

export interface PrintedInput {
  goalId: string | null;
  financialLineId: string | null;
  row: RowKind;
  column: AmountColumn;
  amount: bigint | null;
  shareOfMunicipalTotal: string | null;
}

/** The toelichtingsgrens, as the deviation rules take it. */
export type Threshold = ExplanationThreshold;

export type Cells = Partial<Record<AmountColumn, bigint | null>>;

export interface TableRow {
  kind: RowKind;
  label: string;
  goalId: string | null;
  goalCode: string | null;
  lineId: string | null;
  /** Canonical euros per column; DIFFERENCE = actual − budgetAmended. */
  cells: Cells;
  deviation: "V" | "N" | null;
  exceedsThreshold: boolean;
  explanation: string | null;
  /**
   * What the source printed for this row, canonical euros: a line's own amounts
   * (the document's lines are what it printed) and the printed figures kept for
   * it (a line's verschil, a total, a saldo).
   */
  printed: Cells;
  /** Per column of the table: printed and computed x € 1.000 in the municipality's signs. */
  figures: Partial<Record<AmountColumn, PrintedComparison>>;
  share: Partial<Record<AmountColumn, string>>;
}

export interface RoundingNote {
  label: string;
  kind: RowKind;
  column: AmountColumn;
  /** In thousands, in the municipality's convention. */
  computed: bigint;
  printed: bigint;
  /** printed − computed, in thousands. */
  roundingDifference: bigint;
}

export interface FinanceTable {
  convention: SignConvention;
  columns: AmountColumn[];
  /** Goal-level rows (CATEGORY layout) or lines, per category, each followed by its total. */
  groups: { category: Category; lines: TableRow[]; total: TableRow }[];
  balance: TableRow;
  /** Present when reserves are involved: saldo + onttrekkingen − toevoegingen. */
  result: TableRow | null;
  /** Subtotals per goal that the source printed (e.g. Zoetermeer's saldo per doelstelling). */
  goalResults: TableRow[];
  roundingNotes: RoundingNote[];
}

const ROW_LABELS = TOTAL_LABELS;

function columnsPresent(lines: TableLineInput[], printed: PrintedInput[]): AmountColumn[] {
  const cols: AmountColumn[] = AMOUNT_COLUMNS.filter((c) => lines.some((l) => lineAmount(l, c) !== null));
  const hasDiff = cols.includes("BUDGET_AMENDED") && cols.includes("ACTUAL");
  if (hasDiff || printed.some((p) => p.column === "DIFFERENCE")) cols.push("DIFFERENCE");
  return cols;
}

function lineAmount(line: TableLineInput, column: StoredColumn): bigint | null {
  switch (column) {
    case "ACTUAL_PREVIOUS_YEAR":
      return line.actualPreviousYear;
    case "BUDGET_ORIGINAL":
      return line.budgetOriginal;
    case "BUDGET_AMENDED":
      return line.budgetAmended;
    case "ACTUAL":
      return line.actual;
  }
}

function withDifference(cells: Cells): Cells {
  return { ...cells, DIFFERENCE: canonicalDifference(cells.BUDGET_AMENDED ?? null, cells.ACTUAL ?? null) };
}

function makeRow(
  kind: RowKind,
  label: string,
  cells: Cells,
  threshold: Threshold,
  extra: Partial<TableRow> = {},
): TableRow {
  const full = withDifference(cells);
  const difference = full.DIFFERENCE ?? null;
  return {
    kind,
    label,
    goalId: null,
    goalCode: null,
    lineId: null,
    cells: full,
    deviation: deviationLabel(kind, difference),
    exceedsThreshold: requiresExplanation(threshold, full.BUDGET_AMENDED ?? null, full.ACTUAL ?? null),
    explanation: null,
    printed: {},
    figures: {},
    share: {},
    ...extra,
  };
}

function sumCells(rows: { cells: Cells }[], columns: AmountColumn[]): Cells {
  const out: Cells = {};
  for (const c of columns) if (c !== "DIFFERENCE") out[c] = sumAmounts(rows.map((r) => r.cells[c] ?? null));
  return out;
}

type CategoryTotals = Partial<Record<Category, Cells>>;

/** Saldo or resultaat per column, by the one rule of money.ts (computeBalance, computeResult). */
function derivedCells(kind: "BALANCE" | "RESULT", totals: CategoryTotals, columns: AmountColumn[]): Cells {
  const out: Cells = {};
  for (const c of columns) {
    if (c === "DIFFERENCE") continue;
    const amounts = {
      expenses: totals.EXPENSES?.[c],
      income: totals.INCOME?.[c],
      additions: totals.RESERVE_ADDITION?.[c],
      withdrawals: totals.RESERVE_WITHDRAWAL?.[c],
    };
    out[c] = kind === "BALANCE" ? computeBalance(amounts) : computeResult(amounts);
  }
  return out;
}

function attachPrinted(row: TableRow, printed: PrintedInput[]) {
  for (const p of printed) {
    if (p.amount !== null) row.printed[p.column] = p.amount;
    if (p.shareOfMunicipalTotal !== null) row.share[p.column] = p.shareOfMunicipalTotal;
  }
}

export function buildFinanceTable(input: {
  lines: TableLineInput[];
  printed: PrintedInput[];
  convention: SignConvention;
  threshold: Threshold;
}): FinanceTable {
  const { lines, printed, convention, threshold } = input;
  const columns = columnsPresent(lines, printed);
  const programmeLevel = (row: RowKind) =>
    printed.filter((p) => p.row === row && p.goalId === null && p.financialLineId === null);

  const groups = CATEGORIES.flatMap((category) => {
    const inCategory = lines.filter((l) => l.category === category);
    if (inCategory.length === 0) return [];
    const rows = inCategory.map((l) => {
      const cells = lineCells(l);
      const row = makeRow(category, l.label, cells, threshold, {
        goalId: l.goalId,
        goalCode: l.goalCode,
        lineId: l.id,
        explanation: l.explanation,
        printed: { ...cells },
      });
      attachPrinted(row, printed.filter((p) => p.financialLineId === l.id));
      return row;
    });
    const total = makeRow(category, ROW_LABELS[category], sumCells(rows, columns), threshold);
    attachPrinted(total, programmeLevel(category));
    // The total of a single line is that line, which is what the document printed
    // (Hilversum's "Lasten" row): not a sum to be marked "berekend".
    const [only] = rows;
    if (only && rows.length === 1) total.printed = { ...only.printed, ...total.printed };
    return [{ category, lines: rows, total }];
  });

  const totals: CategoryTotals = Object.fromEntries(groups.map((g) => [g.category, g.total.cells]));
  const balance = makeRow("BALANCE", ROW_LABELS.BALANCE, derivedCells("BALANCE", totals, columns), threshold);
  attachPrinted(balance, programmeLevel("BALANCE"));

  const hasReserves = groups.some((g) => g.category === "RESERVE_ADDITION" || g.category === "RESERVE_WITHDRAWAL");
  let result: TableRow | null = null;
  if (hasReserves || programmeLevel("RESULT").length > 0) {
    result = makeRow("RESULT", ROW_LABELS.RESULT, derivedCells("RESULT", totals, columns), threshold);
    attachPrinted(result, programmeLevel("RESULT"));
  }

  const goalResults = goalSubtotals(lines, printed, columns, threshold);
  const finish = (row: TableRow) => withFigures(withoutHiddenDifference(row, columns), convention, columns);
  const table: FinanceTable = {
    convention,
    columns,
    groups: groups.map((g) => ({ ...g, lines: g.lines.map(finish), total: finish(g.total) })),
    balance: finish(balance),
    result: result && finish(result),
    goalResults: goalResults.map(finish),
    roundingNotes: [],
  };
  // A single line's total is that line (and the table does not show it twice), so it gets no note of its own.
  const noted = allRows(table).filter((row) => !table.groups.some((g) => g.total === row && g.lines.length === 1));
  table.roundingNotes = roundingNotes(noted, columns);
  return table;
}

function lineCells(line: TableLineInput): Cells {
  const cells: Cells = {};
  for (const c of AMOUNT_COLUMNS) cells[c] = lineAmount(line, c);
  return cells;
}

/** Every row of the table, in reading order. */
export function allRows(table: FinanceTable): TableRow[] {
  return [
    ...table.groups.flatMap((g) => [...g.lines, g.total]),
    table.balance,
    ...(table.result ? [table.result] : []),
    ...table.goalResults,
  ];
}

/**
 * A table without budget figures (Zoetermeer 2024 prints realisatie only) has
 * no verschil: the deviation rule counts a missing budget as zero, which is
 * right for one unbudgeted line but would turn every amount of such a table
 * into a "deviation".
 */
function withoutHiddenDifference(row: TableRow, columns: AmountColumn[]): TableRow {
  if (columns.includes("DIFFERENCE")) return row;
  return { ...row, cells: { ...row.cells, DIFFERENCE: null }, deviation: null, exceedsThreshold: false };
}

function withFigures(row: TableRow, convention: SignConvention, columns: AmountColumn[]): TableRow {
  return { ...row, figures: compareRow(convention, row, columns) };
}

/** Subtotals per goal, only where the source printed one (their row kind tells which). */
function goalSubtotals(lines: TableLineInput[], printed: PrintedInput[], columns: AmountColumn[], threshold: Threshold) {
  const perGoal = printed.filter((p) => p.goalId !== null && p.financialLineId === null);
  const keys = [...new Set(perGoal.map((p) => `${p.goalId}|${p.row}`))];
  return keys.map((key) => {
    const [goalId, kind] = key.split("|") as [string, RowKind];
    const goalLines = lines.filter((l) => l.goalId === goalId);
    const totals: CategoryTotals = {};
    for (const category of CATEGORIES) {
      const inCategory = goalLines.filter((l) => l.category === category);
      if (inCategory.length > 0) totals[category] = sumCells(inCategory.map((l) => ({ cells: lineCells(l) })), columns);
    }
    const cells = kind === "BALANCE" || kind === "RESULT" ? derivedCells(kind, totals, columns) : (totals[kind] ?? {});
    const row = makeRow(kind, goalLines[0]?.label ?? ROW_LABELS[kind], cells, threshold, {
      goalId,
      goalCode: goalLines[0]?.goalCode ?? null,
    });
    attachPrinted(row, perGoal.filter((p) => p.goalId === goalId && p.row === kind));
    return row;
  });
}

function roundingNotes(rows: TableRow[], columns: AmountColumn[]): RoundingNote[] {
  return rows.flatMap((row) =>
    columns.flatMap((column) => {
      const f = row.figures[column];
      if (!f || !hasRoundingDifference(f)) return [];
      return [{ label: row.label, kind: row.kind, column, computed: f.computed!, printed: f.printed!, roundingDifference: f.roundingDifference! }];
    }),
  );
}

/** A cell the app derives (a total, a saldo, a verschil) rather than one the line itself holds. */
export function isDerivedCell(row: TableRow, column: AmountColumn): boolean {
  return row.lineId === null || column === "DIFFERENCE";
}

/**
 * Whether the document printed any derived figure of this table. Then a derived
 * figure it did not print is marked "berekend", so a reader never takes the app's
 * own sum for one the council adopted.
 */
export function printsDerivedFigures(table: FinanceTable): boolean {
  return allRows(table).some((row) => table.columns.some((c) => isDerivedCell(row, c) && row.figures[c]?.printed != null));
}
