import { describe, it, expect } from "vitest";
import {
  type AmountColumn,
  type RowKind,
  type SignConvention,
  conventionLegend,
  effectOnResult,
  fromPrinted,
  toPrinted,
} from "./sign-convention";
import { computeBalance, computeResult } from "./money";
import { deviationLabel } from "./deviation";

// All amounts in these tests are in thousands, as printed ("bedragen x € 1.000").

const CONVENTIONS: SignConvention[] = ["EXPENSES_NEGATIVE", "ADVANTAGE_NEGATIVE", "BOTH_POSITIVE"];
const ROWS: RowKind[] = [
  "EXPENSES",
  "INCOME",
  "RESERVE_ADDITION",
  "RESERVE_WITHDRAWAL",
  "BALANCE",
  "RESULT",
];
const COLUMNS: AmountColumn[] = [
  "ACTUAL_PREVIOUS_YEAR",
  "BUDGET_ORIGINAL",
  "BUDGET_AMENDED",
  "ACTUAL",
  "DIFFERENCE",
];
const AMOUNT_COLUMNS = COLUMNS.filter((column) => column !== "DIFFERENCE");

const abs = (n: bigint) => (n < 0n ? -n : n);

describe("effectOnResult", () => {
  it.each([
    ["EXPENSES", -1],
    ["INCOME", 1],
    ["RESERVE_ADDITION", -1],
    ["RESERVE_WITHDRAWAL", 1],
    ["BALANCE", 1],
    ["RESULT", 1],
  ] as const)("%s -> %d", (row, effect) => {
    expect(effectOnResult(row)).toBe(effect);
  });
});

describe("round trip: fromPrinted(toPrinted(x)) === x", () => {
  const values = [0n, 1n, -1n, 18n, -7_226n, 12_548_000n, -1_000_001n, 10n ** 30n];
  for (const convention of CONVENTIONS) {
    for (const row of ROWS) {
      for (const column of COLUMNS) {
        it(`${convention} ${row} ${column}`, () => {
          for (const x of values) {
            const printed = toPrinted(convention, row, column, x);
            expect(fromPrinted(convention, row, column, printed)).toBe(x);
            expect(toPrinted(convention, row, column, fromPrinted(convention, row, column, x))).toBe(x);
          }
        });
      }
    }
  }
});

describe("EXPENSES_NEGATIVE (Zoetermeer)", () => {
  const c = "EXPENSES_NEGATIVE";

  it.each([
    ["EXPENSES", 100n, -100n],
    ["INCOME", 100n, 100n],
    ["RESERVE_ADDITION", 100n, -100n],
    ["RESERVE_WITHDRAWAL", 100n, 100n],
    ["BALANCE", -100n, -100n],
    ["RESULT", 100n, 100n],
  ] as const)("prints %s %s as %s", (row, canonical, printed) => {
    for (const column of AMOUNT_COLUMNS) expect(toPrinted(c, row, column, canonical)).toBe(printed);
  });

  it("prints a verschil positive when favourable", () => {
    // Less spent than budgeted (actual − budget < 0) is favourable.
    expect(toPrinted(c, "EXPENSES", "DIFFERENCE", -10n)).toBe(10n);
    expect(toPrinted(c, "INCOME", "DIFFERENCE", 10n)).toBe(10n);
    expect(toPrinted(c, "RESERVE_ADDITION", "DIFFERENCE", 10n)).toBe(-10n);
    expect(toPrinted(c, "RESERVE_WITHDRAWAL", "DIFFERENCE", 10n)).toBe(10n);
    expect(toPrinted(c, "BALANCE", "DIFFERENCE", 10n)).toBe(10n);
    expect(toPrinted(c, "RESULT", "DIFFERENCE", -10n)).toBe(-10n);
  });

  // Jaarstukken 2024, programma 6, realisatie per doelstelling.
  // Printed: lasten, baten, toevoegingen, onttrekkingen, saldo.
  const table = [
    { name: "6.1 Continueren klanttevredenheid", lasten: -12_548n, baten: 5_304n, toev: 0n, ontt: 18n, saldo: -7_226n },
    { name: "6.2 Bevorderen van de participatie", lasten: -6_719n, baten: 46n, toev: 0n, ontt: 0n, saldo: -6_673n },
    { name: "Totaal programma", lasten: -19_267n, baten: 5_350n, toev: 0n, ontt: 18n, saldo: -13_899n },
  ];

  it.each(table)("Zoetermeer 2024 $name reads back to canonical amounts", (printed) => {
    const expenses = fromPrinted(c, "EXPENSES", "ACTUAL", printed.lasten);
    const income = fromPrinted(c, "INCOME", "ACTUAL", printed.baten);
    const additions = fromPrinted(c, "RESERVE_ADDITION", "ACTUAL", printed.toev);
    const withdrawals = fromPrinted(c, "RESERVE_WITHDRAWAL", "ACTUAL", printed.ontt);
    const result = fromPrinted(c, "RESULT", "ACTUAL", printed.saldo);
    expect(expenses).toBe(-printed.lasten);
    expect(income).toBe(printed.baten);
    expect(additions).toBe(0n);
    expect(withdrawals).toBe(printed.ontt);
    expect(result).toBe(printed.saldo);
    expect(computeResult({ expenses, income, additions, withdrawals })).toBe(result);
  });

  it.each(table)("Zoetermeer 2024 $name: printed saldo is the sum of the printed row", (p) => {
    expect(p.lasten + p.baten + p.toev + p.ontt).toBe(p.saldo);
  });

  it("prints 6.1 canonical amounts exactly as the jaarstukken do", () => {
    expect(toPrinted(c, "EXPENSES", "ACTUAL", 12_548n)).toBe(-12_548n);
    expect(toPrinted(c, "INCOME", "ACTUAL", 5_304n)).toBe(5_304n);
    expect(toPrinted(c, "RESERVE_ADDITION", "ACTUAL", 0n)).toBe(0n);
    expect(toPrinted(c, "RESERVE_WITHDRAWAL", "ACTUAL", 18n)).toBe(18n);
    expect(toPrinted(c, "RESULT", "ACTUAL", -7_226n)).toBe(-7_226n);
  });
});

describe("ADVANTAGE_NEGATIVE (Hilversum, - = voordeel, zonder teken = nadeel)", () => {
  const c = "ADVANTAGE_NEGATIVE";
  // Jaarstukken 2021, 4.2.1 Burgerzaken, financiële analyse.
  const lasten = { budget: 2_521n, actual: 2_916n, difference: 394n };
  const baten = { budget: -1_075n, actual: -1_311n, difference: -236n };
  const saldo = { budget: 1_446n, actual: 1_605n, difference: 159n };

  it("reads the printed lasten, baten and saldo back to canonical amounts", () => {
    expect(fromPrinted(c, "EXPENSES", "BUDGET_AMENDED", lasten.budget)).toBe(2_521n);
    expect(fromPrinted(c, "EXPENSES", "ACTUAL", lasten.actual)).toBe(2_916n);
    expect(fromPrinted(c, "INCOME", "BUDGET_AMENDED", baten.budget)).toBe(1_075n);
    expect(fromPrinted(c, "INCOME", "ACTUAL", baten.actual)).toBe(1_311n);
    expect(fromPrinted(c, "BALANCE", "BUDGET_AMENDED", saldo.budget)).toBe(-1_446n);
    expect(fromPrinted(c, "BALANCE", "ACTUAL", saldo.actual)).toBe(-1_605n);
  });

  it("canonical saldo = baten − lasten matches the printed saldo", () => {
    const budget = computeBalance({ expenses: 2_521n, income: 1_075n })!;
    const actual = computeBalance({ expenses: 2_916n, income: 1_311n })!;
    expect(toPrinted(c, "BALANCE", "BUDGET_AMENDED", budget)).toBe(saldo.budget);
    expect(toPrinted(c, "BALANCE", "ACTUAL", actual)).toBe(saldo.actual);
  });

  it("prints the verschil from canonical differences", () => {
    // From the rounded lines the lasten differ by 395; the printed 394 comes from
    // the unrounded amounts (afrondingsverschil).
    const lastenDifference = 2_916n - 2_521n;
    expect(lastenDifference).toBe(395n);
    const printedFromLines = toPrinted(c, "EXPENSES", "DIFFERENCE", lastenDifference);
    expect(abs(printedFromLines - lasten.difference)).toBeLessThanOrEqual(1n);
    expect(toPrinted(c, "EXPENSES", "DIFFERENCE", 395n)).toBe(395n);
    expect(fromPrinted(c, "EXPENSES", "DIFFERENCE", lasten.difference)).toBe(394n);
    expect(toPrinted(c, "INCOME", "DIFFERENCE", 1_311n - 1_075n)).toBe(baten.difference);
    expect(toPrinted(c, "BALANCE", "DIFFERENCE", -1_605n - -1_446n)).toBe(saldo.difference);
  });

  it("prints every amount with − for a favourable effect", () => {
    for (const column of AMOUNT_COLUMNS) {
      expect(toPrinted(c, "EXPENSES", column, 100n)).toBe(100n);
      expect(toPrinted(c, "INCOME", column, 100n)).toBe(-100n);
      expect(toPrinted(c, "RESERVE_ADDITION", column, 100n)).toBe(100n);
      expect(toPrinted(c, "RESERVE_WITHDRAWAL", column, 100n)).toBe(-100n);
      expect(toPrinted(c, "BALANCE", column, 100n)).toBe(-100n);
      expect(toPrinted(c, "RESULT", column, -100n)).toBe(100n);
    }
  });

  it("prints a verschil negative when favourable", () => {
    expect(toPrinted(c, "EXPENSES", "DIFFERENCE", -10n)).toBe(-10n);
    expect(toPrinted(c, "INCOME", "DIFFERENCE", 10n)).toBe(-10n);
    expect(toPrinted(c, "RESERVE_ADDITION", "DIFFERENCE", -10n)).toBe(-10n);
    expect(toPrinted(c, "RESERVE_WITHDRAWAL", "DIFFERENCE", 10n)).toBe(-10n);
    expect(toPrinted(c, "RESULT", "DIFFERENCE", 10n)).toBe(-10n);
  });
});

describe("BOTH_POSITIVE (Midden-Groningen)", () => {
  const c = "BOTH_POSITIVE";

  it("prints amounts as canonical, saldo = baten − lasten", () => {
    for (const row of ROWS) {
      for (const column of AMOUNT_COLUMNS) expect(toPrinted(c, row, column, 1_222n)).toBe(1_222n);
    }
    const saldo = computeBalance({ expenses: 3_365n, income: 754n })!;
    expect(toPrinted(c, "BALANCE", "ACTUAL", saldo)).toBe(-2_611n);
  });

  it("prints verschil = begroting − realisatie on every row", () => {
    for (const row of ROWS) {
      const budget = toPrinted(c, row, "BUDGET_AMENDED", 1_222n);
      const actual = toPrinted(c, row, "ACTUAL", 1_311n);
      expect(toPrinted(c, row, "DIFFERENCE", 1_311n - 1_222n)).toBe(budget - actual);
    }
  });

  // Jaarrekening 2021, 2.4.2 Financieel overzicht dienstverlening:
  // [realisatie 2020, begroting 2021, begroting na wijzigingen, realisatie 2021, verschil]
  type Printed = [bigint, bigint, bigint, bigint, bigint];
  const table: [string, RowKind, Printed][] = [
    ["Lasten Burgerzaken", "EXPENSES", [1_347n, 1_488n, 1_222n, 1_311n, -89n]],
    ["Lasten Basisregistratie vastgoed", "EXPENSES", [981n, 937n, 837n, 911n, -74n]],
    ["Lasten Lokale omroep", "EXPENSES", [36n, 36n, 53n, 52n, 1n]],
    ["Lasten Bestuurlijke samenwerking", "EXPENSES", [1_472n, 1_791n, 1_393n, 1_053n, 339n]],
    ["Lasten Voorlichting", "EXPENSES", [38n, 85n, 85n, 38n, 47n]],
    ["Totaal lasten", "EXPENSES", [3_875n, 4_337n, 3_590n, 3_365n, 225n]],
    ["Baten Burgerzaken", "INCOME", [610n, 692n, 642n, 703n, -61n]],
    ["Baten Basisregistratie vastgoed", "INCOME", [1n, 0n, 0n, 0n, 0n]],
    ["Baten Lokale omroep", "INCOME", [0n, 0n, 9n, 12n, -3n]],
    ["Baten Bestuurlijke samenwerking", "INCOME", [0n, 0n, 0n, 38n, -38n]],
    ["Baten Voorlichting", "INCOME", [0n, 11n, 11n, 0n, 10n]],
    ["Totaal baten", "INCOME", [611n, 702n, 661n, 754n, -92n]],
    ["Saldo van baten en lasten", "BALANCE", [-3_264n, -3_634n, -2_928n, -2_611n, -317n]],
  ];
  it.each(table)("%s reads back and prints its verschil (within rounding)", (_name, row, printed) => {
    const [previousYear, budgetOriginal, budgetAmended, actual, difference] = printed;
    expect(fromPrinted(c, row, "ACTUAL_PREVIOUS_YEAR", previousYear)).toBe(previousYear);
    expect(fromPrinted(c, row, "BUDGET_ORIGINAL", budgetOriginal)).toBe(budgetOriginal);
    const canonicalBudget = fromPrinted(c, row, "BUDGET_AMENDED", budgetAmended);
    const canonicalActual = fromPrinted(c, row, "ACTUAL", actual);
    const printedDifference = toPrinted(c, row, "DIFFERENCE", canonicalActual - canonicalBudget);
    expect(abs(printedDifference - difference)).toBeLessThanOrEqual(1n);
  });

  it("matches the Burgerzaken and saldo verschil exactly", () => {
    expect(toPrinted(c, "EXPENSES", "DIFFERENCE", 1_311n - 1_222n)).toBe(-89n);
    expect(toPrinted(c, "INCOME", "DIFFERENCE", 703n - 642n)).toBe(-61n);
    expect(toPrinted(c, "BALANCE", "DIFFERENCE", -2_611n - -2_928n)).toBe(-317n);
    expect(fromPrinted(c, "BALANCE", "DIFFERENCE", -317n)).toBe(317n);
  });
});

describe("conventionLegend", () => {
  it.each([
    ["EXPENSES_NEGATIVE", "Bedragen x € 1.000. Lasten en toevoegingen aan reserves negatief, baten en onttrekkingen positief, zodat elk saldo de som van zijn bedragen is; een positief verschil is een voordeel."],
    ["ADVANTAGE_NEGATIVE", "Bedragen x € 1.000. - = voordeel, zonder teken = nadeel."],
    [
      "BOTH_POSITIVE",
      "Bedragen x € 1.000. Lasten en baten positief; saldo van baten en lasten = baten − lasten; verschil = begroting − realisatie.",
    ],
  ] as const)("%s", (convention, legend) => {
    expect(conventionLegend(convention)).toBe(legend);
  });
});

describe("the legends say what V and N look like in print", () => {
  const rows = ["EXPENSES", "INCOME", "RESERVE_ADDITION", "RESERVE_WITHDRAWAL", "BALANCE", "RESULT"] as const;
  const differences = [-5_000n, 7_000n];
  it.each(rows)("%s: Zoetermeer's positive verschil is a voordeel, Hilversum's negative one", (row) => {
    expect(conventionLegend("EXPENSES_NEGATIVE")).toContain("een positief verschil is een voordeel");
    expect(conventionLegend("ADVANTAGE_NEGATIVE")).toContain("- = voordeel, zonder teken = nadeel");
    expect(conventionLegend("BOTH_POSITIVE")).toContain("verschil = begroting − realisatie");
    for (const difference of differences) {
      const label = deviationLabel(row, difference);
      expect(toPrinted("EXPENSES_NEGATIVE", row, "DIFFERENCE", difference) > 0n).toBe(label === "V");
      expect(toPrinted("ADVANTAGE_NEGATIVE", row, "DIFFERENCE", difference) < 0n).toBe(label === "V");
      // Midden-Groningen: verschil = begroting − realisatie on every row.
      expect(toPrinted("BOTH_POSITIVE", row, "DIFFERENCE", difference)).toBe(-difference);
    }
  });
});
