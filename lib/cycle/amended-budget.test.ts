import { describe, expect, it } from "vitest";
import {
  AMENDED_BASIS_LABELS,
  UNSPECIFIED_AMENDMENT_REASON,
  amendedBudget,
  canAmendLine,
  unspecifiedDelta,
  type LineAmendment,
} from "./amended-budget";

let counter = 0;
function amendment(overrides: Partial<LineAmendment> = {}): LineAmendment {
  counter += 1;
  return {
    amendmentId: `a${counter}`,
    number: `2025-${counter}`,
    date: new Date("2025-03-01"),
    status: "VASTGESTELD",
    delta: 0n,
    unspecified: false,
    proposedByDocumentId: null,
    ...overrides,
  };
}

const noPrinted = { printedAmended: null };

describe("amendedBudget: primitief plus adopted wijzigingen", () => {
  it("without wijzigingen is the primitief itself", () => {
    expect(amendedBudget({ primitief: 1_000_000n, amendments: [], ...noPrinted })).toEqual({
      amount: 1_000_000n,
      basis: "computed",
      adopted: [],
    });
  });

  it("adds several adopted deltas, negative ones lowering the budget", () => {
    const up = amendment({ delta: 250_000n });
    const down = amendment({ delta: -40_000n });
    const result = amendedBudget({ primitief: 1_000_000n, amendments: [up, down], ...noPrinted });
    expect(result.amount).toBe(1_210_000n);
    expect(result.basis).toBe("computed");
  });

  it("ignores concept and rejected wijzigingen: only the raad's or college's adoption authorises", () => {
    const concept = amendment({ status: "CONCEPT", delta: 500n });
    const rejected = amendment({ status: "VERWORPEN", delta: 700n });
    const adopted = amendment({ delta: 11n });
    const result = amendedBudget({ primitief: 100n, amendments: [concept, rejected, adopted], ...noPrinted });
    expect(result.amount).toBe(111n);
    expect(result.adopted).toEqual([adopted]);
  });

  it("keeps a zero primitief: a post that a wijziging added to the budget", () => {
    expect(amendedBudget({ primitief: 0n, amendments: [amendment({ delta: 30_000n })], ...noPrinted }).amount).toBe(30_000n);
  });

  it("may end at zero or below when wijzigingen remove the budget", () => {
    expect(amendedBudget({ primitief: 5n, amendments: [amendment({ delta: -5n })], ...noPrinted }).amount).toBe(0n);
    expect(amendedBudget({ primitief: 5n, amendments: [amendment({ delta: -8n })], ...noPrinted }).amount).toBe(-3n);
  });

  it("counts the unspecified wijziging of a transcription like any other, so the printed na-wijziging reconciles", () => {
    const asPrinted = amendment({ unspecified: true, date: null, delta: unspecifiedDelta(1_311_000n, 1_393_000n)! });
    expect(amendedBudget({ primitief: 1_311_000n, amendments: [asPrinted], ...noPrinted }).amount).toBe(1_393_000n);
  });

  it("lists the adopted wijzigingen oldest first, by date then by number", () => {
    const late = amendment({ number: "2025-10", date: new Date("2025-09-01") });
    const early10 = amendment({ number: "2025-10", date: new Date("2025-02-01") });
    const early2 = amendment({ number: "2025-2", date: new Date("2025-02-01") });
    const undated = amendment({ number: "2025-99", date: null });
    const { adopted } = amendedBudget({ primitief: 0n, amendments: [late, early10, undated, early2], ...noPrinted });
    expect(adopted.map((a) => a.amendmentId)).toEqual([undated, early2, early10, late].map((a) => a.amendmentId));
  });

  it("does not reorder the caller's list", () => {
    const b = amendment({ date: new Date("2025-09-01") });
    const a = amendment({ date: new Date("2025-01-01") });
    const list = [b, a];
    amendedBudget({ primitief: 0n, amendments: list, ...noPrinted });
    expect(list).toEqual([b, a]);
  });

  it("refuses a wijziging listed twice for one line instead of counting it twice", () => {
    const once = amendment({ delta: 10n });
    expect(() => amendedBudget({ primitief: 0n, amendments: [once, { ...once }], ...noPrinted })).toThrow(/twee keer/);
  });

  it("ignores a printed na-wijziging when the primitief is known: the computed one is authoritative", () => {
    const result = amendedBudget({ primitief: 100n, amendments: [amendment({ delta: 5n })], printedAmended: 999n });
    expect(result).toMatchObject({ amount: 105n, basis: "computed" });
  });
});

describe("amendedBudget as of a bestuursrapportage", () => {
  const asOfDate = new Date("2025-06-30");
  const before = amendment({ date: new Date("2025-03-01"), delta: 1n });
  const onTheDay = amendment({ date: new Date("2025-06-30"), delta: 10n });
  const after = amendment({ date: new Date("2025-07-01"), delta: 100n });

  it("counts only wijzigingen adopted on or before its date", () => {
    const result = amendedBudget({ primitief: 0n, amendments: [before, onTheDay, after], ...noPrinted, asOf: { date: asOfDate } });
    expect(result.amount).toBe(11n);
  });

  it("without asOf counts every adopted wijziging of the year", () => {
    expect(amendedBudget({ primitief: 0n, amendments: [before, onTheDay, after], ...noPrinted }).amount).toBe(111n);
  });

  it("counts a wijziging proposed by an earlier bestuursrapportage even when adopted later", () => {
    const fromFirst = amendment({ date: new Date("2025-07-10"), delta: 1_000n, proposedByDocumentId: "berap-1" });
    const fromOther = amendment({ date: new Date("2025-07-10"), delta: 5_000n, proposedByDocumentId: "berap-x" });
    const result = amendedBudget({
      primitief: 0n,
      amendments: [fromFirst, fromOther],
      ...noPrinted,
      asOf: { date: asOfDate, documentId: "berap-2", earlierDocumentIds: ["berap-1"] },
    });
    expect(result.amount).toBe(1_000n);
  });

  it("leaves out what the bestuursrapportage itself proposes, even when adopted on its date", () => {
    const own = amendment({ date: new Date("2025-06-30"), delta: 70n, proposedByDocumentId: "berap-2" });
    const result = amendedBudget({
      primitief: 0n,
      amendments: [own, before],
      ...noPrinted,
      asOf: { date: asOfDate, documentId: "berap-2", earlierDocumentIds: ["berap-1"] },
    });
    expect(result.amount).toBe(1n);
  });

  it("leaves out an undated wijziging: nothing shows it preceded the bestuursrapportage", () => {
    const undated = amendment({ date: null, delta: 40n });
    expect(amendedBudget({ primitief: 0n, amendments: [undated], ...noPrinted, asOf: { date: asOfDate } }).amount).toBe(0n);
  });

  it("without its own date, counts only what earlier bestuursrapportages proposed", () => {
    const fromFirst = amendment({ delta: 3n, proposedByDocumentId: "berap-1" });
    const result = amendedBudget({
      primitief: 0n,
      amendments: [before, fromFirst],
      ...noPrinted,
      asOf: { date: null, earlierDocumentIds: ["berap-1"] },
    });
    expect(result.amount).toBe(3n);
  });

  it("still ignores a concept wijziging that an earlier bestuursrapportage proposed", () => {
    const proposed = amendment({ status: "CONCEPT", delta: 9n, proposedByDocumentId: "berap-1" });
    const result = amendedBudget({ primitief: 0n, amendments: [proposed], ...noPrinted, asOf: { date: asOfDate, earlierDocumentIds: ["berap-1"] } });
    expect(result.amount).toBe(0n);
  });
});

describe("amendedBudget without a primitief", () => {
  it("takes the printed na-wijziging with basis 'printed' (Hilversum 2021)", () => {
    expect(amendedBudget({ primitief: null, amendments: [], printedAmended: 4_512_000n })).toEqual({
      amount: 4_512_000n,
      basis: "printed",
      adopted: [],
    });
  });

  it("takes a printed na-wijziging of zero as zero, not as missing", () => {
    expect(amendedBudget({ primitief: null, amendments: [], printedAmended: 0n })).toMatchObject({ amount: 0n, basis: "printed" });
  });

  it("throws on an adopted wijziging on a printed basis: it would be silently dropped", () => {
    const adopted = amendment({ number: "2021-4", delta: 5n });
    expect(() => amendedBudget({ primitief: null, amendments: [adopted], printedAmended: 100n })).toThrow(/2021-4.*primitieve begroting/);
  });

  it("keeps the printed basis when the only wijzigingen there are concept or rejected", () => {
    const pending = [amendment({ status: "CONCEPT", delta: 5n }), amendment({ status: "VERWORPEN", delta: 6n })];
    expect(amendedBudget({ primitief: null, amendments: pending, printedAmended: 100n })).toMatchObject({ amount: 100n, basis: "printed" });
  });

  it("is unknown, not zero, when nothing was printed", () => {
    expect(amendedBudget({ primitief: null, amendments: [], printedAmended: null })).toEqual({ amount: null, basis: null, adopted: [] });
  });

  it("stays unknown with adopted wijzigingen: a wijziging on an unknown base is not a budget", () => {
    const result = amendedBudget({ primitief: null, amendments: [amendment({ delta: 50n })], printedAmended: null });
    expect(result).toEqual({ amount: null, basis: null, adopted: [] });
  });
});

describe("canAmendLine", () => {
  it("allows a wijziging on a known primitief, zero included", () => {
    expect(canAmendLine({ primitief: 10n, printedAmended: null })).toEqual({ ok: true });
    expect(canAmendLine({ primitief: 0n, printedAmended: 12n })).toEqual({ ok: true });
  });

  it("refuses a line of which the source printed only the na-wijziging, saying what to do", () => {
    expect(canAmendLine({ primitief: null, printedAmended: 12n })).toEqual({
      ok: false,
      reason: "Voer eerst de primitieve begroting in: de bron gaf alleen de begroting na wijziging.",
    });
  });

  it("refuses a line without any budget, and says a missing post is entered as 0", () => {
    const check = canAmendLine({ primitief: null, printedAmended: null });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/^Voer eerst de primitieve begroting in \(0 als/);
  });
});

describe("unspecifiedDelta (the one wijziging 'zoals gedrukt')", () => {
  it.each([
    [1_311_000n, 1_393_000n, 82_000n],
    [1_393_000n, 1_311_000n, -82_000n],
    [0n, 5n, 5n],
    [700n, 700n, 0n], // equal: 0n, so the caller can tell "skip" from "not printed"
    [null, 5n, null],
    [5n, null, null],
    [null, null, null],
  ])("primitief %s, na wijziging %s -> %s", (primitief, amended, expected) => {
    expect(unspecifiedDelta(primitief, amended)).toBe(expected);
  });
});

describe("labels", () => {
  it("name both bases in Dutch and the unspecified reason exactly as decided", () => {
    expect(AMENDED_BASIS_LABELS).toEqual({
      computed: "berekend: primitieve begroting plus vastgestelde wijzigingen",
      printed: "zoals gedrukt; primitieve begroting niet in de bron",
    });
    expect(UNSPECIFIED_AMENDMENT_REASON).toBe("zoals gedrukt, niet gespecificeerd in de bron");
  });
});
