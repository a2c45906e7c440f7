import { describe, expect, it } from "vitest";
import { iv3LineAmounts } from "./amounts";
import { buildIv3Delivery, PLACEHOLDER_CONTACT, type Iv3BuildInput, type Iv3BuildLine } from "./build";
import { fixtureDelivery } from "./fixtures/fixture";
import type { Iv3Delivery } from "./types";
import { validateIv3Delivery } from "./validate";

function input(lines: Iv3BuildLine[], over: Partial<Iv3BuildInput> = {}): Iv3BuildInput {
  return {
    municipalityCode: "GM0637",
    municipalityName: "Zoetermeer",
    year: 2025,
    periode: 5,
    status: "Realisatie",
    date: new Date("2026-05-01T08:15:30.123Z"),
    lines,
    ...over,
  };
}

/** Through a file and back, as an export and a later import would. */
function roundTrip(delivery: Iv3Delivery) {
  const result = validateIv3Delivery(JSON.parse(JSON.stringify(delivery)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return { ...iv3LineAmounts(result.delivery), warnings: result.warnings };
}

const LINES: Iv3BuildLine[] = [
  { functionCode: "0.1", category: "EXPENSES", amount: 1_234_567n },
  { functionCode: "0.1", category: "INCOME", amount: 89n },
  { functionCode: "0.7", category: "INCOME", amount: 250_000_000n },
  { functionCode: "0.9", category: "EXPENSES", amount: 366_000n },
  { functionCode: "6.711", category: "EXPENSES", amount: 12_960_001n },
  { functionCode: "6.711", category: "INCOME", amount: -5n },
  { functionCode: "0.10", category: "RESERVE_ADDITION", amount: 98_491_000n },
  { functionCode: "", category: "RESERVE_WITHDRAWAL", amount: 112_669_000n },
];

describe("buildIv3Delivery", () => {
  it("builds a delivery that passes validation without warnings and reads back as the same lines", () => {
    const { delivery, omitted } = buildIv3Delivery(input(LINES));
    expect(omitted).toEqual([]);
    const back = roundTrip(delivery);
    expect(back.warnings).toEqual([]);
    expect(back.lines.map(({ functionCode, category, amount }) => ({ functionCode, category, amount }))).toEqual([
      { functionCode: "0.1", category: "EXPENSES", amount: 1_234_567n },
      { functionCode: "0.1", category: "INCOME", amount: 89n },
      { functionCode: "0.7", category: "INCOME", amount: 250_000_000n },
      { functionCode: "0.9", category: "EXPENSES", amount: 366_000n },
      { functionCode: "0.10", category: "RESERVE_ADDITION", amount: 98_491_000n },
      { functionCode: "0.10", category: "RESERVE_WITHDRAWAL", amount: 112_669_000n },
      { functionCode: "6.711", category: "EXPENSES", amount: 12_960_001n },
      { functionCode: "6.711", category: "INCOME", amount: -5n },
    ]);
  });

  it("sums lines of the same taakveld and side into one row", () => {
    const { delivery } = buildIv3Delivery(input([
      { functionCode: "0.2", category: "EXPENSES", amount: 1_000n },
      { functionCode: "0.2", category: "EXPENSES", amount: 2_500n },
    ], { periode: 2 }));
    expect(delivery.data.lasten).toEqual([{ taakveld: "0.2", categorie: "3.8", bedrag: 3.5 }]);
    expect(roundTrip(delivery).lines).toEqual([{ functionCode: "0.2", category: "EXPENSES", amount: 3_500n, parts: 1 }]);
  });

  it("puts each side on one white categorie: 3.8, else the first CBS allows", () => {
    const { delivery } = buildIv3Delivery(input(LINES));
    const cell = (side: "lasten" | "baten", taakveld: string) => delivery.data[side].find((r) => r.taakveld === taakveld)?.categorie;
    expect(cell("lasten", "0.1")).toBe("3.8");
    expect(cell("baten", "0.7")).toBe("4.3.1");
    expect(cell("lasten", "0.9")).toBe("2.1");
    expect(cell("lasten", "0.10")).toBe("7.1");
    expect(cell("baten", "0.10")).toBe("7.1");
  });

  it("balances the jaarrekening and the begroting on taakveld 0.11, as CBS checks lasten = baten", () => {
    const lines: Iv3BuildLine[] = [
      { functionCode: "0.1", category: "EXPENSES", amount: 10_000n },
      { functionCode: "0.7", category: "INCOME", amount: 12_000n },
      { functionCode: "0.10", category: "RESERVE_ADDITION", amount: 500n },
    ];
    const jaarrekening = buildIv3Delivery(input(lines)).delivery;
    expect(jaarrekening.data.lasten.at(-1)).toEqual({ taakveld: "0.11", categorie: "7.1", bedrag: 1.5 });
    expect(roundTrip(jaarrekening).skipped).toEqual([expect.objectContaining({ functionCode: "0.11", side: "lasten", amount: 1_500n })]);
    const tekort = buildIv3Delivery(input([{ functionCode: "0.1", category: "EXPENSES", amount: 10_000n }], { periode: 0, status: "Begroting" })).delivery;
    expect(tekort.data.baten).toEqual([{ taakveld: "0.11", categorie: "7.1", bedrag: 10 }]);
    const kwartaal = buildIv3Delivery(input(lines, { periode: 3 })).delivery;
    expect(kwartaal.data.lasten.some((r) => r.taakveld === "0.11")).toBe(false);
  });

  it("returns the lines it cannot place, with the reason, instead of forcing them in", () => {
    const { delivery, omitted } = buildIv3Delivery(input([
      { functionCode: "0.9", category: "INCOME", amount: 229_000n },
      { functionCode: "0.10", category: "EXPENSES", amount: 1n },
      { functionCode: "0.11", category: "EXPENSES", amount: 2n },
      { functionCode: "6.2", category: "EXPENSES", amount: 3n },
      { functionCode: " ", category: "INCOME", amount: 4n },
    ], { periode: 1 }));
    expect(omitted.map((o) => [o.functionCode, o.amount, o.reason])).toEqual([
      ["0.9", 229_000n, "Bij taakveld 0.9 staat CBS geen enkele categorie baten toe."],
      ["0.10", 1n, "Op taakveld 0.10 staan in Iv3 alleen mutaties van reserves; kies voor deze begrotingspost toevoeging aan of onttrekking uit een reserve."],
      ["0.11", 2n, "Taakveld 0.11 (resultaat) wordt uit de andere bedragen berekend, niet uit begrotingsposten."],
      ["6.2", 3n, "Taakveld 6.2 staat niet op de Iv3-lijst van 2025."],
      [" ", 4n, "De begrotingspost heeft geen taakveld."],
    ]);
    expect(delivery.data.lasten).toEqual([]);
    expect(delivery.data.baten).toEqual([]);
  });

  it("fills the metadata CBS requires, with a placeholder contact that passes and an honest remark", () => {
    const { delivery } = buildIv3Delivery(input([]));
    expect(delivery.metadata).toEqual({
      overheidslaag: "Gemeente",
      overheidsnummer: "0637",
      overheidsnaam: "Zoetermeer",
      boekjaar: 2025,
      periode: 5,
      status: "Realisatie",
      datum: "2026-05-01T08:15:30Z",
      details_openbaar: false,
      financieel_pakket: "Programmamonitor",
      export_software: "Programmamonitor",
    });
    expect(delivery.contact).toEqual(PLACEHOLDER_CONTACT);
    expect(delivery.opmerkingen?.[0]?.tekst).toMatch(/verdeling over economische categorieën is niet bekend/);
    expect(delivery.data).toMatchObject({ balans_lasten: [], balans_baten: [], balans_standen: [] });
    expect(validateIv3Delivery(JSON.parse(JSON.stringify(delivery))).ok).toBe(true);
    const contact = { naam: "M. de Vries", email: "m.devries@zoetermeer.nl", telefoon: "079 346 9111" };
    expect(buildIv3Delivery(input([], { contact })).delivery.contact).toEqual(contact);
  });

  it("refuses an impossible delivery: status and periode apart, or a code that is no CBS code", () => {
    expect(() => buildIv3Delivery(input([], { status: "Begroting", periode: 5 }))).toThrow(/periode 0/);
    expect(() => buildIv3Delivery(input([], { municipalityCode: "Zoetermeer" }))).toThrow(/gemeentecode/);
    expect(() => buildIv3Delivery(input([], { year: 2016 }))).toThrow(/boekjaar/);
  });

  it("exports the real jaarrekening 2023 of Zoetermeer with the 2024 taakvelden and reads it back to the euro", () => {
    const imported = validateIv3Delivery(fixtureDelivery("jaarrekening", "Zoetermeer"));
    if (!imported.ok) throw new Error("fixture refused");
    const { lines } = iv3LineAmounts(imported.delivery);
    const { delivery, omitted } = buildIv3Delivery(input(lines, { year: 2023 }));
    expect(omitted).toEqual([]);
    const back = roundTrip(delivery);
    expect(back.lines.map(({ functionCode, category, amount }) => ({ functionCode, category, amount }))).toEqual(
      lines.map(({ functionCode, category, amount }) => ({ functionCode, category, amount })),
    );
    // CBS's 0.11 (10.401) was computed before rounding to thousands; ours from the rounded lines.
    expect(back.skipped).toEqual([expect.objectContaining({ functionCode: "0.11", side: "lasten", amount: 10_412_000n })]);
  });
});
