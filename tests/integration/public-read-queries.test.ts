// Decision 009 §7 / issue 9 point 6: a public year page and a programme page
// read their figures in a fixed number of queries, however many programmes,
// lines, years or wijzigingen the municipality has. The queries are counted
// (Prisma's query events on the app's own client), not timed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { ensureReconstruction, upsertDocument } from "@/lib/document/mutations";
import { upsertBudgetFigure, upsertBudgetLine } from "@/lib/finance/mutations";
import { upsertIndicatorByKey, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { createProgrammeReport, upsertProgramme } from "@/lib/programme/mutations";
import { loadPublicProgramme, loadPublicYear } from "@/lib/programme/loaders";

// lib/db.ts keeps its one client on globalThis.prisma; a client that reports
// its queries takes that place for this file, so the loaders run unchanged.
const slot = globalThis as unknown as { prisma?: PrismaClient };
const original = slot.prisma;
const counting = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
});
let queries = 0;
counting.$on("query", () => {
  queries += 1;
});

async function countQueries(read: () => Promise<unknown>): Promise<number> {
  queries = 0;
  const result = await read();
  expect(result).not.toBeNull();
  return queries;
}

const run = Date.now().toString().slice(-5);
const slug = `leeslast-${run}`;
const Y = 2033;
const approved = { reviewStatus: "GOEDGEKEURD" as const, sourceId: null, sourceLocation: null, explanation: null };
const noExtras = { benchmark: null, benchmarkLabel: null, printedGoalAchieved: null };
let municipalityId = "";
let jaarstukken = { id: "", title: "" };
let programmes = 0;

async function publishedJaarstukken(year: number) {
  const title = `Jaarstukken ${year} ${run}`;
  const d = await upsertDocument(db(), { municipalityId, kind: "JAARSTUKKEN", year, title, status: "GEPUBLICEERD" });
  return { id: d.id, title };
}

/**
 * One more programme in the jaarstukken of Y, with `lines` lines (realisatie Y,
 * a reprinted primitieve begroting, realisatie Y−1 in the published
 * jaarstukken of Y−1), `wijzigingen` adopted wijzigingen on every line and an
 * indicator with a value in each of `years` earlier jaarstukken.
 */
async function addProgramme(shape: { lines: number; wijzigingen: number; years: number[] }) {
  programmes += 1;
  const number = String(programmes);
  const programme = await upsertProgramme(db(), { municipalityId, number, name: `Programma ${number}`, sortOrder: programmes });
  await createProgrammeReport(db(), { documentId: jaarstukken.id, programmeId: programme.id, sortOrder: programmes });
  const begroting = await ensureReconstruction(db(), { printing: { ...jaarstukken, municipalityId }, kind: "BEGROTING", year: Y });
  const previous = await publishedJaarstukken(Y - 1);
  const lineIds: string[] = [];
  for (let i = 0; i < shape.lines; i++) {
    const line = await upsertBudgetLine(db(), {
      municipalityId,
      programmeId: programme.id,
      goalId: null,
      key: `p${number}/lasten/${i}`,
      product: null,
      functionCode: null,
      category: i % 2 === 0 ? "EXPENSES" : "INCOME",
      label: `Regel ${i}`,
      sortOrder: i,
    });
    lineIds.push(line.id);
    await upsertBudgetFigure(db(), { ...approved, budgetLineId: line.id, documentId: jaarstukken.id, year: Y, amount: 1_000n + BigInt(i) });
    await upsertBudgetFigure(db(), { ...approved, budgetLineId: line.id, documentId: begroting.id, year: Y, amount: 900n });
    await upsertBudgetFigure(db(), { ...approved, budgetLineId: line.id, documentId: previous.id, year: Y - 1, amount: 800n });
  }
  for (let w = 0; w < shape.wijzigingen; w++) {
    await db().budgetAmendment.create({
      data: {
        municipalityId,
        year: Y,
        number: `${Y}-${number}-${w}`,
        date: new Date(`${Y}-0${1 + (w % 9)}-01`),
        authority: w % 2 === 0 ? "RAAD" : "COLLEGE_MANDAAT",
        reason: "Bijstelling",
        status: "VASTGESTELD",
        lines: { create: lineIds.map((budgetLineId) => ({ budgetLineId, delta: 10n })) },
      },
    });
  }
  const indicator = await upsertIndicatorByKey(db(), {
    municipalityId,
    importKey: `indicator-${number}-${run}`,
    programmeId: programme.id,
    goalId: null,
    name: `Indicator ${number}`,
    unit: "PERCENTAGE",
    decimals: 0,
    direction: "HIGHER_IS_BETTER",
    frequency: "YEARLY",
    bbvMandatory: false,
    sortOrder: 0,
  });
  await upsertIndicatorFigure(db(), { ...approved, ...noExtras, indicatorId: indicator.id, documentId: jaarstukken.id, year: Y, dimensionValue: "", value: "60" });
  for (const year of shape.years) {
    const earlier = await publishedJaarstukken(year);
    await upsertIndicatorFigure(db(), { ...approved, ...noExtras, indicatorId: indicator.id, documentId: earlier.id, year, dimensionValue: "", value: "50" });
  }
}

beforeAll(async () => {
  const m = await db().municipality.create({
    data: { cbsCode: `GM7${run.slice(-3)}`, name: `Leeslast ${run}`, slug, signConvention: "BOTH_POSITIVE" },
  });
  municipalityId = m.id;
  jaarstukken = await publishedJaarstukken(Y);
  await addProgramme({ lines: 1, wijzigingen: 0, years: [] });
  slot.prisma = counting;
});

afterAll(async () => {
  slot.prisma = original;
  await db().municipality.deleteMany({ where: { slug } });
  await counting.$disconnect();
});

describe("the public reads of a document", () => {
  it("take as many queries for a municipality with six programmes, many lines, years and wijzigingen as for one with a single line, and as for the demo data", async () => {
    const demoYear = await countQueries(() => loadPublicYear("zoetermeer", 2024));
    const demoProgramme = await countQueries(() => loadPublicProgramme("zoetermeer", 2024, "6"));
    const smallYear = await countQueries(() => loadPublicYear(slug, Y));
    const smallProgramme = await countQueries(() => loadPublicProgramme(slug, Y, "1"));

    slot.prisma = original;
    for (let p = 0; p < 5; p++) await addProgramme({ lines: 6, wijzigingen: 3, years: [Y - 4, Y - 3, Y - 2] });
    slot.prisma = counting;

    const year = await loadPublicYear(slug, Y);
    expect(year!.programmes).toHaveLength(6);
    const grownYear = await countQueries(() => loadPublicYear(slug, Y));
    const page = await loadPublicProgramme(slug, Y, "3");
    // The read is the grown one: six lines with three wijzigingen each, the earlier years' values.
    expect(page!.programme.finance.lines).toHaveLength(6);
    expect(page!.programme.finance.lines[0]).toMatchObject({ budgetOriginal: 900n, budgetAmended: 930n, actualPreviousYear: 800n });
    expect(page!.programme.finance.lines[0]!.amendments).toHaveLength(3);
    expect(page!.programme.indicators[0]!.values.map((v) => v.year)).toEqual([Y - 4, Y - 3, Y - 2, Y]);
    const grownProgramme = await countQueries(() => loadPublicProgramme(slug, Y, "3"));

    console.info(`queries: year page ${demoYear} (demo) / ${smallYear} / ${grownYear}; programme page ${demoProgramme} (demo) / ${smallProgramme} / ${grownProgramme}`);
    expect(grownYear).toBe(smallYear);
    expect(grownProgramme).toBe(smallProgramme);
    expect(demoYear).toBe(smallYear);
    expect(demoProgramme).toBe(smallProgramme);
  });
});
