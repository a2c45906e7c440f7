import { describe, expect, it } from "vitest";
import type { FigureDocument } from "@/lib/document/stage-figure";
import { amendedBasisLegend, documentLines, lineView, type AmendmentLineRow, type BudgetFigureRow, type BudgetLineRow, type LineViewInput } from "./line-view";

const js2021: FigureDocument = doc("js-2021", "JAARSTUKKEN", 2021, { title: "Jaarstukken 2021", origin: "TRANSCRIBED" });
const begrotingFromJs = doc("rb-2021", "BEGROTING", 2021, { origin: "RECONSTRUCTED", reconstructedFromId: "js-2021" });
const js2020FromJs = doc("rj-2020", "JAARSTUKKEN", 2020, { origin: "RECONSTRUCTED", reconstructedFromId: "js-2021" });

function doc(id: string, kind: FigureDocument["kind"], year: number, o: Partial<FigureDocument> = {}): FigureDocument {
  return { id, kind, year, sequence: 0, origin: "ENTERED", projectionYears: 0, reconstructedFromId: null, title: id, reconstructedFrom: null, ...o };
}

const line: BudgetLineRow = {
  id: "bl-1",
  programmeId: "p-1",
  goalId: null,
  goalCode: null,
  product: "Burgerzaken",
  functionCode: "0.2",
  category: "EXPENSES",
  label: "Lasten",
  sortOrder: 0,
};

let n = 0;
function figure(document: FigureDocument, year: number, amount: bigint | null, o: Partial<BudgetFigureRow> = {}): BudgetFigureRow {
  return {
    id: `f-${++n}`,
    budgetLineId: line.id,
    year,
    amount,
    explanation: null,
    reviewStatus: "GOEDGEKEURD",
    version: 1,
    sourceLocation: null,
    sourceTitle: null,
    document,
    ...o,
  };
}

function amendment(delta: bigint, o: Partial<AmendmentLineRow["amendment"]> = {}): AmendmentLineRow {
  return {
    budgetLineId: line.id,
    delta,
    amendment: {
      id: `a-${++n}`,
      year: 2021,
      number: `2021-${n}`,
      date: new Date("2021-06-01"),
      authority: "RAAD",
      decisionReference: null,
      reason: "Extra formatie",
      status: "VASTGESTELD",
      unspecified: false,
      documentId: null,
      ...o,
    },
  };
}

const unspecifiedBy = (documentId: string, delta: bigint) =>
  amendment(delta, { unspecified: true, authority: null, documentId, number: `zoals gedrukt in ${documentId}`, date: null });

function view(o: Partial<LineViewInput>) {
  return lineView({ document: js2021, line, figures: [], amendments: [], printedAmended: null, ...o });
}

describe("a budget line as a jaarstukken shows it", () => {
  it("shows what the jaarrekening printed in its four columns, from the figures the stages own", () => {
    const own = figure(js2021, 2021, 1_200_000n, { explanation: "Meer aanvragen", sourceLocation: "p. 12" });
    const result = view({
      figures: [own, figure(begrotingFromJs, 2021, 1_000_000n), figure(js2020FromJs, 2020, 950_000n)],
      amendments: [unspecifiedBy("js-2021", 150_000n)],
    });
    expect(result).toMatchObject({
      id: own.id,
      budgetLineId: "bl-1",
      actualPreviousYear: 950_000n,
      budgetOriginal: 1_000_000n,
      budgetAmended: 1_150_000n,
      actual: 1_200_000n,
      basis: "computed",
      explanation: "Meer aanvragen",
      sourceLocation: "p. 12",
    });
    expect(result!.amendments).toEqual([
      expect.objectContaining({ number: "zoals gedrukt in js-2021", delta: 150_000n, unspecified: true, authority: null }),
    ]);
  });

  it("counts an unspecified wijziging only in the document that printed it, so two printings never add up twice", () => {
    const result = view({
      figures: [figure(js2021, 2021, 10n), figure(begrotingFromJs, 2021, 100n)],
      amendments: [unspecifiedBy("brap-2021", 40n), amendment(7n, { number: "2021-03" })],
    });
    expect(result!.budgetAmended).toBe(107n);
    expect(result!.amendments.map((a) => a.number)).toEqual(["2021-03"]);
  });

  it("leaves out wijzigingen that are not adopted or belong to another year", () => {
    const result = view({
      figures: [figure(js2021, 2021, 10n), figure(begrotingFromJs, 2021, 100n)],
      amendments: [amendment(5n, { status: "CONCEPT" }), amendment(6n, { status: "VERWORPEN" }), amendment(8n, { year: 2022 })],
    });
    expect(result!.budgetAmended).toBe(100n);
    expect(result!.amendments).toEqual([]);
  });

  it("lists the adopted wijzigingen oldest first with who adopted them and why", () => {
    const late = amendment(-20n, { number: "2021-09", date: new Date("2021-11-01"), authority: "COLLEGE_MANDAAT", reason: "Minder inhuur" });
    const early = amendment(50n, { number: "2021-02", date: new Date("2021-03-01"), decisionReference: "RB 2021/14" });
    const result = view({ figures: [figure(js2021, 2021, 10n), figure(begrotingFromJs, 2021, 100n)], amendments: [late, early] });
    expect(result!.budgetAmended).toBe(130n);
    expect(result!.amendments).toEqual([
      { id: early.amendment.id, number: "2021-02", date: new Date("2021-03-01"), authority: "RAAD", decisionReference: "RB 2021/14", reason: "Extra formatie", delta: 50n, unspecified: false },
      { id: late.amendment.id, number: "2021-09", date: new Date("2021-11-01"), authority: "COLLEGE_MANDAAT", decisionReference: null, reason: "Minder inhuur", delta: -20n, unspecified: false },
    ]);
  });

  it("takes the primitieve begroting from the real begroting over what the jaarrekening reprinted, and its own reprint over another document's", () => {
    const real = doc("b-2021", "BEGROTING", 2021, { projectionYears: 3 });
    const other = doc("rb-other", "BEGROTING", 2021, { origin: "RECONSTRUCTED", reconstructedFromId: "brap-2021" });
    const own = figure(js2021, 2021, 1n);
    expect(view({ figures: [own, figure(other, 2021, 300n), figure(begrotingFromJs, 2021, 200n), figure(real, 2021, 100n)] })!.budgetOriginal).toBe(100n);
    expect(view({ figures: [own, figure(other, 2021, 300n), figure(begrotingFromJs, 2021, 200n)] })!.budgetOriginal).toBe(200n);
    expect(view({ figures: [own, figure(other, 2021, 300n)] })!.budgetOriginal).toBe(300n);
  });

  it("takes realisatie vorig jaar from the real jaarstukken of last year first", () => {
    const js2020 = doc("js-2020", "JAARSTUKKEN", 2020);
    const result = view({ figures: [figure(js2021, 2021, 1n), figure(js2020FromJs, 2020, 900n), figure(js2020, 2020, 901n)] });
    expect(result!.actualPreviousYear).toBe(901n);
  });

  it("shows a na-wijziging printed without a primitieve begroting as printed, not as zero plus wijzigingen", () => {
    const result = view({ figures: [figure(js2021, 2021, 80n)], printedAmended: 95n });
    expect(result).toMatchObject({ budgetOriginal: null, budgetAmended: 95n, basis: "printed", amendments: [] });
  });

  it("has no na-wijziging at all when neither a primitief nor a printed na-wijziging exists (Zoetermeer prints only realisatie)", () => {
    expect(view({ figures: [figure(js2021, 2021, 80n)] })).toMatchObject({ budgetOriginal: null, budgetAmended: null, basis: null, actualPreviousYear: null });
  });

  it("lists the year's bestuursrapportages' prognoses in their order", () => {
    const second = doc("brap-2", "BESTUURSRAPPORTAGE", 2021, { sequence: 2, title: "2e bestuursrapportage 2021" });
    const first = doc("brap-1", "BESTUURSRAPPORTAGE", 2021, { sequence: 1, title: "1e bestuursrapportage 2021" });
    const result = view({ figures: [figure(js2021, 2021, 1n), figure(second, 2021, 130n), figure(first, 2021, 120n)] });
    expect(result!.prognoses.map((p) => [p.documentTitle, p.sequence, p.amount])).toEqual([
      ["1e bestuursrapportage 2021", 1, 120n],
      ["2e bestuursrapportage 2021", 2, 130n],
    ]);
  });
});

describe("a budget line as other documents show it", () => {
  it("a begroting shows its own figure as the primitieve begroting and no realisatie", () => {
    const begroting = doc("b-2025", "BEGROTING", 2025, { projectionYears: 3 });
    const result = lineView({ document: begroting, line, figures: [figure(begroting, 2025, 500n)], amendments: [], printedAmended: null });
    expect(result).toMatchObject({ budgetOriginal: 500n, budgetAmended: 500n, actual: null, basis: "computed" });
  });

  it("a bestuursrapportage shows its own prognose in the realisatie column, against the begroting", () => {
    const brap = doc("brap-1", "BESTUURSRAPPORTAGE", 2021, { sequence: 1 });
    const real = doc("b-2021", "BEGROTING", 2021);
    const result = lineView({ document: brap, line, figures: [figure(brap, 2021, 130n), figure(real, 2021, 100n)], amendments: [], printedAmended: null });
    expect(result).toMatchObject({ actual: 130n, budgetOriginal: 100n });
  });

  it("a line the document owns no figure of is not in the document", () => {
    expect(view({ figures: [figure(begrotingFromJs, 2021, 1n)] })).toBeNull();
  });
});

describe("documentLines", () => {
  it("returns the document's lines in print order, each with its own figures and wijzigingen", () => {
    const second: BudgetLineRow = { ...line, id: "bl-2", label: "Baten", category: "INCOME", sortOrder: 2 };
    const first: BudgetLineRow = { ...line, id: "bl-1", sortOrder: 1 };
    const notInDocument: BudgetLineRow = { ...line, id: "bl-3", sortOrder: 0 };
    const result = documentLines({
      document: js2021,
      lines: [second, notInDocument, first],
      figures: [
        figure(js2021, 2021, 10n),
        figure(begrotingFromJs, 2021, 8n),
        { ...figure(js2021, 2021, 20n), budgetLineId: "bl-2" },
        { ...figure(begrotingFromJs, 2021, 25n), budgetLineId: "bl-2" },
        { ...figure(begrotingFromJs, 2021, 99n), budgetLineId: "bl-3" },
      ],
      amendments: [{ ...unspecifiedBy("js-2021", -5n), budgetLineId: "bl-2" }],
      printedAmended: new Map(),
    });
    expect(result.map((l) => [l.budgetLineId, l.actual, l.budgetOriginal, l.budgetAmended])).toEqual([
      ["bl-1", 10n, 8n, 8n],
      ["bl-2", 20n, 25n, 20n],
    ]);
  });
});

describe("amendedBasisLegend", () => {
  const of = (basis: "computed" | "printed" | null, label = "Lasten") => ({ basis, label });

  it("says the na-wijziging is printed, without a primitieve begroting in the source (Hilversum 2021)", () => {
    expect(amendedBasisLegend([of("printed"), of("printed", "Baten")])).toBe(
      "Begroting na wijziging (zoals gedrukt; primitieve begroting niet in de bron).",
    );
  });

  it("says it is computed from the primitieve begroting and the adopted wijzigingen (Midden-Groningen 2021)", () => {
    expect(amendedBasisLegend([of("computed")])).toBe(
      "Begroting na wijziging (berekend: primitieve begroting plus vastgestelde wijzigingen).",
    );
  });

  it("names the printed lines where a table mixes both", () => {
    expect(amendedBasisLegend([of("computed"), of("printed", "Leges")])).toBe(
      "Begroting na wijziging (berekend: primitieve begroting plus vastgestelde wijzigingen); bij Leges: (zoals gedrukt; primitieve begroting niet in de bron).",
    );
  });

  it("is absent where no line has a na-wijziging (Zoetermeer prints realisatie only)", () => {
    expect(amendedBasisLegend([of(null)])).toBeNull();
  });
});
