// The comparison page reads the chosen municipality-years in a fixed number of
// queries. It must give exactly the rows the year pages would: the reference
// below builds them the straightforward way, through loadPublicYear.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { listMunicipalities } from "@/lib/municipality/data";
import { roundToThousands } from "@/lib/finance/money";
import { inCanonicalSigns } from "@/lib/finance/printed";
import { loadPublicComparison, loadPublicYear, type ComparisonRow } from "@/lib/programme/loaders";

afterAll(async () => {
  await db().$disconnect();
});

const choose = (slugs: string[]) => ({ slugs, years: [] });

async function reference(slugs: string[]): Promise<ComparisonRow[]> {
  const all = await listMunicipalities(PUBLIC_SCOPE);
  const chosen = all.filter((m) => slugs.includes(m.slug));
  const years = await Promise.all(chosen.flatMap((m) => m.years.map((y) => loadPublicYear(m.slug, y))));
  return years.flatMap((data) =>
    !data
      ? []
      : data.programmes
          .filter((p) => p.totals.expenses !== null || p.totals.income !== null)
          .map((p) => ({
            slug: data.municipality.slug,
            municipality: data.municipality.name,
            inhabitants: data.municipality.inhabitants,
            inhabitantsYear: data.municipality.inhabitantsYear,
            year: data.document.year,
            documentTitle: data.document.title,
            column: data.column,
            programmeNumber: p.number,
            programmeName: p.name,
            expenses: p.totals.expenses,
            income: p.totals.income,
            balance: p.totals.balance,
            figures: {
              expenses: p.totals.figures.expenses && inCanonicalSigns(data.municipality.signConvention, "EXPENSES", data.column, p.totals.figures.expenses),
              income: p.totals.figures.income && inCanonicalSigns(data.municipality.signConvention, "INCOME", data.column, p.totals.figures.income),
              balance: p.totals.figures.balance && inCanonicalSigns(data.municipality.signConvention, "BALANCE", data.column, p.totals.figures.balance),
            },
          })),
  );
}

describe("loadPublicComparison", () => {
  it("gives every published year's programme totals of the chosen municipalities, exactly as the year pages compute them", async () => {
    const all = (await listMunicipalities(PUBLIC_SCOPE)).map((m) => m.slug);
    const rows = await loadPublicComparison(choose(all));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(await reference(all));
  });

  it("reads nothing when nothing is chosen (the page the header link opens)", async () => {
    expect(await loadPublicComparison(choose([]))).toEqual([]);
  });

  it("never shows a document that is not published (the demo working document is a concept)", async () => {
    const concept = await db().pcDocument.findFirst({ where: { status: "CONCEPT" }, include: { municipality: { select: { slug: true } } } });
    expect(concept, "the seeded test database has a concept document").not.toBeNull();
    const rows = await loadPublicComparison(choose([concept!.municipality.slug]));
    expect(rows.filter((r) => r.slug === concept!.municipality.slug && r.year === concept!.year && r.documentTitle === concept!.title)).toEqual([]);
  });

  it("limits to the chosen municipalities, and ignores slugs that do not exist", async () => {
    const rows = await loadPublicComparison(choose(["zoetermeer", "hilversum", "bestaat-niet"]));
    expect(new Set(rows.map((r) => r.slug))).toEqual(new Set(["zoetermeer", "hilversum"]));
    expect(rows).toEqual(await reference(["zoetermeer", "hilversum", "bestaat-niet"]));
  });

  it("gives Zoetermeer 2022's programme 6 as printed: lasten 15.781, baten 6.265 (x € 1.000)", async () => {
    const rows = await loadPublicComparison(choose(["zoetermeer"]));
    const row = rows.find((r) => r.year === 2022 && r.programmeNumber === "6");
    const thousands = (v: bigint | null) => (v === null ? null : roundToThousands(v < 0n ? -v : v));
    expect([thousands(row?.expenses ?? null), thousands(row?.income ?? null)]).toEqual([15781n, 6265n]);
  });

  it("shows the totals Midden-Groningen printed, with the sum of its lines beside them: baten 754 (753), saldo −2.611 (−2.612)", async () => {
    const rows = await loadPublicComparison(choose(["midden-groningen"]));
    const row = rows.find((r) => r.year === 2021 && r.programmeNumber === "2.4");
    expect(row?.figures.income).toEqual({ printed: 754n, computed: 753n, roundingDifference: 1n });
    expect(row?.figures.balance).toEqual({ printed: -2611n, computed: -2612n, roundingDifference: 1n });
  });

  it("puts Zoetermeer's negative printed lasten in the shared form: positive, as printed", async () => {
    const rows = await loadPublicComparison(choose(["zoetermeer"]));
    const row = rows.find((r) => r.year === 2022 && r.programmeNumber === "6");
    expect(row?.figures.expenses?.printed).toBe(15781n);
    expect(row?.figures.income?.printed).toBe(6265n);
  });
});
