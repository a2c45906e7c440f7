import { describe, expect, it } from "vitest";
import { columnTotals, groupLines, type GridLine } from "./totals";

const lines: GridLine[] = [
  { id: "l1", category: "EXPENSES" },
  { id: "l2", category: "EXPENSES" },
  { id: "b1", category: "INCOME" },
  { id: "r1", category: "RESERVE_WITHDRAWAL" },
  { id: "t1", category: "RESERVE_ADDITION" },
];

describe("columnTotals", () => {
  it("sums per category and derives saldo (baten − lasten) and resultaat (saldo + onttrekkingen − toevoegingen)", () => {
    const amounts: Record<string, bigint> = { l1: 1_000_000n, l2: 234_567n, b1: 400_000n, r1: 50_000n, t1: 10_000n };
    const totals = columnTotals(lines, 2094, (id) => amounts[id]);
    expect(totals).toEqual({
      byCategory: { EXPENSES: 1_234_567n, INCOME: 400_000n, RESERVE_ADDITION: 10_000n, RESERVE_WITHDRAWAL: 50_000n },
      balance: -834_567n,
      result: -794_567n,
      incomplete: false,
    });
  });

  it("says a column is incomplete when a cell is empty or unreadable, and never reads empty as zero", () => {
    const totals = columnTotals(lines, 2094, (id) => (id === "l1" ? 100n : id === "l2" ? undefined : null));
    expect(totals.byCategory.EXPENSES).toBe(100n);
    expect(totals.byCategory.INCOME).toBeNull();
    expect(totals.balance).toBe(-100n);
    expect(totals.incomplete).toBe(true);
  });

  it("has no total for a category without lines", () => {
    const totals = columnTotals([{ id: "l1", category: "EXPENSES" }], 2094, () => 5n);
    expect(totals.byCategory.INCOME).toBeNull();
    expect(totals.incomplete).toBe(false);
  });
});

describe("groupLines", () => {
  it("groups lasten, baten, then the reserves, in print order, leaving empty groups out", () => {
    expect(groupLines([lines[4]!, lines[2]!, lines[0]!]).map((g) => [g.category, g.lines.map((l) => l.id)])).toEqual([
      ["EXPENSES", ["l1"]],
      ["INCOME", ["b1"]],
      ["RESERVE_ADDITION", ["t1"]],
    ]);
  });
});
