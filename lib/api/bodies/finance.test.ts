import { describe, expect, it } from "vitest";
import { financeBody, NO_THRESHOLD, programmeTotals, type SourcedLineInput, type SourcedPrintedInput } from "./finance";
import { financeSchema } from "../schemas/financien";

function line(overrides: Partial<SourcedLineInput> & Pick<SourcedLineInput, "id" | "category" | "label">): SourcedLineInput {
  return {
    goalId: null,
    goalCode: null,
    actualPreviousYear: null,
    budgetOriginal: null,
    budgetAmended: null,
    actual: null,
    explanation: null,
    product: null,
    functionCode: null,
    sourceTitle: "Jaarstukken",
    sourceLocation: "Financiële analyse",
    budgetLineId: `bl-${overrides.id}`,
    basis: null,
    amendments: [],
    prognoses: [],
    ...overrides,
  };
}

// Hilversum 2021, 4.2.1: "- = voordeel, zonder teken = nadeel".
const hilversum = {
  lines: [
    line({ id: "l", category: "EXPENSES", label: "Lasten", budgetAmended: 2_521_000n, actual: 2_916_000n, basis: "printed" }),
    line({ id: "b", category: "INCOME", label: "Baten", budgetAmended: 1_075_000n, actual: 1_311_000n, basis: "printed" }),
  ],
  printed: [
    { goalId: null, financialLineId: "l", row: "EXPENSES", column: "DIFFERENCE", amount: 394_000n, shareOfMunicipalTotal: null, sourceTitle: "Jaarstukken", sourceLocation: "verschil lasten" },
    { goalId: null, financialLineId: null, row: "BALANCE", column: "ACTUAL", amount: -1_605_000n, shareOfMunicipalTotal: null, sourceTitle: "Jaarstukken", sourceLocation: "Saldo" },
  ] satisfies SourcedPrintedInput[],
};

describe("financeBody", () => {
  const body = financeBody({ ...hilversum, convention: "ADVANTAGE_NEGATIVE", threshold: { amount: 300_000n, percent: null, rule: "AMOUNT_OR_PERCENT" } })!;

  it("matches the response schema", () => {
    expect(financeSchema.parse(body)).toEqual(body);
  });

  it("gives canonical euros as strings and the printed thousands in the municipality's signs", () => {
    const [lasten, baten] = body.regels;
    expect(lasten!.bedragen).toMatchObject({ begrotingNaWijziging: "2521000", realisatie: "2916000", verschil: "395000" });
    expect(lasten!.alsGedrukt).toMatchObject({ begrotingNaWijziging: 2521, realisatie: 2916, verschil: 394 });
    expect(baten!.berekendUitRegels).toMatchObject({ begrotingNaWijziging: -1075, realisatie: -1311, verschil: -236 });
  });

  it("says in tekenconventie which way round bedragen.verschil runs, and V/N agrees with it", () => {
    const [lasten, baten] = body.regels;
    expect(body.tekenconventie).toContain("- = voordeel, zonder teken = nadeel");
    expect(body.tekenconventie).toContain("verschil = realisatie − begroting na wijziging, dus positief is bij baten een voordeel en bij lasten een nadeel");
    // Canonical: both verschillen positive, lasten N and baten V, as the legend says.
    expect([lasten!.bedragen.verschil, lasten!.afwijking]).toEqual(["395000", "N"]);
    expect([baten!.bedragen.verschil, baten!.afwijking]).toEqual(["236000", "V"]);
  });

  it("labels deviations V/N and marks the threshold", () => {
    const [lasten, baten] = body.regels;
    expect(lasten!.afwijking).toBe("N");
    expect(lasten!.bovenToelichtingsgrens).toBe(true);
    expect(baten!.afwijking).toBe("V");
    expect(baten!.bovenToelichtingsgrens).toBe(false);
  });

  it("gives the printed verschil as printed and the app's own as a separate value", () => {
    const lasten = body.regels[0]!;
    expect([lasten.alsGedrukt.verschil, lasten.berekendUitRegels.verschil, lasten.afrondingsverschil.verschil]).toEqual([394, 395, -1]);
    expect(body.afrondingsverschillen).toContainEqual({
      omschrijving: "Lasten",
      soort: "lasten",
      kolom: "verschil",
      alsGedrukt: 394,
      berekendUitRegels: 395,
      afrondingsverschil: -1,
    });
  });

  it("computes saldo from the lines, with the printed figure's provenance", () => {
    const saldo = body.totalen.find((t) => t.soort === "saldo")!;
    expect(saldo.bedragen).toMatchObject({ realisatie: "-1605000", verschil: "-159000" });
    expect(saldo.alsGedrukt.realisatie).toBe(1605);
    // Not printed in this excerpt: no "als gedrukt", only the sum of the lines.
    expect([saldo.alsGedrukt.begrotingNaWijziging, saldo.berekendUitRegels.begrotingNaWijziging]).toEqual([null, 1446]);
    expect(saldo.herkomst).toEqual({ bron: "Jaarstukken", vindplaats: "Saldo" });
  });

  it("says the na-wijziging is as printed where the source gave no primitieve begroting", () => {
    expect(body.regels.map((r) => [r.begrotingspostId, r.basisNaWijziging, r.wijzigingen])).toEqual([
      ["bl-l", "zoals gedrukt", []],
      ["bl-b", "zoals gedrukt", []],
    ]);
  });

  it("is null without lines", () => {
    expect(financeBody({ lines: [], printed: [], convention: "BOTH_POSITIVE", threshold: NO_THRESHOLD })).toBeNull();
  });
});

describe("a table with realisatie only", () => {
  const lines = [
    line({ id: "l", category: "EXPENSES", label: "Lasten", actual: 19_267_000n }),
    line({ id: "b", category: "INCOME", label: "Baten", actual: 5_350_000n }),
  ];

  it("has no verschil, no V/N and nothing above the threshold", () => {
    const body = financeBody({ lines, printed: [], convention: "EXPENSES_NEGATIVE", threshold: { amount: 1n, percent: null, rule: "AMOUNT_OR_PERCENT" } })!;
    expect(body.kolommen).toEqual(["realisatie"]);
    for (const row of [...body.regels, ...body.totalen]) {
      expect(row.bedragen.verschil).toBeNull();
      expect(row.afwijking).toBeNull();
      expect(row.bovenToelichtingsgrens).toBe(false);
    }
    expect(body.regels[0]!.alsGedrukt.realisatie).toBe(-19267);
    expect(body.regels[0]!.alsGedrukt.verschil).toBeNull();
  });

  it("gives lasten, baten and saldo totals for the programme list", () => {
    const totals = programmeTotals(lines, []);
    expect(totals.lasten.bedragen.realisatie).toBe("19267000");
    expect(totals.baten.bedragen.realisatie).toBe("5350000");
    expect(totals.saldo.bedragen.realisatie).toBe("-13917000");
    expect(totals.saldo.bedragen.verschil).toBeNull();
    expect(totals.resultaat).toBeNull();
    expect(totals.lasten.aandeelGemeentelijkTotaal).toBeNull();
  });
});

describe("a line's wijzigingen and prognoses", () => {
  const body = financeBody({
    lines: [
      line({
        id: "l",
        category: "EXPENSES",
        label: "Lasten",
        budgetOriginal: 1_000_000n,
        budgetAmended: 1_130_000n,
        actual: 1_200_000n,
        basis: "computed",
        amendments: [
          { id: "a1", number: "2021-03", date: new Date("2021-06-24T00:00:00Z"), authority: "RAAD", decisionReference: "RB 2021/44", reason: "Extra formatie", delta: 150_000n, unspecified: false },
          { id: "a2", number: "zoals gedrukt in Jaarstukken 2021", date: null, authority: null, decisionReference: null, reason: "zoals gedrukt, niet gespecificeerd in de bron", delta: -20_000n, unspecified: true },
        ],
        prognoses: [{ figureId: "f", documentId: "d", documentTitle: "1e bestuursrapportage 2021", sequence: 1, amount: 1_180_000n }],
      }),
    ],
    printed: [],
    convention: "BOTH_POSITIVE",
    threshold: NO_THRESHOLD,
  })!;

  it("lists each wijziging with its number, date, authority, reason and amount, in the response schema", () => {
    expect(financeSchema.parse(body)).toEqual(body);
    const [regel] = body.regels;
    expect(regel!.basisNaWijziging).toBe("berekend");
    expect(regel!.bedragen).toMatchObject({ begrotingPrimitief: "1000000", begrotingNaWijziging: "1130000" });
    expect(regel!.wijzigingen).toEqual([
      { nummer: "2021-03", datum: "2021-06-24", bevoegdheid: "raad", raadsbesluit: "RB 2021/44", reden: "Extra formatie", bedrag: "150000", nietGespecificeerd: false },
      {
        nummer: "zoals gedrukt in Jaarstukken 2021",
        datum: null,
        bevoegdheid: null,
        raadsbesluit: null,
        reden: "zoals gedrukt, niet gespecificeerd in de bron",
        bedrag: "-20000",
        nietGespecificeerd: true,
      },
    ]);
    expect(regel!.prognoses).toEqual([{ document: "1e bestuursrapportage 2021", volgnummer: 1, bedrag: "1180000" }]);
  });
});

describe("programmeTotals", () => {
  it("carries the printed share of the municipal total", () => {
    const totals = programmeTotals(
      [line({ id: "l", category: "EXPENSES", label: "Programma 6", actual: 15_781_000n })],
      [{ goalId: null, financialLineId: null, row: "EXPENSES", column: "ACTUAL", amount: 15_781_000n, shareOfMunicipalTotal: "3.3" }],
    );
    expect(totals.lasten.aandeelGemeentelijkTotaal).toEqual({
      realisatieVorigJaar: null,
      begrotingPrimitief: null,
      begrotingNaWijziging: null,
      realisatie: "3.3",
    });
  });
});
