// The P&C cycle as a reader and a municipality meet it (issue 9, points 2–4;
// decision 009): each stage owns its own figures, "begroting na wijziging" and
// "realisatie vorig jaar" are computed from the stages that own them, a
// published begroting shows its targets while the jaarstukken of that year are
// still concept, and a year can hold several bestuursrapportages. (That
// vaststellen locks exactly what the adopted document owns is proven through
// the real entry action in review-workflow.test.ts and the e2e journey.) Built with the app's own
// mutations in a test municipality, removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { listDocuments } from "@/lib/document/data";
import { upsertDocument } from "@/lib/document/mutations";
import { upsertBudgetFigure, upsertBudgetLine } from "@/lib/finance/mutations";
import { upsertIndicatorByKey, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { createProgrammeReport, upsertProgramme } from "@/lib/programme/mutations";
import { loadPublicProgramme, loadPublicYear } from "@/lib/programme/loaders";

const run = Date.now().toString().slice(-5);
const slug = `cyclus-${run}`;
const Y = 2031;
let municipalityId = "";
const ids: Record<string, string> = {};

const approved = { reviewStatus: "GOEDGEKEURD" as const, sourceId: null, sourceLocation: null, explanation: null };
const noExtras = { benchmark: null, benchmarkLabel: null, printedGoalAchieved: null };

async function document(kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN", year: number, status: "CONCEPT" | "GEPUBLICEERD", extra: { sequence?: number; projectionYears?: number } = {}) {
  const d = await upsertDocument(db(), { municipalityId, kind, year, title: `${kind} ${year} ${extra.sequence ?? ""} ${run}`, status, ...extra });
  await createProgrammeReport(db(), { documentId: d.id, programmeId: ids.programme!, sortOrder: 0 });
  return d.id;
}

beforeAll(async () => {
  const m = await db().municipality.create({
    data: { cbsCode: `GM8${run.slice(-3)}`, name: `Cyclus ${run}`, slug, signConvention: "BOTH_POSITIVE" },
  });
  municipalityId = m.id;
  ids.programme = (await upsertProgramme(db(), { municipalityId, number: "1", name: "Bestuur", sortOrder: 0 })).id;
  ids.indicator = (
    await upsertIndicatorByKey(db(), {
      municipalityId,
      importKey: `tevredenheid-${run}`,
      programmeId: ids.programme,
      goalId: null,
      name: "Tevredenheid dienstverlening",
      unit: "RAPPORTCIJFER",
      decimals: 1,
      direction: "HIGHER_IS_BETTER",
      frequency: "YEARLY",
      bbvMandatory: false,
      sortOrder: 0,
    })
  ).id;
  ids.line = (
    await upsertBudgetLine(db(), {
      municipalityId,
      programmeId: ids.programme,
      goalId: null,
      key: "programma-1/lasten/lasten",
      product: null,
      functionCode: null,
      category: "EXPENSES",
      label: "Lasten",
      sortOrder: 0,
    })
  ).id;

  // Begroting Y, published: streefwaarde Y and (meerjarenraming) Y+1, primitieve begroting Y.
  ids.begroting = await document("BEGROTING", Y, "GEPUBLICEERD", { projectionYears: 1 });
  await upsertIndicatorFigure(db(), { ...approved, ...noExtras, indicatorId: ids.indicator, documentId: ids.begroting, year: Y, dimensionValue: "", value: "7" });
  await upsertIndicatorFigure(db(), { ...approved, ...noExtras, indicatorId: ids.indicator, documentId: ids.begroting, year: Y + 1, dimensionValue: "", value: "7.2" });
  await upsertBudgetFigure(db(), { ...approved, budgetLineId: ids.line, documentId: ids.begroting, year: Y, amount: 1_000_000n });

  // Jaarstukken Y−1, published: the realisatie of the previous year.
  ids.previous = await document("JAARSTUKKEN", Y - 1, "GEPUBLICEERD");
  await upsertBudgetFigure(db(), { ...approved, budgetLineId: ids.line, documentId: ids.previous, year: Y - 1, amount: 950_000n });

  // Jaarstukken Y, still concept: realisatie entered and approved, not yet public.
  ids.jaarstukken = await document("JAARSTUKKEN", Y, "CONCEPT");
  await upsertIndicatorFigure(db(), { ...approved, ...noExtras, indicatorId: ids.indicator, documentId: ids.jaarstukken, year: Y, dimensionValue: "", value: "7.3" });
  await upsertBudgetFigure(db(), { ...approved, budgetLineId: ids.line, documentId: ids.jaarstukken, year: Y, amount: 1_120_000n });

  // Begrotingswijzigingen of Y: one adopted (+50.000), one concept and one rejected that must not count.
  for (const [number, status, delta] of [
    ["2031-01", "VASTGESTELD", 50_000n],
    ["2031-02", "CONCEPT", 999_000n],
    ["2031-03", "VERWORPEN", 777_000n],
  ] as const) {
    await db().budgetAmendment.create({
      data: {
        municipalityId,
        year: Y,
        number,
        authority: "RAAD",
        decisionReference: `Raadsbesluit ${number}`,
        reason: "Extra inzet dienstverlening",
        status,
        lines: { create: { budgetLineId: ids.line, delta } },
        ...(number === "2031-01" ? { targets: { create: { indicatorId: ids.indicator, year: Y, value: "7.1", reason: "Bijgesteld" } } } : {}),
      },
    });
  }
});

afterAll(async () => {
  await db().municipality.deleteMany({ where: { slug } });
});

describe("a published begroting while the jaarstukken are concept", () => {
  it("is what the public year page shows, with the streefwaarde after the adopted wijziging", async () => {
    const year = await loadPublicYear(slug, Y);
    expect(year?.document.kind).toBe("BEGROTING");
    const page = await loadPublicProgramme(slug, Y, "1");
    const value = page?.programme.indicators[0]?.values.find((v) => v.year === Y);
    expect(value?.target).toBe("7.1");
    // The realisatie of the concept jaarstukken is not public.
    expect(value?.actual ?? null).toBeNull();
    expect(JSON.stringify(page, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain("7.3");
  });

  it("shows the meerjarenraming's streefwaarde for the next year", async () => {
    const page = await loadPublicProgramme(slug, Y, "1");
    expect(page?.programme.indicators[0]?.values.find((v) => v.year === Y + 1)?.target).toBe("7.2");
  });
});

describe("the jaarstukken once published", () => {
  beforeAll(async () => {
    await db().pcDocument.update({ where: { id: ids.jaarstukken }, data: { status: "GEPUBLICEERD", publishedAt: new Date() } });
  });

  it("compute begroting na wijziging as primitief plus the adopted wijzigingen only, and read the previous year's realisatie", async () => {
    const page = await loadPublicProgramme(slug, Y, "1");
    expect(page?.document.kind).toBe("JAARSTUKKEN");
    const line = page?.programme.finance.lines[0];
    expect(line?.budgetOriginal).toBe(1_000_000n);
    expect(line?.budgetAmended).toBe(1_050_000n);
    expect(line?.actual).toBe(1_120_000n);
    expect(line?.actualPreviousYear).toBe(950_000n);
  });

  it("show the realisatie beside the target the begroting set and the wijziging changed", async () => {
    const page = await loadPublicProgramme(slug, Y, "1");
    const value = page?.programme.indicators[0]?.values.find((v) => v.year === Y);
    expect(value).toMatchObject({ target: "7.1", actual: "7.3" });
  });
});

describe("documents of a year", () => {
  it("can hold several bestuursrapportages, numbered, but not two with the same number", async () => {
    const first = await document("BESTUURSRAPPORTAGE", Y, "CONCEPT", { sequence: 1 });
    const second = await document("BESTUURSRAPPORTAGE", Y, "CONCEPT", { sequence: 2 });
    expect(first).not.toBe(second);
    await expect(
      db().pcDocument.create({ data: { municipalityId, kind: "BESTUURSRAPPORTAGE", year: Y, sequence: 2, title: "dubbel", status: "CONCEPT" } }),
    ).rejects.toThrow();
  });

  it("never lists a reconstructed document, even when the document that printed it is published", async () => {
    await db().pcDocument.create({
      data: {
        municipalityId,
        kind: "BEGROTING",
        year: Y - 1,
        title: `Begroting ${Y - 1} (zoals gedrukt in Jaarstukken ${Y - 1})`,
        origin: "RECONSTRUCTED",
        reconstructedFromId: ids.previous,
        status: "CONCEPT",
      },
    });
    const listed = await listDocuments(PUBLIC_SCOPE, municipalityId);
    expect(listed.map((d) => d.title).filter((t) => t.includes("zoals gedrukt"))).toEqual([]);
  });
});
