import { describe, expect, it } from "vitest";
import { countAchievements, headlineColumn, programmeTotals } from "./overview";

const line = (id: string, category: "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL", actual: bigint | null, budgetAmended: bigint | null = null) => ({
  id,
  goalId: null,
  goalCode: null,
  category,
  label: id,
  actualPreviousYear: null,
  budgetOriginal: null,
  budgetAmended,
  actual,
  explanation: null,
});
const threshold = { amount: null, percent: null, rule: "AMOUNT_OR_PERCENT" as const };

describe("programmeTotals", () => {
  it("sums exact lines and keeps the printed share (Zoetermeer 2022, programma 6)", () => {
    const totals = programmeTotals({
      lines: [line("l", "EXPENSES", 15_781_000n), line("b", "INCOME", 6_265_000n)],
      printed: [
        { goalId: null, financialLineId: null, row: "EXPENSES", column: "ACTUAL", amount: 15_781_000n, shareOfMunicipalTotal: "3.3" },
        { goalId: null, financialLineId: null, row: "BALANCE", column: "ACTUAL", amount: -9_516_000n, shareOfMunicipalTotal: "31.44" },
      ],
      convention: "EXPENSES_NEGATIVE",
      threshold,
      column: "ACTUAL",
    });
    expect(totals).toMatchObject({
      expenses: 15_781_000n,
      income: 6_265_000n,
      balance: -9_516_000n,
      result: null,
      shareExpenses: "3.3",
      shareIncome: null,
      shareBalance: "31.44",
    });
    expect(totals.figures.balance).toEqual({ printed: -9_516n, computed: -9_516n, roundingDifference: 0n });
    expect(totals.figures.result).toBeNull();
  });

  it("gives Zoetermeer 2024's printed saldo after reserves as resultaat na reserves, apart from baten − lasten", () => {
    const lines = [
      line("l", "EXPENSES", 19_267_000n),
      line("b", "INCOME", 5_350_000n),
      { ...line("t", "EXPENSES", 0n), category: "RESERVE_ADDITION" as const },
      { ...line("o", "EXPENSES", 18_000n), category: "RESERVE_WITHDRAWAL" as const },
    ];
    const totals = programmeTotals({
      lines,
      printed: [{ goalId: null, financialLineId: null, row: "RESULT", column: "ACTUAL", amount: -13_899_000n, shareOfMunicipalTotal: null }],
      convention: "EXPENSES_NEGATIVE",
      threshold,
      column: "ACTUAL",
    });
    expect(totals.balance).toBe(-13_917_000n);
    expect(totals.figures.balance).toEqual({ printed: null, computed: -13_917n, roundingDifference: null });
    expect(totals.figures.result).toEqual({ printed: -13_899n, computed: -13_899n, roundingDifference: 0n });
  });

  it("shows a printed total as adopted, with the sum of the lines beside it (Midden-Groningen baten 754)", () => {
    const totals = programmeTotals({
      lines: [line("b1", "INCOME", 703_000n), line("b2", "INCOME", 12_000n), line("b3", "INCOME", 38_000n)],
      printed: [{ goalId: null, financialLineId: null, row: "INCOME", column: "ACTUAL", amount: 754_000n, shareOfMunicipalTotal: null }],
      convention: "BOTH_POSITIVE",
      threshold,
      column: "ACTUAL",
    });
    expect(totals.figures.income).toEqual({ printed: 754n, computed: 753n, roundingDifference: 1n });
  });

  it("uses the amended budget for a begroting", () => {
    expect(headlineColumn("BEGROTING")).toBe("BUDGET_AMENDED");
    expect(headlineColumn("JAARSTUKKEN")).toBe("ACTUAL");
    const totals = programmeTotals({
      lines: [line("l", "EXPENSES", null, 1_000n)],
      printed: [],
      convention: "BOTH_POSITIVE",
      threshold,
      column: "BUDGET_AMENDED",
    });
    expect(totals.expenses).toBe(1_000n);
    expect(totals.income).toBeNull();
    expect(totals.balance).toBe(-1_000n);
  });

  it("has no totals for a programme without money", () => {
    const totals = programmeTotals({ lines: [], printed: [], convention: "BOTH_POSITIVE", threshold, column: "ACTUAL" });
    expect(totals.expenses).toBeNull();
    expect(totals.balance).toBeNull();
  });
});

describe("countAchievements", () => {
  it("counts the year's values by derived achievement (Zoetermeer 2024: 1 gehaald, 3 niet)", () => {
    const ind = (target: string, actual: string | null) => ({
      direction: "HIGHER_IS_BETTER" as const,
      values: [
        { year: 2023, target: "1", actual: "0", printedGoalAchieved: null },
        { year: 2024, target, actual, printedGoalAchieved: null },
      ],
    });
    expect(countAchievements([ind("7.4", "7.0"), ind("7.3", "6.6"), ind("6.9", "6.6"), ind("7.0", "7.0")], 2024)).toEqual({
      GEHAALD: 1,
      NIET_GEHAALD: 3,
      GEEN_METING: 0,
      GEEN_STREEFWAARDE: 0,
    });
    expect(countAchievements([ind("7.4", null)], 2024).GEEN_METING).toBe(1);
  });

  it("counts a printed verdict when the source lacks the figures (Zoetermeer 2022)", () => {
    const unnamed = { direction: "HIGHER_IS_BETTER" as const, values: [{ year: 2022, target: null, actual: null, printedGoalAchieved: false }] };
    expect(countAchievements([unnamed, unnamed], 2022).NIET_GEHAALD).toBe(2);
  });
});
