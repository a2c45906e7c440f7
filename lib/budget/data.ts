import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { ownedYears } from "@/lib/cycle/stage";
import { normalizeDecimal } from "@/lib/format/decimal";
import { readAmendedBudgets } from "@/lib/review/data";
import type { ReviewStatus } from "@/lib/review/workflow";
import type { BudgetCategory } from "./totals";

// Reads of the begroting's grids: one concept begroting, one programme, the
// subjects the document reports on (the lines and indicators it owns a figure
// row for in any of its years, decision 009 §1) and their figures in every
// owned year. A fixed number of queries; every query carries the municipality.

export interface GridDocument {
  id: string;
  kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
  year: number;
  projectionYears: number;
  status: "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD";
  origin: "ENTERED" | "IMPORTED" | "TRANSCRIBED" | "RECONSTRUCTED";
  title: string;
}

export interface GridCell {
  id: string;
  version: number;
  /** Canonical: whole euros "1234567" or a decimal "7.4"; null for an empty slot. */
  value: string | null;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

export interface BudgetGridLine {
  id: string;
  category: BudgetCategory;
  label: string;
  product: string | null;
  functionCode: string | null;
  goal: string | null;
  /** Per owned year (as a string key); absent: no figure row yet. */
  cells: Record<string, GridCell>;
  /** Begroting na wijziging of the own year (lib/cycle), read-only beside the primitieve begroting. */
  amended: string | null;
}

export interface BudgetGrid {
  years: number[];
  lines: BudgetGridLine[];
}

const cellSelect = {
  id: true,
  version: true,
  year: true,
  reviewStatus: true,
  reviewComment: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const;

function cell(r: { id: string; version: number; reviewStatus: ReviewStatus; reviewComment: string | null; updatedAt: Date; updatedBy: { name: string } | null }, value: string | null): GridCell {
  return { id: r.id, version: r.version, value, reviewStatus: r.reviewStatus, reviewComment: r.reviewComment, updatedBy: r.updatedBy?.name ?? null, updatedAt: r.updatedAt.toISOString() };
}

/** The document a grid writes to, with what the gate and the grid need; null when it is not this municipality's. */
export async function readGridDocument(client: Db, municipalityId: string, documentId: string): Promise<GridDocument | null> {
  return client.pcDocument.findFirst({
    where: { id: documentId, municipalityId },
    select: { id: true, kind: true, year: true, projectionYears: true, status: true, origin: true, title: true },
  });
}

/** The budget lines of a programme the document owns a figure for, in print order. */
export async function readGridLines(client: Db, municipalityId: string, documentId: string, programmeId: string) {
  return client.budgetLine.findMany({
    where: { municipalityId, programmeId, figures: { some: { documentId } } },
    orderBy: [{ sortOrder: "asc" }, { label: "asc" }, { id: "asc" }],
    select: { id: true, category: true, label: true, product: true, functionCode: true, goal: { select: { code: true, title: true } } },
  });
}

/** The budget figures of those lines in the document's owned years. */
export async function readBudgetCells(client: Db, document: GridDocument, lineIds: string[]) {
  return client.budgetFigure.findMany({
    where: { documentId: document.id, budgetLineId: { in: lineIds }, year: { in: ownedYears(document) } },
    select: { ...cellSelect, budgetLineId: true, amount: true },
  });
}

export async function listBudgetGrid(municipalityId: AuthorizedMunicipalityId, document: GridDocument, programmeId: string): Promise<BudgetGrid> {
  const client = db();
  const lines = await readGridLines(client, municipalityId, document.id, programmeId);
  const ids = lines.map((l) => l.id);
  const [cells, amended] = await Promise.all([readBudgetCells(client, document, ids), readAmendedBudgets(client, municipalityId, document, ids)]);
  return {
    years: ownedYears(document),
    lines: lines.map((l) => ({
      id: l.id,
      category: l.category,
      label: l.label,
      product: l.product,
      functionCode: l.functionCode,
      goal: l.goal ? [l.goal.code, l.goal.title].filter(Boolean).join(" ") : null,
      cells: Object.fromEntries(
        cells.filter((c) => c.budgetLineId === l.id).map((c) => [String(c.year), cell(c, c.amount === null ? null : c.amount.toString())]),
      ),
      amended: amended.get(l.id)?.amount?.toString() ?? null,
    })),
  };
}

/** Who saved the conflicting cells, and what they hold now: read after the rollback. */
export async function readBudgetConflicts(municipalityId: AuthorizedMunicipalityId, documentId: string, keys: { subjectId: string; year: number }[]) {
  if (keys.length === 0) return [];
  const rows = await db().budgetFigure.findMany({
    where: { documentId, document: { municipalityId }, OR: keys.map((k) => ({ budgetLineId: k.subjectId, year: k.year })) },
    select: { ...cellSelect, budgetLineId: true, amount: true },
  });
  return keys.map((k) => {
    const row = rows.find((r) => r.budgetLineId === k.subjectId && r.year === k.year);
    return { subjectId: k.subjectId, year: k.year, current: row ? cell(row, row.amount === null ? null : row.amount.toString()) : null };
  });
}

// ---------------------------------------------------------------- streefwaarden

export interface TargetGridRow {
  indicatorId: string;
  dimensionValue: string;
  name: string | null;
  unit: "RAPPORTCIJFER" | "PERCENTAGE" | "AANTAL" | "EURO" | "OVERIG";
  unitLabel: string | null;
  decimals: number;
  minValue: string | null;
  maxValue: string | null;
  goal: string | null;
  cells: Record<string, GridCell>;
}

const decimal = (d: { toString(): string } | null) => (d === null ? null : normalizeDecimal(d.toString()));

/** The indicator values (indicator × dimension) of a programme the document owns a figure for, in print order. */
export async function readTargetSubjects(client: Db, municipalityId: string, document: GridDocument, programmeId: string) {
  const figures = await client.indicatorFigure.findMany({
    where: { documentId: document.id, year: { in: ownedYears(document) }, indicator: { municipalityId, programmeId } },
    orderBy: [{ indicator: { sortOrder: "asc" } }, { dimensionValue: "asc" }, { year: "asc" }],
    select: {
      ...cellSelect,
      indicatorId: true,
      dimensionValue: true,
      value: true,
      indicator: { select: { name: true, unit: true, unitLabel: true, decimals: true, minValue: true, maxValue: true, goal: { select: { code: true, title: true } } } },
    },
  });
  const rows = new Map<string, TargetGridRow>();
  for (const f of figures) {
    const key = `${f.indicatorId}\u0000${f.dimensionValue}`;
    let row = rows.get(key);
    if (!row) {
      const { goal, minValue, maxValue, ...indicator } = f.indicator;
      row = {
        indicatorId: f.indicatorId,
        dimensionValue: f.dimensionValue,
        ...indicator,
        minValue: decimal(minValue),
        maxValue: decimal(maxValue),
        goal: goal ? [goal.code, goal.title].filter(Boolean).join(" ") : null,
        cells: {},
      };
      rows.set(key, row);
    }
    row.cells[String(f.year)] = cell(f, decimal(f.value));
  }
  return [...rows.values()];
}

export async function listTargetGrid(municipalityId: AuthorizedMunicipalityId, document: GridDocument, programmeId: string) {
  return { years: ownedYears(document), rows: await readTargetSubjects(db(), municipalityId, document, programmeId) };
}

export async function readTargetConflicts(municipalityId: AuthorizedMunicipalityId, documentId: string, keys: { indicatorId: string; dimensionValue: string; year: number }[]) {
  if (keys.length === 0) return [];
  const rows = await db().indicatorFigure.findMany({
    where: { documentId, document: { municipalityId }, OR: keys.map((k) => ({ indicatorId: k.indicatorId, dimensionValue: k.dimensionValue, year: k.year })) },
    select: { ...cellSelect, indicatorId: true, dimensionValue: true, value: true },
  });
  return keys.map((k) => {
    const row = rows.find((r) => r.indicatorId === k.indicatorId && r.dimensionValue === k.dimensionValue && r.year === k.year);
    return { ...k, current: row ? cell(row, decimal(row.value)) : null };
  });
}
