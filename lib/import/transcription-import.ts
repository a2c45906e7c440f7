import "server-only";
import type { Db } from "@/lib/db";
import type {
  DemoActivity,
  DemoDocument,
  DemoFinanceTable,
  DemoGoal,
  DemoIndicator,
  DemoMunicipality,
  DemoProgramme,
  DemoSection,
} from "./transcription-types";
import { fromPrinted, type SignConvention } from "@/lib/finance/sign-convention";
import { thousandsToEuros } from "@/lib/finance/money";
import { parsePrintedDecimal, parsePrintedThousands } from "@/lib/format/parse-number";
import { upsertMunicipality } from "@/lib/municipality/mutations";
import { clearDocumentContent, ensureReconstruction, upsertDocument, upsertSource } from "@/lib/document/mutations";
import {
  createActivity,
  createGoalReport,
  createProgrammeReport,
  createSection,
  upsertGoal,
  upsertProgramme,
} from "@/lib/programme/mutations";
import { upsertIndicatorByKey, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { checkIndicatorValue } from "@/lib/indicator/value-rules";
import { createPrintedFigures, upsertBudgetFigure, upsertBudgetLine, type PrintedFigureInput } from "@/lib/finance/mutations";
import { budgetLineKey } from "@/lib/finance/line-key";
import { setAmendmentLine, upsertUnspecifiedAmendment } from "@/lib/amendment/printed";
import { unspecifiedDelta } from "@/lib/cycle/amended-budget";
import { appendAudit } from "@/lib/audit/mutations";
import { placeFigure, type Placement } from "./figure-placement";

// Loads a transcribed published document (prisma/demo/*) through the same
// mutations the app uses. Printed figures are converted to the canonical money
// form here, once; the caller runs everything in one transaction so an import
// is never half-saved.

const DEFAULT_CONVENTION: SignConvention = "BOTH_POSITIVE";

export async function importMunicipality(db: Db, m: DemoMunicipality) {
  return upsertMunicipality(db, {
    cbsCode: m.cbsCode,
    name: m.name,
    slug: m.slug,
    province: m.province,
    inhabitants: m.inhabitants,
    inhabitantsYear: m.inhabitantsYear,
    signConvention: m.signConvention ?? DEFAULT_CONVENTION,
    deviationThresholdAmount: m.deviationThresholdAmount
      ? BigInt(m.deviationThresholdAmount.replace(/\./g, ""))
      : null,
    deviationThresholdPercent: m.deviationThresholdPercent ?? null,
  });
}

interface DocContext {
  db: Db;
  documentId: string;
  document: { id: string; municipalityId: string; title: string; kind: DemoDocument["kind"]; year: number; projectionYears: number };
  municipalityId: string;
  sourceId: string;
  convention: SignConvention;
  /** The reconstructed documents made so far, by "KIND year". */
  reconstructions: Map<string, string>;
  /** The unspecified wijziging of the document's year, once a line needs it. */
  amendmentId: string | null;
}

/** The document that owns a figure this document printed (decision 009 §5). */
async function ownerId(ctx: DocContext, placement: Placement): Promise<string> {
  if (placement.owner === "self") return ctx.documentId;
  const key = `${placement.kind} ${placement.year}`;
  const known = ctx.reconstructions.get(key);
  if (known) return known;
  const made = await ensureReconstruction(ctx.db, { printing: ctx.document, kind: placement.kind, year: placement.year });
  ctx.reconstructions.set(key, made.id);
  return made.id;
}

export async function importDocument(db: Db, doc: DemoDocument, options: { published: boolean }) {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { cbsCode: doc.municipality } });
  const source = await upsertSource(db, {
    key: doc.source.key,
    municipalityId: municipality.id,
    title: doc.source.title,
    publisher: doc.source.publisher,
    year: doc.source.year,
    note: doc.source.note,
  });
  const document = await upsertDocument(db, {
    municipalityId: municipality.id,
    kind: doc.kind,
    year: doc.year,
    title: doc.title,
    origin: "TRANSCRIBED",
    status: options.published ? "GEPUBLICEERD" : "CONCEPT",
  });
  await clearDocumentContent(db, document.id);
  const ctx: DocContext = {
    db,
    documentId: document.id,
    document: { id: document.id, municipalityId: municipality.id, title: doc.title, kind: doc.kind, year: doc.year, projectionYears: document.projectionYears },
    municipalityId: municipality.id,
    sourceId: source.id,
    convention: municipality.signConvention,
    reconstructions: new Map(),
    amendmentId: null,
  };
  await importSections(ctx, doc.sections ?? [], {});
  for (const [index, programme] of doc.programmes.entries()) await importProgramme(ctx, programme, index);
  await appendAudit(db, {
    userId: null,
    municipalityId: municipality.id,
    entityType: "PcDocument",
    entityId: document.id,
    action: "import",
    newValue: { source: doc.source.key, title: doc.title },
  });
  return document;
}

async function importSections(
  ctx: DocContext,
  sections: DemoSection[],
  owner: { programmeId?: string; goalId?: string },
) {
  for (const [sortOrder, s] of sections.entries()) {
    await createSection(ctx.db, {
      documentId: ctx.documentId,
      ...owner,
      heading: s.heading,
      body: s.body,
      sortOrder,
      sourceId: ctx.sourceId,
      sourceLocation: s.location,
    });
  }
}

async function importProgramme(ctx: DocContext, p: DemoProgramme, sortOrder: number) {
  const programme = await upsertProgramme(ctx.db, {
    municipalityId: ctx.municipalityId,
    number: p.number,
    name: p.name,
    sortOrder,
  });
  await createProgrammeReport(ctx.db, {
    documentId: ctx.documentId,
    programmeId: programme.id,
    printedTitle: p.printedTitle ?? null,
    introduction: p.introduction ?? null,
    sortOrder,
    // The texts were printed in the published document: approved, as its figures (decision 011).
    reviewStatus: "GOEDGEKEURD",
    sourceId: ctx.sourceId,
    sourceLocation: p.location,
  });
  await importSections(ctx, p.sections ?? [], { programmeId: programme.id });
  const goalIds = new Map<string, string>();
  await importGoals(ctx, programme.id, p.goals, null, goalIds);
  await importActivities(ctx, programme.id, p.activities ?? [], goalIds);
  await importIndicators(ctx, programme.id, p.indicators ?? [], goalIds);
  for (const table of p.finance ?? []) await importFinanceTable(ctx, programme.id, p.number, table, goalIds);
}

async function importGoals(
  ctx: DocContext,
  programmeId: string,
  goals: DemoGoal[],
  parentId: string | null,
  goalIds: Map<string, string>,
) {
  for (const [sortOrder, g] of goals.entries()) {
    const goal = await upsertGoal(ctx.db, {
      programmeId,
      parentId,
      level: g.level,
      code: g.code,
      title: g.title,
      sortOrder,
    });
    if (g.code) goalIds.set(g.code, goal.id);
    await createGoalReport(ctx.db, {
      documentId: ctx.documentId,
      goalId: goal.id,
      intended: g.intended ?? null,
      achieved: g.achieved ?? null,
      done: g.done ?? null,
      financeExplanation: g.financeExplanation ?? null,
      reviewStatus: "GOEDGEKEURD",
      sourceId: ctx.sourceId,
      sourceLocation: g.location,
    });
    await importSections(ctx, g.sections ?? [], { programmeId, goalId: goal.id });
    await importGoals(ctx, programmeId, g.children ?? [], goal.id, goalIds);
  }
}

function goalIdFor(goalIds: Map<string, string>, code: string | undefined): string | null {
  if (!code) return null;
  const id = goalIds.get(code);
  if (!id) throw new Error(`Doelstelling ${code} komt niet voor in de doelenboom van dit programma.`);
  return id;
}

async function importActivities(
  ctx: DocContext,
  programmeId: string,
  activities: DemoActivity[],
  goalIds: Map<string, string>,
) {
  for (const [sortOrder, a] of activities.entries()) {
    await createActivity(ctx.db, {
      documentId: ctx.documentId,
      programmeId,
      goalId: goalIdFor(goalIds, a.goalCode),
      code: a.code ?? null,
      title: a.title,
      description: a.description ?? null,
      achieved: a.achieved ?? null,
      done: a.done ?? null,
      sortOrder,
      reviewStatus: "GOEDGEKEURD",
      sourceId: ctx.sourceId,
      sourceLocation: a.location,
    });
  }
}

const decimalOrNull = (s: string | undefined) => (s === undefined ? null : parsePrintedDecimal(s));

/**
 * The same value rule as the programme form. An import has nobody to confirm
 * an unusual value, so a warning stops it too: a printed value outside its
 * unit's usual range needs the indicator's own minValue/maxValue in the
 * transcription, which records that someone looked.
 */
function checkedValue(indicator: DemoIndicator, printed: string | undefined, where: string): string | null {
  const value = decimalOrNull(printed);
  const problem = checkIndicatorValue(value, {
    unit: indicator.unit,
    decimals: indicator.decimals,
    minValue: decimalOrNull(indicator.minValue),
    maxValue: decimalOrNull(indicator.maxValue),
  });
  if (problem) throw new Error(`Indicator "${indicator.key}", ${where} "${printed}": ${problem.message}`);
  return value;
}

async function importIndicators(
  ctx: DocContext,
  programmeId: string,
  indicators: DemoIndicator[],
  goalIds: Map<string, string>,
) {
  for (const [sortOrder, i] of indicators.entries()) {
    const indicator = await upsertIndicatorByKey(ctx.db, {
      municipalityId: ctx.municipalityId,
      importKey: i.key,
      programmeId,
      goalId: goalIdFor(goalIds, i.goalCode),
      name: i.name,
      definition: i.definition ?? null,
      unit: i.unit,
      unitLabel: i.unitLabel ?? null,
      decimals: i.decimals,
      minValue: decimalOrNull(i.minValue),
      maxValue: decimalOrNull(i.maxValue),
      direction: i.direction,
      sourceName: i.sourceName ?? null,
      frequency: i.frequency,
      bbvMandatory: i.bbvMandatory,
      groupLabel: i.groupLabel ?? null,
      dimensionName: i.dimensionName ?? null,
      sortOrder,
    });
    for (const v of i.values) await importIndicatorValue(ctx, indicator.id, i, v);
  }
}

/**
 * One printed value row splits into the figures of the stages that own them
 * (contract of issue 9): the streefwaarde to the begroting of its year, the
 * realisatie (with benchmark, verdict and toelichting) to the jaarstukken —
 * this document for its own year, a reconstruction of what it printed
 * otherwise.
 */
async function importIndicatorValue(ctx: DocContext, indicatorId: string, i: DemoIndicator, v: DemoIndicator["values"][number]) {
  const target = checkedValue(i, v.target, `streefwaarde ${v.year}`);
  const actual = checkedValue(i, v.actual, `realisatie ${v.year}`);
  const common = {
    indicatorId,
    year: v.year,
    dimensionValue: v.dimensionValue ?? "",
    reviewStatus: "GOEDGEKEURD" as const,
    sourceId: ctx.sourceId,
    sourceLocation: v.location,
  };
  const empty = { benchmark: null, benchmarkLabel: null, printedGoalAchieved: null, explanation: null };
  if (target !== null) {
    const documentId = await ownerId(ctx, placeFigure(ctx.document, v.year, "target"));
    await upsertIndicatorFigure(ctx.db, { ...common, ...empty, documentId, value: target });
  }
  const rest = {
    benchmark: decimalOrNull(v.benchmark),
    benchmarkLabel: v.benchmarkLabel ?? null,
    printedGoalAchieved: v.printedGoalAchieved ?? null,
    explanation: v.explanation ?? null,
  };
  const placement = placeFigure(ctx.document, v.year, "actual");
  const hasMore = actual !== null || Object.values(rest).some((x) => x !== null);
  if (placement.owner === "self" || hasMore || target === null) {
    await upsertIndicatorFigure(ctx.db, { ...common, ...rest, documentId: await ownerId(ctx, placement), value: actual });
  }
}

const AMOUNT_FIELDS = {
  ACTUAL_PREVIOUS_YEAR: "actualPreviousYear",
  BUDGET_ORIGINAL: "budgetOriginal",
  BUDGET_AMENDED: "budgetAmended",
  ACTUAL: "actual",
} as const;

type LineAmounts = Record<"actualPreviousYear" | "budgetOriginal" | "budgetAmended" | "actual", bigint | null>;

/**
 * The amounts of one printed line, each to the stage that owns it (contract of
 * issue 9): the document's own figure (always, the entry slot); the printed
 * begroting to a reconstructed begroting; the na-wijziging as the line of the
 * one unspecified wijziging, or — without a printed begroting — kept as a
 * printed figure (basis "zoals gedrukt"); the previous year's realisatie to a
 * reconstructed jaarstukken. Returns the printed figures the line needs.
 */
async function importLineFigures(
  ctx: DocContext,
  budgetLineId: string,
  category: PrintedFigureInput["row"],
  amounts: LineAmounts,
  explanation: string | null,
  location: string,
): Promise<Pick<PrintedFigureInput, "budgetLineId" | "row" | "column" | "amount" | "shareOfMunicipalTotal">[]> {
  const year = ctx.document.year;
  const own = ctx.document.kind === "BEGROTING" ? amounts.budgetOriginal : amounts.actual;
  const figure = { budgetLineId, reviewStatus: "GOEDGEKEURD" as const, sourceId: ctx.sourceId, sourceLocation: location };
  await upsertBudgetFigure(ctx.db, { ...figure, documentId: ctx.documentId, year, amount: own, explanation });
  if (ctx.document.kind !== "BEGROTING" && amounts.budgetOriginal !== null) {
    const documentId = await ownerId(ctx, placeFigure(ctx.document, year, "budget"));
    await upsertBudgetFigure(ctx.db, { ...figure, documentId, year, amount: amounts.budgetOriginal, explanation: null });
  }
  if (amounts.actualPreviousYear !== null) {
    const documentId = await ownerId(ctx, placeFigure(ctx.document, year - 1, "actual"));
    await upsertBudgetFigure(ctx.db, { ...figure, documentId, year: year - 1, amount: amounts.actualPreviousYear, explanation: null });
  }
  if (amounts.budgetAmended === null) return [];
  if (amounts.budgetOriginal === null) {
    return [{ budgetLineId, row: category, column: "BUDGET_AMENDED", amount: amounts.budgetAmended, shareOfMunicipalTotal: null }];
  }
  const delta = unspecifiedDelta(amounts.budgetOriginal, amounts.budgetAmended);
  if (delta !== null && delta !== 0n) {
    ctx.amendmentId ??= (
      await upsertUnspecifiedAmendment(ctx.db, {
        municipalityId: ctx.municipalityId,
        year,
        printing: ctx.document,
        sourceId: ctx.sourceId,
        sourceLocation: location,
      })
    ).id;
    await setAmendmentLine(ctx.db, { amendmentId: ctx.amendmentId, budgetLineId, delta, sourceLocation: location });
  }
  return [];
}

async function importFinanceTable(
  ctx: DocContext,
  programmeId: string,
  programmeNumber: string,
  table: DemoFinanceTable,
  goalIds: Map<string, string>,
) {
  const canonical = (row: PrintedFigureInput["row"], column: PrintedFigureInput["column"], printed: string) =>
    thousandsToEuros(fromPrinted(ctx.convention, row, column, parsePrintedThousands(printed)));
  const figures: PrintedFigureInput[] = [];
  const base = { documentId: ctx.documentId, programmeId, sourceId: ctx.sourceId, sourceLocation: table.location };

  for (const [sortOrder, line] of table.lines.entries()) {
    const amounts = Object.fromEntries(
      Object.entries(AMOUNT_FIELDS).map(([column, field]) => {
        const printed = line.values[column as keyof typeof AMOUNT_FIELDS];
        return [field, printed === undefined ? null : canonical(line.category, column as keyof typeof AMOUNT_FIELDS, printed)];
      }),
    ) as Record<(typeof AMOUNT_FIELDS)[keyof typeof AMOUNT_FIELDS], bigint | null>;
    const goalId = goalIdFor(goalIds, line.goalCode);
    const budgetLine = await upsertBudgetLine(ctx.db, {
      municipalityId: ctx.municipalityId,
      programmeId,
      goalId,
      key: budgetLineKey({ programmeNumber, category: line.category, label: line.label, product: line.product ?? null, functionCode: line.functionCode ?? null }),
      product: line.product ?? null,
      functionCode: line.functionCode ?? null,
      category: line.category,
      label: line.label,
      sortOrder,
    });
    const printedForLine = await importLineFigures(ctx, budgetLine.id, line.category, amounts, line.explanation ?? null, table.location);
    figures.push(...printedForLine.map((f) => ({ ...base, goalId, label: line.label, ...f })));
    // A printed verschil is derived from unrounded amounts: kept as printed, not stored as an amount.
    if (line.values.DIFFERENCE !== undefined) {
      figures.push({
        ...base,
        goalId,
        budgetLineId: budgetLine.id,
        row: line.category,
        column: "DIFFERENCE",
        amount: canonical(line.category, "DIFFERENCE", line.values.DIFFERENCE),
        shareOfMunicipalTotal: null,
        label: line.label,
      });
    }
  }
  for (const total of table.totals) {
    const columns = new Set([
      ...Object.keys(total.values),
      ...Object.keys(total.shareOfMunicipalTotal ?? {}),
    ]) as Set<PrintedFigureInput["column"]>;
    for (const column of columns) {
      const printed = total.values[column];
      const share = total.shareOfMunicipalTotal?.[column];
      figures.push({
        ...base,
        goalId: goalIdFor(goalIds, total.goalCode),
        budgetLineId: null,
        row: total.row,
        column,
        amount: printed === undefined ? null : canonical(total.row, column, printed),
        shareOfMunicipalTotal: share === undefined ? null : parsePrintedDecimal(share),
        label: total.label,
      });
    }
  }
  await createPrintedFigures(ctx.db, figures);
}
