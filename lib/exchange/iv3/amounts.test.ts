import { describe, expect, it } from "vitest";
import { iv3LineAmounts, type Iv3LineAmount } from "./amounts";
import { FIXTURE_MUNICIPALITIES, fixtureDelivery, fixtureRows, type FixtureKind, type FixtureMunicipality } from "./fixtures/fixture";
import { iv3Stage } from "./stage";
import type { Iv3Delivery } from "./types";
import { validateIv3Delivery } from "./validate";

function validated(input: unknown): Iv3Delivery {
  const result = validateIv3Delivery(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result.delivery;
}

/** What the CSV says per taakveld, in euros, computed independently of the module. */
function expectedLines(kind: FixtureKind, municipality: FixtureMunicipality): Iv3LineAmount[] {
  const rows = fixtureRows(kind, municipality).filter((r) => r.code !== "0.11");
  const parts = (r: { salaries: bigint }) => (r.salaries !== 0n ? 2 : 1);
  return rows.flatMap<Iv3LineAmount>((r) =>
    r.code === "0.10"
      ? [
          { functionCode: r.code, category: "RESERVE_ADDITION", amount: r.lasten * 1000n, parts: parts(r) },
          { functionCode: r.code, category: "RESERVE_WITHDRAWAL", amount: r.baten * 1000n, parts: 1 },
        ]
      : [
          { functionCode: r.code, category: "EXPENSES", amount: r.lasten * 1000n, parts: parts(r) },
          { functionCode: r.code, category: "INCOME", amount: r.baten * 1000n, parts: 1 },
        ],
  );
}

const sortKey = (l: Iv3LineAmount) => `${l.functionCode}|${l.category}`;
const sorted = (lines: Iv3LineAmount[]) => [...lines].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

describe("iv3LineAmounts on the real 2023 figures", () => {
  for (const municipality of Object.keys(FIXTURE_MUNICIPALITIES) as FixtureMunicipality[]) {
    for (const kind of ["jaarrekening", "begroting"] as const) {
      it(`reproduces the ${kind} 2023 of ${municipality} per taakveld, to the euro`, () => {
        const delivery = validated(fixtureDelivery(kind, municipality));
        const { lines, skipped } = iv3LineAmounts(delivery);
        expect(sorted(lines)).toEqual(sorted(expectedLines(kind, municipality)));
        const result = fixtureRows(kind, municipality).find((r) => r.code === "0.11")!;
        expect(skipped.map((s) => [s.functionCode, s.side, s.amount])).toEqual([
          ["0.11", "lasten", result.lasten * 1000n],
          ["0.11", "baten", result.baten * 1000n],
        ]);
      });
    }
  }

  it("validates a 2023 delivery against the 2024 taakvelden, with the 2025 grijze cellen as warnings only", () => {
    const result = validateIv3Delivery(fixtureDelivery("jaarrekening", "Zoetermeer"));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Zoetermeer 2023 has baten on 0.9 Vennootschapsbelasting, where 2025 greys every categorie.
    const vpb = fixtureRows("jaarrekening", "Zoetermeer").findIndex((r) => r.code === "0.9");
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "PM020", path: `data.baten[${vpb}]` }));
    expect(result.warnings.every((w) => w.code === "PM020")).toBe(true);
  });

  it("keeps a negative bedrag, a correction, negative in the sum", () => {
    const { lines } = iv3LineAmounts(validated(fixtureDelivery("jaarrekening", "Zoetermeer")));
    expect(lines.find((l) => l.functionCode === "6.72d" && l.category === "INCOME")?.amount).toBe(-102_000n);
    expect(lines.find((l) => l.functionCode === "6.71c" && l.category === "EXPENSES")?.amount).toBe(-2_000n);
  });

  it("orders the lines as CBS orders the taakvelden", () => {
    const { lines } = iv3LineAmounts(validated(fixtureDelivery("begroting", "Ede")));
    expect(lines.slice(0, 4).map(sortKey)).toEqual(["0.1|EXPENSES", "0.1|INCOME", "0.2|EXPENSES", "0.2|INCOME"]);
    expect(lines.at(-1)?.functionCode).toBe("8.3");
  });

  it("names the stage of the fixture deliveries", () => {
    expect(iv3Stage(validated(fixtureDelivery("jaarrekening", "Ede")).metadata).label).toBe("realisatie 2023");
    expect(iv3Stage(validated(fixtureDelivery("begroting", "Ede")).metadata).label).toBe("begroting 2023");
  });
});

describe("iv3LineAmounts on a small delivery", () => {
  const delivery = (lasten: unknown[], baten: unknown[]) =>
    validated({
      metadata: {
        overheidslaag: "Gemeente",
        overheidsnummer: "0637",
        overheidsnaam: "Zoetermeer",
        boekjaar: 2025,
        periode: 5,
        status: "Realisatie",
        datum: "2026-07-01T12:00:00Z",
        details_openbaar: true,
        financieel_pakket: "Test",
        export_software: "Test",
      },
      contact: { naam: "P. Afzender", email: "p@zoetermeer.nl", telefoon: "" },
      data: { lasten, baten, balans_lasten: [], balans_baten: [], balans_standen: [] },
    });

  it("maps taakveld 0.10 to the reserve categories: lasten are toevoegingen, baten onttrekkingen", () => {
    const { lines } = iv3LineAmounts(
      delivery([{ taakveld: "0.10", categorie: "7.1", bedrag: 250.5 }], [{ taakveld: "0.10", categorie: "7.1", bedrag: 75 }]),
    );
    expect(lines).toEqual([
      { functionCode: "0.10", category: "RESERVE_ADDITION", amount: 250_500n, parts: 1 },
      { functionCode: "0.10", category: "RESERVE_WITHDRAWAL", amount: 75_000n, parts: 1 },
    ]);
  });

  it("sums a taakveld over its categorieën and counts the rows", () => {
    const { lines, skipped } = iv3LineAmounts(
      delivery(
        [
          { taakveld: "6.711", categorie: "1.1", bedrag: 1000 },
          { taakveld: "6.711", categorie: "3.8", bedrag: 234.567 },
          { taakveld: "6.711", categorie: "3.4.1", bedrag: -0.5 },
        ],
        [],
      ),
    );
    expect(lines).toEqual([{ functionCode: "6.711", category: "EXPENSES", amount: 1_234_067n, parts: 3 }]);
    expect(skipped).toEqual([]);
  });
});
