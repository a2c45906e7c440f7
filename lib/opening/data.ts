import "server-only";
import { db, type Db } from "@/lib/db";
import type { MemberScope } from "@/lib/auth/scope";
import { normalizeDecimal } from "@/lib/format/decimal";
import type { FinancialCategory, IndicatorUnit } from "@/lib/generated/prisma/client";
import { MAX_AMENDMENT_ROWS } from "@/lib/amendment/schema";
import { openingTarget, type OpeningColumn, type OpeningFacts } from "./rules";

const decimal = (d: { toString(): string } | null) => (d === null ? null : normalizeDecimal(d.toString()));

// Reads of the beginstand (lib/opening/rules.ts). Every query carries the
// municipality, so an id of another municipality reads nothing.

export interface OpeningDocument {
  id: string;
  municipalityId: string;
  kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
  year: number;
  status: "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD";
  title: string;
}

export interface StoredCell {
  value: string | null;
  version: number;
}

export interface OpeningLine {
  id: string;
  category: FinancialCategory;
  label: string;
  product: string | null;
  stored: Partial<Record<OpeningColumn, StoredCell>>;
}

export interface OpeningIndicator {
  indicatorId: string;
  dimensionValue: string;
  name: string | null;
  unit: IndicatorUnit;
  unitLabel: string | null;
  decimals: number;
  minValue: string | null;
  maxValue: string | null;
  stored: StoredCell | null;
}

export async function readOpeningFacts(client: Db, municipalityId: string, year: number): Promise<OpeningFacts> {
  const real = { origin: { not: "RECONSTRUCTED" as const } };
  // In order, not Promise.all: the save runs this on its transaction's single connection.
  const begroting = await client.pcDocument.count({ where: { municipalityId, kind: "BEGROTING", year, ...real } });
  const jaarstukken = await client.pcDocument.count({ where: { municipalityId, kind: "JAARSTUKKEN", year: year - 1, ...real } });
  return { realBegrotingOfYear: begroting > 0, realJaarstukkenOfPreviousYear: jaarstukken > 0 };
}

export function findOpeningDocument(client: Db, municipalityId: string, documentId: string): Promise<OpeningDocument | null> {
  return client.pcDocument.findFirst({
    where: { id: documentId, municipalityId, origin: { not: "RECONSTRUCTED" } },
    select: { id: true, municipalityId: true, kind: true, year: true, status: true, title: true },
  });
}

const reconstructionOf = (document: OpeningDocument, column: OpeningColumn) => ({
  origin: "RECONSTRUCTED" as const,
  reconstructedFromId: document.id,
  ...openingTarget(column, document.year),
});

/**
 * The budget lines and indicators this document reports in one programme, each
 * with what its beginstand holds now. Four queries, capped at what one form posts.
 */
export async function readOpeningRows(client: Db, document: OpeningDocument, programmeId: string) {
  const { municipalityId } = document;
  // In order, not Promise.all: the save runs this on its transaction's single connection.
  const lines = await client.budgetLine.findMany({
    where: { municipalityId, programmeId, figures: { some: { documentId: document.id } } },
    orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
    take: MAX_AMENDMENT_ROWS,
    select: { id: true, category: true, label: true, product: true },
  });
  const figures = await client.budgetFigure.findMany({
    where: {
      budgetLine: { municipalityId, programmeId },
      OR: [
        { document: reconstructionOf(document, "PRIMITIEF"), year: document.year },
        { document: reconstructionOf(document, "VORIG_JAAR"), year: document.year - 1 },
      ],
    },
    take: 2 * MAX_AMENDMENT_ROWS,
    select: { budgetLineId: true, amount: true, version: true, document: { select: { kind: true } } },
  });
  const indicatorFigures = await client.indicatorFigure.findMany({
    where: { documentId: document.id, year: document.year, indicator: { municipalityId, programmeId } },
    orderBy: [{ indicator: { sortOrder: "asc" } }, { dimensionValue: "asc" }],
    take: MAX_AMENDMENT_ROWS,
    select: {
      indicatorId: true,
      dimensionValue: true,
      indicator: { select: { name: true, unit: true, unitLabel: true, decimals: true, minValue: true, maxValue: true } },
    },
  });
  const targets = await client.indicatorFigure.findMany({
    where: { document: reconstructionOf(document, "PRIMITIEF"), year: document.year, indicator: { municipalityId, programmeId } },
    take: MAX_AMENDMENT_ROWS,
    select: { indicatorId: true, dimensionValue: true, value: true, version: true },
  });
  const openingLines: OpeningLine[] = lines.map((line) => {
    const stored: OpeningLine["stored"] = {};
    for (const f of figures.filter((f) => f.budgetLineId === line.id)) {
      stored[f.document.kind === "BEGROTING" ? "PRIMITIEF" : "VORIG_JAAR"] = { value: f.amount?.toString() ?? null, version: f.version };
    }
    return { ...line, stored };
  });
  const openingIndicators: OpeningIndicator[] = indicatorFigures.map((f) => {
    const target = targets.find((t) => t.indicatorId === f.indicatorId && t.dimensionValue === f.dimensionValue);
    return {
      indicatorId: f.indicatorId,
      dimensionValue: f.dimensionValue,
      ...f.indicator,
      minValue: decimal(f.indicator.minValue),
      maxValue: decimal(f.indicator.maxValue),
      stored: target ? { value: decimal(target.value), version: target.version } : null,
    };
  });
  return { lines: openingLines, indicators: openingIndicators };
}

/** The page's read: the document, what the monitor has of its year, and the rows with their beginstand. */
export async function readOpeningView(scope: MemberScope, documentId: string, programmeId: string) {
  const document = await findOpeningDocument(db(), scope.municipalityId, documentId);
  if (!document) return null;
  const [facts, rows] = await Promise.all([readOpeningFacts(db(), scope.municipalityId, document.year), readOpeningRows(db(), document, programmeId)]);
  return { document, facts, rows };
}
