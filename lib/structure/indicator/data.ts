import "server-only";
import { db } from "@/lib/db";
import { municipalityResource, type MunicipalityResource } from "@/lib/auth/permissions";
import type { MemberScope } from "@/lib/auth/scope";
import { figureLocked } from "@/lib/cycle";

// Reads of the indicator editor. The structure of a document is the set of
// indicators it owns a figure row for (decision 009 §1), so "the indicators of
// programme P in document D" are P's indicators with a row owned by D.

/** Far more than any programme prints; the page says when it stops. */
export const MAX_EDITOR_ROWS = 300;

/** The document and the subject must exist and belong to one municipality; the resource carries the document's status. */
export async function findSubjectInDocumentResource(
  documentId: string,
  subject: { programmeId: string; municipalityId: string } | null,
): Promise<MunicipalityResource | null> {
  const document = await db().pcDocument.findUnique({ where: { id: documentId }, select: { municipalityId: true, status: true, origin: true } });
  if (!document || !subject || document.municipalityId !== subject.municipalityId) return null;
  // A document the import transcribed is read-only, as for figures (lib/auth/data.ts).
  const status = figureLocked(document) && document.status === "CONCEPT" ? ("VASTGESTELD" as const) : document.status;
  return municipalityResource(document.municipalityId, { programmeId: subject.programmeId, documentStatus: status });
}

export async function findIndicatorInDocumentResource(documentId: string, indicatorId: string): Promise<MunicipalityResource | null> {
  const indicator = await db().indicator.findUnique({ where: { id: indicatorId }, select: { programmeId: true, municipalityId: true } });
  return findSubjectInDocumentResource(documentId, indicator?.programmeId ? { programmeId: indicator.programmeId, municipalityId: indicator.municipalityId } : null);
}

export interface EditorIndicator {
  id: string;
  name: string | null;
  definition: string | null;
  unit: "RAPPORTCIJFER" | "PERCENTAGE" | "AANTAL" | "EURO" | "OVERIG";
  unitLabel: string | null;
  decimals: number;
  minValue: string | null;
  maxValue: string | null;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "ON_TARGET";
  sourceName: string | null;
  frequency: "YEARLY" | "BIENNIAL" | "IRREGULAR";
  bbvMandatory: boolean;
  importKey: string | null;
  dimensionName: string | null;
  goalId: string | null;
  goalLabel: string | null;
  retiredFromYear: number | null;
}

export async function listDocumentIndicators(scope: MemberScope, documentId: string, programmeId: string): Promise<EditorIndicator[]> {
  const rows = await db().indicator.findMany({
    where: { municipalityId: scope.municipalityId, programmeId, figures: { some: { documentId } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    take: MAX_EDITOR_ROWS,
    include: { goal: { select: { code: true, title: true } } },
  });
  return rows.map(({ goal, minValue, maxValue, ...r }) => ({
    id: r.id,
    name: r.name,
    definition: r.definition,
    unit: r.unit,
    unitLabel: r.unitLabel,
    decimals: r.decimals,
    minValue: minValue?.toString() ?? null,
    maxValue: maxValue?.toString() ?? null,
    direction: r.direction,
    sourceName: r.sourceName,
    frequency: r.frequency,
    bbvMandatory: r.bbvMandatory,
    importKey: r.importKey,
    dimensionName: r.dimensionName,
    goalId: r.goalId,
    goalLabel: goal ? [goal.code, goal.title].filter(Boolean).join(" ") : null,
    retiredFromYear: r.retiredFromYear,
  }));
}

export interface GoalOption {
  id: string;
  label: string;
  level: "GENERAL" | "GOAL" | "SUBGOAL";
}

/** The goals an indicator or budget line of this programme may hang under in `year`. */
export async function listGoalOptions(scope: MemberScope, programmeId: string, year: number): Promise<GoalOption[]> {
  const goals = await db().goal.findMany({
    where: { programmeId, programme: { municipalityId: scope.municipalityId }, OR: [{ retiredFromYear: null }, { retiredFromYear: { gt: year } }] },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    take: MAX_EDITOR_ROWS,
    select: { id: true, code: true, title: true, level: true },
  });
  return goals.map((g) => ({ id: g.id, level: g.level, label: [g.code, g.title].filter(Boolean).join(" ") }));
}

/** importKey → where the municipality already has it, for the BBV preview. */
export async function listImportKeysIn(scope: MemberScope, keys: string[]): Promise<Map<string, string>> {
  const rows = await db().indicator.findMany({
    where: { municipalityId: scope.municipalityId, importKey: { in: keys } },
    select: { importKey: true, programme: { select: { number: true, name: true } } },
  });
  return new Map(rows.map((r) => [r.importKey!, r.programme ? `programma ${r.programme.number} ${r.programme.name}` : "deze gemeente"]));
}
