// The demo's working documents: every transcribed document is published,
// and so locked, which would leave nothing to enter. In demo mode only, the
// seed adds two CONCEPT documents of Zoetermeer 2025 for programme 6, with the
// structure of Jaarstukken 2024 (its goals, through GoalReports without
// texts; its four named indicators; its budget lines of 6.1 and 6.2):
// - "Begroting 2025 (werkdocument, demo)": an EMPTY streefwaarde 2025 per
//   indicator and an EMPTY primitieve begroting 2025 per line;
// - "Jaarstukken 2025 (werkdocument, demo)": an EMPTY realisatie 2025 per
//   indicator and per line, beside the begroting's targets and budget.
// No number is invented: the advisor enters them.
import type { Db } from "@/lib/db";
import { isDemoMode } from "@/lib/auth/config";
import { appendAudit } from "@/lib/audit/mutations";
import { findRealDocument, upsertDocument } from "@/lib/document/mutations";
import { EMPTY_BUDGET_FIGURE, upsertBudgetFigure } from "@/lib/finance/mutations";
import { EMPTY_INDICATOR_FIGURE, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { createGoalReport, createProgrammeReport } from "@/lib/programme/mutations";

export { DEMO_WORKSPACE, isDemoWorkspace } from "@/lib/review/demo-workspace";
import { DEMO_WORKSPACE } from "@/lib/review/demo-workspace";

/**
 * Creates the working documents when they are missing (idempotent: existing
 * ones, with whatever was entered, are left alone). `reset` throws them away
 * and creates them anew, empty — for tests; the audit trail of the old
 * figures stays, as it must. Does nothing outside demo mode. Returns whether
 * it wrote.
 */
export async function loadDemoWorkspace(db: Db, options: { reset?: boolean } = {}): Promise<boolean> {
  if (!isDemoMode()) return false;
  const municipality = await db.municipality.findUniqueOrThrow({
    where: { cbsCode: DEMO_WORKSPACE.municipality },
    select: { id: true },
  });
  const year = DEMO_WORKSPACE.year;
  const keys = [
    { municipalityId: municipality.id, kind: DEMO_WORKSPACE.budgetKind, year, title: DEMO_WORKSPACE.budgetTitle },
    { municipalityId: municipality.id, kind: DEMO_WORKSPACE.kind, year, title: DEMO_WORKSPACE.title },
  ] as const;
  const existing = (await Promise.all(keys.map(({ title: _title, ...key }) => findRealDocument(db, key)))).filter(
    (d): d is { id: string } => d !== null,
  );
  if (existing.length === keys.length && !options.reset) return false;
  // Cascades to their reports and figures; not to goals, indicators and budget lines, which outlive a year.
  for (const document of existing) await db.pcDocument.delete({ where: { id: document.id } });

  const structure = await templateStructure(db, municipality.id);
  const made: Record<string, string> = {};
  for (const { title, ...key } of keys) {
    const document = await upsertDocument(db, { ...key, title, status: "CONCEPT" });
    made[key.kind] = document.id;
    await createProgrammeReport(db, { documentId: document.id, programmeId: structure.programmeId, sortOrder: 0 });
    for (const goalId of structure.goalIds) await createGoalReport(db, { documentId: document.id, goalId });
    for (const indicatorId of structure.indicatorIds) {
      await upsertIndicatorFigure(db, { ...EMPTY_INDICATOR_FIGURE, indicatorId, documentId: document.id, year });
    }
    for (const budgetLineId of structure.budgetLineIds) {
      await upsertBudgetFigure(db, { ...EMPTY_BUDGET_FIGURE, budgetLineId, documentId: document.id, year });
    }
  }

  for (const { title, kind } of keys) {
    await appendAudit(db, {
      userId: null,
      municipalityId: municipality.id,
      entityType: "PcDocument",
      entityId: made[kind]!,
      action: existing.length > 0 ? "reset" : "create",
      field: null,
      newValue: { title, status: "CONCEPT", indicators: structure.indicatorIds.length, lines: structure.budgetLineIds.length },
      reason: "demowerkdocument",
    });
  }
  return true;
}

/** Programme 6's goals, named indicators and goal-level budget lines as Jaarstukken 2024 reports them. */
async function templateStructure(db: Db, municipalityId: string) {
  const programme = await db.programme.findUniqueOrThrow({
    where: { municipalityId_number: { municipalityId, number: DEMO_WORKSPACE.programme } },
    select: { id: true },
  });
  const template = await findRealDocument(db, { municipalityId, ...DEMO_WORKSPACE.structureFrom });
  if (!template) throw new Error("Het demowerkdocument neemt de opbouw over van Jaarstukken 2024, maar die zijn niet geladen.");
  const goals = await db.goalReport.findMany({
    where: { documentId: template.id, goal: { programmeId: programme.id } },
    select: { goalId: true },
  });
  const indicators = await db.indicator.findMany({
    where: { programmeId: programme.id, name: { not: null }, figures: { some: { documentId: template.id } } },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  const lines = await db.budgetLine.findMany({
    where: { programmeId: programme.id, goalId: { not: null }, figures: { some: { documentId: template.id } } },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  return {
    programmeId: programme.id,
    goalIds: goals.map((g) => g.goalId),
    indicatorIds: indicators.map((i) => i.id),
    budgetLineIds: lines.map((l) => l.id),
  };
}
