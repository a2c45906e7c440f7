// The demo's one working document: every transcribed document is published,
// and so locked, which would leave nothing to enter. In demo mode only, the
// seed adds Zoetermeer "Jaarstukken 2025 (werkdocument, demo)" as a CONCEPT
// document with programme 6's structure taken from Jaarstukken 2024: its goals
// (the same Goal rows, through GoalReports without texts), its four named
// indicators with a 2025 value whose target and actual are EMPTY, and its
// financial lines for 6.1 and 6.2 (lasten, baten, toevoegingen, onttrekkingen)
// with EVERY amount empty. No number is invented: the advisor enters them.
import type { Db } from "@/lib/db";
import { isDemoMode } from "@/lib/auth/config";
import { appendAudit } from "@/lib/audit/mutations";
import { upsertDocument } from "@/lib/document/mutations";
import { createFinancialLine } from "@/lib/finance/mutations";
import { upsertImportedIndicatorValue } from "@/lib/indicator/mutations";
import { createGoalReport, createProgrammeReport } from "@/lib/programme/mutations";

export { DEMO_WORKSPACE, isDemoWorkspace } from "@/lib/review/demo-workspace";
import { DEMO_WORKSPACE } from "@/lib/review/demo-workspace";

/**
 * Creates the working document when it is missing (idempotent: an existing
 * one, with whatever was entered, is left alone). `reset` throws it away and
 * creates it anew, empty — for tests; the audit trail of the old figures
 * stays, as it must. Does nothing outside demo mode. Returns whether it wrote.
 */
export async function loadDemoWorkspace(db: Db, options: { reset?: boolean } = {}): Promise<boolean> {
  if (!isDemoMode()) return false;
  const municipality = await db.municipality.findUniqueOrThrow({
    where: { cbsCode: DEMO_WORKSPACE.municipality },
    select: { id: true },
  });
  const key = { municipalityId: municipality.id, kind: DEMO_WORKSPACE.kind, year: DEMO_WORKSPACE.year };
  const existing = await db.pcDocument.findUnique({ where: { municipalityId_kind_year: key }, select: { id: true } });
  if (existing && !options.reset) return false;
  // Cascades to its reports, indicator values and financial lines; not to goals and indicators, which outlive a year.
  if (existing) await db.pcDocument.delete({ where: { id: existing.id } });

  const programme = await db.programme.findUniqueOrThrow({
    where: { municipalityId_number: { municipalityId: municipality.id, number: DEMO_WORKSPACE.programme } },
    select: { id: true },
  });
  const template = await db.pcDocument.findUniqueOrThrow({
    where: { municipalityId_kind_year: { ...key, ...DEMO_WORKSPACE.structureFrom } },
    select: { id: true },
  });
  const document = await upsertDocument(db, { ...key, title: DEMO_WORKSPACE.title, status: "CONCEPT" });
  await createProgrammeReport(db, { documentId: document.id, programmeId: programme.id, sortOrder: 0 });

  const goals = await db.goalReport.findMany({
    where: { documentId: template.id, goal: { programmeId: programme.id } },
    select: { goalId: true },
  });
  for (const { goalId } of goals) await createGoalReport(db, { documentId: document.id, goalId });

  const indicators = await db.indicator.findMany({
    where: { programmeId: programme.id, name: { not: null }, values: { some: { documentId: template.id } } },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  for (const indicator of indicators) {
    await upsertImportedIndicatorValue(db, {
      indicatorId: indicator.id,
      documentId: document.id,
      year: DEMO_WORKSPACE.year,
      dimensionValue: "",
      target: null,
      actual: null,
      benchmark: null,
      benchmarkLabel: null,
      printedGoalAchieved: null,
      explanation: null,
      reviewStatus: "CONCEPT",
      sourceId: null,
      sourceLocation: null,
    });
  }

  const lines = await db.financialLine.findMany({
    where: { documentId: template.id, programmeId: programme.id, goalId: { not: null } },
    orderBy: { sortOrder: "asc" },
    select: { goalId: true, product: true, functionCode: true, category: true, label: true, sortOrder: true },
  });
  for (const line of lines) {
    await createFinancialLine(db, {
      ...line,
      documentId: document.id,
      programmeId: programme.id,
      actualPreviousYear: null,
      budgetOriginal: null,
      budgetAmended: null,
      actual: null,
      explanation: null,
      reviewStatus: "CONCEPT",
      sourceId: null,
      sourceLocation: null,
    });
  }

  await appendAudit(db, {
    userId: null,
    municipalityId: municipality.id,
    entityType: "PcDocument",
    entityId: document.id,
    action: existing ? "reset" : "create",
    field: null,
    newValue: { title: DEMO_WORKSPACE.title, status: "CONCEPT", indicators: indicators.length, lines: lines.length },
    reason: "demowerkdocument",
  });
  return true;
}
