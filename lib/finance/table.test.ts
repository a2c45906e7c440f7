import { describe, expect, it } from "vitest";
import { buildFinanceTable, printsDerivedFigures, type PrintedInput, type TableLineInput } from "./table";

const NO_THRESHOLD = { amount: null, percent: null, rule: "AMOUNT_OR_PERCENT" as const };

function line(o: Partial<TableLineInput> & Pick<TableLineInput, "id" | "category">): TableLineInput {
  return { goalId: null, goalCode: null, label: o.id, actualPreviousYear: null, budgetOriginal: null, budgetAmended: null, actual: null, explanation: null, ...o };
}
const total = (row: PrintedInput["row"], column: PrintedInput["column"], amount: bigint, goalId: string | null = null): PrintedInput => ({
  goalId,
  financialLineId: null,
  row,
  column,
  amount,
  shareOfMunicipalTotal: null,
});

describe("buildFinanceTable: printed and computed side by side", () => {
  // Midden-Groningen 2021, baten realisatie: 703 + 0 + 12 + 38 + 0 = 753, printed "Totaal Baten" 754.
  const mg = buildFinanceTable({
    lines: [
      line({ id: "b1", category: "INCOME", budgetAmended: 642_000n, actual: 703_000n }),
      line({ id: "b2", category: "INCOME", budgetAmended: 0n, actual: 0n }),
      line({ id: "b3", category: "INCOME", budgetAmended: 9_000n, actual: 12_000n }),
      line({ id: "b4", category: "INCOME", budgetAmended: 0n, actual: 38_000n }),
      line({ id: "b5", category: "INCOME", budgetAmended: 11_000n, actual: 0n }),
      line({ id: "l1", category: "EXPENSES", budgetAmended: 3_590_000n, actual: 3_365_000n }),
    ],
    printed: [total("INCOME", "ACTUAL", 754_000n), total("BALANCE", "ACTUAL", -2_611_000n)],
    convention: "BOTH_POSITIVE",
    threshold: NO_THRESHOLD,
  });

  it("keeps the printed total as printed and the sum of the lines as its own value", () => {
    const baten = mg.groups.find((g) => g.category === "INCOME")!.total;
    expect(baten.figures.ACTUAL).toEqual({ printed: 754n, computed: 753n, roundingDifference: 1n });
    expect(mg.balance.figures.ACTUAL).toEqual({ printed: -2_611n, computed: -2_612n, roundingDifference: 1n });
    expect(mg.roundingNotes).toContainEqual({ label: "Totaal baten", kind: "INCOME", column: "ACTUAL", printed: 754n, computed: 753n, roundingDifference: 1n });
  });

  it("takes a line's own amounts as what the document printed for it", () => {
    const line1 = mg.groups.find((g) => g.category === "INCOME")!.lines[0]!;
    expect(line1.figures.ACTUAL).toEqual({ printed: 703n, computed: 703n, roundingDifference: 0n });
    // A verschil is derived: nothing printed for it here.
    expect(line1.figures.DIFFERENCE).toEqual({ printed: null, computed: -61n, roundingDifference: null });
    expect(printsDerivedFigures(mg)).toBe(true);
  });

  it("names the two saldo figures apart", () => {
    expect(mg.balance.label).toBe("Saldo van baten en lasten");
  });
});

describe("buildFinanceTable: saldo and resultaat by the rules of money.ts", () => {
  // Zoetermeer 2024, TOTAAL PROGRAMMA: lasten -19.267, baten 5.350, toevoegingen 0, onttrekkingen 18, Saldo -13.899.
  const z = buildFinanceTable({
    lines: [
      line({ id: "l", category: "EXPENSES", goalId: "g", actual: 19_267_000n }),
      line({ id: "b", category: "INCOME", goalId: "g", actual: 5_350_000n }),
      line({ id: "t", category: "RESERVE_ADDITION", goalId: "g", actual: 0n }),
      line({ id: "o", category: "RESERVE_WITHDRAWAL", goalId: "g", actual: 18_000n }),
    ],
    printed: [total("RESULT", "ACTUAL", -13_899_000n), total("RESULT", "ACTUAL", -13_899_000n, "g")],
    convention: "EXPENSES_NEGATIVE",
    threshold: NO_THRESHOLD,
  });

  it("saldo van baten en lasten excludes the reserves, resultaat na reserves includes them", () => {
    expect(z.balance.cells.ACTUAL).toBe(-13_917_000n);
    expect(z.balance.figures.ACTUAL).toEqual({ printed: null, computed: -13_917n, roundingDifference: null });
    expect(z.result!.label).toBe("Resultaat na reserves");
    expect(z.result!.figures.ACTUAL).toEqual({ printed: -13_899n, computed: -13_899n, roundingDifference: 0n });
    expect(z.goalResults[0]!.cells.ACTUAL).toBe(-13_899_000n);
  });

  it("has no verschil without a budget", () => {
    expect(z.columns).toEqual(["ACTUAL"]);
    expect(z.result!.cells.DIFFERENCE).toBeNull();
    expect(z.result!.deviation).toBeNull();
  });
});

describe("buildFinanceTable: a total of one line is that printed line", () => {
  // Hilversum 2021 "Financiële analyse": one Lasten row (2.521 / 2.916 / verschil 394) and a printed Saldo.
  const h = buildFinanceTable({
    lines: [
      line({ id: "lasten", category: "EXPENSES", budgetAmended: 2_521_000n, actual: 2_916_000n }),
      line({ id: "baten", category: "INCOME", budgetAmended: 400_000n, actual: 500_000n }),
    ],
    printed: [
      { goalId: null, financialLineId: "lasten", row: "EXPENSES", column: "DIFFERENCE", amount: 394_000n, shareOfMunicipalTotal: null },
      total("BALANCE", "ACTUAL", -2_416_000n),
    ],
    convention: "ADVANTAGE_NEGATIVE",
    threshold: NO_THRESHOLD,
  });

  it("shows the Lasten total as printed, with the line's printed verschil, not as the app's own sum", () => {
    const lasten = h.groups.find((g) => g.category === "EXPENSES")!.total;
    expect(lasten.figures.ACTUAL).toEqual({ printed: 2_916n, computed: 2_916n, roundingDifference: 0n });
    expect(lasten.figures.DIFFERENCE).toEqual({ printed: 394n, computed: 395n, roundingDifference: -1n });
  });

  it("notes the rounding difference of that line once, not again for its total", () => {
    expect(h.roundingNotes).toEqual([{ label: "lasten", kind: "EXPENSES", column: "DIFFERENCE", printed: 394n, computed: 395n, roundingDifference: -1n }]);
  });

  it("still leaves a total of several lines unprinted when the document printed none", () => {
    const two = buildFinanceTable({
      lines: [line({ id: "a", category: "EXPENSES", actual: 1_000n }), line({ id: "b", category: "EXPENSES", actual: 2_000n })],
      printed: [],
      convention: "BOTH_POSITIVE",
      threshold: NO_THRESHOLD,
    });
    expect(two.groups[0]!.total.figures.ACTUAL?.printed).toBeNull();
  });
});
