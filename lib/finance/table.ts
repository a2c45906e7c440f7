// Builds the financial table of a programme as the public page and the
// exports show it: lines grouped by category, totals computed from exact
// amounts, verschil with V/N, threshold marks, and the printed figures the
// source document showed, so rounding differences can be pointed out.
import { canonicalDifference, deviationLabel, requiresExplanation, type ExplanationThreshold } from "./deviation";
import { roundToThousands, sumAmounts } from "./money";
import { toPrinted, type AmountColumn, type RowKind, type SignConvention } from "./sign-convention";

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
  /** What the source printed for this row, canonical euros. */
  printed: Cells;
  share: Partial<Record<AmountColumn, string>>;
}

export interface RoundingNote {
  label: string;
  column: AmountColumn;
  /** In thousands, in the municipality's convention. */
  computed: bigint;
  printed: bigint;
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

const ROW_LABELS: Record<RowKind, string> = {
  EXPENSES: "Totaal lasten",
  INCOME: "Totaal baten",
  RESERVE_ADDITION: "Totaal toevoegingen aan reserves",
  RESERVE_WITHDRAWAL: "Totaal onttrekkingen aan reserves",
  BALANCE: "Saldo van baten en lasten",
  RESULT: "Resultaat",
};

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
    share: {},
    ...extra,
  };
}

function sumCells(rows: { cells: Cells }[], columns: AmountColumn[]): Cells {
  const out: Cells = {};
  for (const c of columns) if (c !== "DIFFERENCE") out[c] = sumAmounts(rows.map((r) => r.cells[c] ?? null));
  return out;
}

function combine(a: Cells, b: Cells, columns: AmountColumn[], op: (x: bigint, y: bigint) => bigint): Cells {
  const out: Cells = {};
  for (const c of columns) {
    if (c === "DIFFERENCE") continue;
    const x = a[c] ?? null;
    const y = b[c] ?? null;
    out[c] = x === null && y === null ? null : op(x ?? 0n, y ?? 0n);
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
      const cells: Cells = {};
      for (const c of AMOUNT_COLUMNS) cells[c] = lineAmount(l, c);
      const row = makeRow(category, l.label, cells, threshold, {
        goalId: l.goalId,
        goalCode: l.goalCode,
        lineId: l.id,
        explanation: l.explanation,
      });
      attachPrinted(row, printed.filter((p) => p.financialLineId === l.id));
      return row;
    });
    const total = makeRow(category, ROW_LABELS[category], sumCells(rows, columns), threshold);
    attachPrinted(total, programmeLevel(category));
    return [{ category, lines: rows, total }];
  });

  const totalOf = (c: Category) => groups.find((g) => g.category === c)?.total.cells ?? {};
  const balanceCells = combine(totalOf("INCOME"), totalOf("EXPENSES"), columns, (x, y) => x - y);
  const balance = makeRow("BALANCE", ROW_LABELS.BALANCE, balanceCells, threshold);
  attachPrinted(balance, programmeLevel("BALANCE"));

  const hasReserves = groups.some((g) => g.category === "RESERVE_ADDITION" || g.category === "RESERVE_WITHDRAWAL");
  let result: TableRow | null = null;
  if (hasReserves || programmeLevel("RESULT").length > 0) {
    const reserves = combine(totalOf("RESERVE_WITHDRAWAL"), totalOf("RESERVE_ADDITION"), columns, (x, y) => x - y);
    result = makeRow("RESULT", ROW_LABELS.RESULT, combine(balanceCells, reserves, columns, (x, y) => x + y), threshold);
    attachPrinted(result, programmeLevel("RESULT"));
  }

  const goalResults = goalSubtotals(lines, printed, columns, threshold);
  const allRows = [...groups.flatMap((g) => [...g.lines, g.total]), balance, ...(result ? [result] : []), ...goalResults];
  return { convention, columns, groups, balance, result, goalResults, roundingNotes: roundingNotes(allRows, convention) };
}

/** Subtotals per goal, only where the source printed one (their row kind tells which). */
function goalSubtotals(lines: TableLineInput[], printed: PrintedInput[], columns: AmountColumn[], threshold: Threshold) {
  const perGoal = printed.filter((p) => p.goalId !== null && p.financialLineId === null);
  const keys = [...new Set(perGoal.map((p) => `${p.goalId}|${p.row}`))];
  return keys.map((key) => {
    const [goalId, kind] = key.split("|") as [string, RowKind];
    const goalLines = lines.filter((l) => l.goalId === goalId);
    const signed = (l: TableLineInput): Cells => {
      const cells: Cells = {};
      for (const c of AMOUNT_COLUMNS) {
        const v = lineAmount(l, c);
        cells[c] = v === null ? null : kindSign(kind, l.category) * v;
      }
      return cells;
    };
    const included = goalLines.filter((l) => kindSign(kind, l.category) !== 0n);
    const row = makeRow(kind, goalLines[0]?.label ?? ROW_LABELS[kind], sumCells(included.map((l) => ({ cells: signed(l) })), columns), threshold, {
      goalId,
      goalCode: goalLines[0]?.goalCode ?? null,
    });
    attachPrinted(row, perGoal.filter((p) => p.goalId === goalId && p.row === kind));
    return row;
  });
}

/** How a line of `category` counts in a subtotal of `kind`: 1, −1 or not at all. */
function kindSign(kind: RowKind, category: Category): bigint {
  if (kind === category) return 1n;
  if (kind === "BALANCE") return category === "INCOME" ? 1n : category === "EXPENSES" ? -1n : 0n;
  if (kind === "RESULT") return category === "INCOME" || category === "RESERVE_WITHDRAWAL" ? 1n : -1n;
  return 0n;
}

function roundingNotes(rows: TableRow[], convention: SignConvention): RoundingNote[] {
  const notes: RoundingNote[] = [];
  for (const row of rows) {
    for (const [column, printedAmount] of Object.entries(row.printed) as [AmountColumn, bigint | null][]) {
      const computed = row.cells[column];
      if (printedAmount == null || computed == null) continue;
      const c = toPrinted(convention, row.kind, column, roundToThousands(computed));
      const p = toPrinted(convention, row.kind, column, roundToThousands(printedAmount));
      if (c !== p) notes.push({ label: row.label, column, computed: c, printed: p });
    }
  }
  return notes;
}
