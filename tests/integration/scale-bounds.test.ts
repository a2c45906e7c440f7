// No public read grows with the database. Before the caps, /vergelijk with
// nothing selected read every published document (342 municipalities × 10
// years: ~20 s, 44 MB of HTML, three requests at once ran Node out of memory).
// This file generates more municipalities than any cap, with published
// documents, approved lines and values, and checks that each public read —
// the loaders of /vergelijk and the home page, the comparison API and its CSV,
// the municipality list API and its CSV — answers within its cap.
// The generated municipalities are removed again (their rows cascade), so the
// other files see the demo data only.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as municipalitiesRoute from "@/app/api/v1/gemeenten/route";
import * as comparisonRoute from "@/app/api/v1/indicatoren/vergelijking/route";
import { municipalityListSchema } from "@/lib/api/schemas/gemeente";
import { comparisonSchema } from "@/lib/api/schemas/indicator";
import { MAX_PAGE_SIZE } from "@/lib/api/pagination";
import {
  COMPARE_MAX_INDICATORS,
  COMPARE_MAX_MUNICIPALITIES,
  COMPARE_MAX_YEARS,
  CSV_MAX_ITEMS,
  MUNICIPALITY_LIST_PAGE_SIZE,
} from "@/lib/limits";
import { loadPublicComparison } from "@/lib/programme/loaders";
import { comparisonSelection } from "@/lib/programme/comparison-selection";
import { loadPublicIndicatorComparison } from "@/lib/indicator/loaders";
import { loadPublicMunicipalityPage } from "@/lib/municipality/loaders";
import { byHeader, csvRows, get, json, params, problem } from "./api-support";

// More than the CSV cap, the largest of the caps, so every bound below can fail.
const MUNICIPALITIES = CSV_MAX_ITEMS + 20;
// The first few publish ten years, more than the comparison shows per municipality.
const LONG_HISTORY = COMPARE_MAX_MUNICIPALITIES + 2;
const INDICATOR = "Schaalproefindicator";
const pad = (i: number) => String(i).padStart(4, "0");
const slugOf = (i: number) => `schaalproef-${pad(i)}`;
const allSlugs = Array.from({ length: MUNICIPALITIES }, (_, i) => slugOf(i));

async function removeGenerated() {
  await db().municipality.deleteMany({ where: { slug: { startsWith: "schaalproef-" } } });
}

beforeAll(async () => {
  await removeGenerated();
  const municipalities = [], documents = [], programmes = [], reports = [], lines = [], figures = [], indicators = [], values = [];
  for (let i = 0; i < MUNICIPALITIES; i++) {
    const municipalityId = randomUUID();
    const programmeId = randomUUID();
    const indicatorId = randomUUID();
    municipalities.push({ id: municipalityId, cbsCode: `GM${2000 + i}`, name: `Schaalproef ${pad(i)}`, slug: slugOf(i), inhabitants: 20_000 + i, inhabitantsYear: 2025 });
    programmes.push({ id: programmeId, municipalityId, number: "1", name: "Bestuur" });
    indicators.push({ id: indicatorId, municipalityId, programmeId, name: `${INDICATOR} ${pad(i)}`, unit: "RAPPORTCIJFER" as const });
    const lasten = { id: randomUUID(), municipalityId, programmeId, key: "1/lasten", category: "EXPENSES" as const, label: "Lasten" };
    const baten = { id: randomUUID(), municipalityId, programmeId, key: "1/baten", category: "INCOME" as const, label: "Baten" };
    lines.push(lasten, baten);
    const years = i < LONG_HISTORY ? Array.from({ length: 10 }, (_, k) => 2015 + k) : [2023, 2024];
    for (const year of years) {
      const documentId = randomUUID();
      documents.push({ id: documentId, municipalityId, kind: "JAARSTUKKEN" as const, year, title: `Jaarstukken ${year}`, status: "GEPUBLICEERD" as const });
      reports.push({ documentId, programmeId });
      const figure = { documentId, year, reviewStatus: "GOEDGEKEURD" as const };
      figures.push({ ...figure, budgetLineId: lasten.id, amount: 1_200_000n }, { ...figure, budgetLineId: baten.id, amount: 300_000n });
      values.push({ ...figure, indicatorId, value: "7.5" });
    }
  }
  const client = db();
  await client.municipality.createMany({ data: municipalities });
  await client.pcDocument.createMany({ data: documents });
  await client.programme.createMany({ data: programmes });
  await client.programmeReport.createMany({ data: reports });
  await client.budgetLine.createMany({ data: lines });
  await client.budgetFigure.createMany({ data: figures });
  await client.indicator.createMany({ data: indicators });
  await client.indicatorFigure.createMany({ data: values });
}, 120_000);

afterAll(async () => {
  await removeGenerated();
}, 60_000);

const municipalityYears = (rows: { slug: string; year: number }[]) => new Set(rows.map((r) => `${r.slug}/${r.year}`));

describe("/vergelijk, programme totals", () => {
  it("reads nothing when nothing is selected (the page the header link opens)", async () => {
    expect(await db().municipality.count({ where: { slug: { startsWith: "schaalproef-" } } })).toBe(MUNICIPALITIES);
    expect(await loadPublicComparison(comparisonSelection(undefined))).toEqual([]);
  });

  it("shows at most the cap of municipalities, each with at most the cap of years, when all are chosen", async () => {
    const selection = comparisonSelection(allSlugs);
    expect(selection.municipalitiesLeftOut).toBe(MUNICIPALITIES - COMPARE_MAX_MUNICIPALITIES);
    const rows = await loadPublicComparison(selection);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(COMPARE_MAX_MUNICIPALITIES);
    expect(municipalityYears(rows).size).toBeLessThanOrEqual(COMPARE_MAX_MUNICIPALITIES * COMPARE_MAX_YEARS);
  });

  it("keeps the cap even for a caller that skips the selection rule", async () => {
    const rows = await loadPublicComparison({ slugs: allSlugs, years: [] });
    expect(new Set(rows.map((r) => r.slug)).size).toBe(COMPARE_MAX_MUNICIPALITIES);
  });

  it("shows a municipality's newest years only, up to the cap, out of ten published", async () => {
    const rows = await loadPublicComparison(comparisonSelection([slugOf(0)]));
    expect([...new Set(rows.map((r) => r.year))]).toEqual([2024, 2023, 2022, 2021, 2020].slice(0, COMPARE_MAX_YEARS));
  });
});

describe("/vergelijk?indicator=…", () => {
  it("shows at most the cap of indicators, and tells how many matched in all", async () => {
    const { indicators, total } = await loadPublicIndicatorComparison(INDICATOR);
    expect(total).toBe(MUNICIPALITIES);
    expect(indicators).toHaveLength(COMPARE_MAX_INDICATORS);
  });
});

describe("home page list", () => {
  it("gives one page of municipalities, however many there are", async () => {
    const { municipalities, total, pageCount } = await loadPublicMunicipalityPage("schaalproef", 2);
    expect(total).toBe(MUNICIPALITIES);
    expect(municipalities.map((m) => m.slug)).toEqual(allSlugs.slice(MUNICIPALITY_LIST_PAGE_SIZE, 2 * MUNICIPALITY_LIST_PAGE_SIZE));
    expect(pageCount).toBe(Math.ceil(MUNICIPALITIES / MUNICIPALITY_LIST_PAGE_SIZE));
  });
});

describe("open data API", () => {
  it("pages the municipality list in the database: at most the page size, with the full count", async () => {
    const response = await municipalitiesRoute.GET(get(`/api/v1/gemeenten?pageSize=${MAX_PAGE_SIZE}&page=3`), params());
    expect(response.headers.get("X-Total-Count")).toBe(String(MUNICIPALITIES + 4));
    const body = municipalityListSchema.parse(await json(response));
    expect(body.gemeenten).toHaveLength(MAX_PAGE_SIZE);
  });

  it("refuses a municipality CSV above the cap, in Dutch, saying how to narrow it", async () => {
    const body = await problem(await municipalitiesRoute.GET(get("/api/v1/gemeenten?formaat=csv"), params()), 400);
    expect(body.detail).toBe(
      `Deze selectie telt 1.024 gemeenten; een CSV-download bevat er hoogstens 1.000. ` +
        "Maak de selectie kleiner met naam, of haal alles per pagina op als JSON (page en pageSize).",
    );
  });

  it("gives a municipality CSV within the cap", async () => {
    const rows = byHeader(await csvRows(await municipalitiesRoute.GET(get("/api/v1/gemeenten?naam=schaalproef 00&formaat=csv"), params())));
    expect(rows).toHaveLength(100);
  });

  it("pages the indicator comparison: at most the page size", async () => {
    const response = await comparisonRoute.GET(get(`/api/v1/indicatoren/vergelijking?naam=${INDICATOR}&pageSize=${MAX_PAGE_SIZE}`), params());
    expect(response.headers.get("X-Total-Count")).toBe(String(MUNICIPALITIES));
    expect(comparisonSchema.parse(await json(response)).indicatoren).toHaveLength(MAX_PAGE_SIZE);
  });

  it("refuses an indicator CSV above the cap and names the parameters that narrow it", async () => {
    const body = await problem(await comparisonRoute.GET(get(`/api/v1/indicatoren/vergelijking?naam=${INDICATOR}&formaat=csv`), params()), 400);
    expect(body.detail).toContain("telt 1.020 indicatoren; een CSV-download bevat er hoogstens 1.000");
    expect(body.detail).toContain("jaar, bbvVerplicht, id of een preciezere naam");
  });

  it("gives an indicator CSV once the selection is narrowed below the cap", async () => {
    const response = await comparisonRoute.GET(get(`/api/v1/indicatoren/vergelijking?naam=${INDICATOR} 00&formaat=csv`), params());
    const rows = byHeader(await csvRows(response));
    // 100 indicators (0000–0099): the first LONG_HISTORY with ten values, the rest with two.
    expect(rows).toHaveLength(LONG_HISTORY * 10 + (100 - LONG_HISTORY) * 2);
  });
});
