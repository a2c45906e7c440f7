import "server-only";
import { db } from "@/lib/db";
import { lineTitle } from "@/lib/finance/labels";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { FIGURE_KIND_NAMES, type FigureKind } from "@/lib/figure-kinds";

// Reads of the audit trail for the workplace: the history of one figure and
// the recent changes of a programme. Every query is limited to the authorised
// municipality, so an id of another municipality's figure returns nothing.

export interface AuditEntryDto {
  id: string;
  at: string;
  user: string | null;
  entityType: string;
  entityId: string;
  action: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
}

const entrySelect = {
  id: true,
  at: true,
  entityType: true,
  entityId: true,
  action: true,
  field: true,
  oldValue: true,
  newValue: true,
  reason: true,
  user: { select: { name: true } },
} as const;

function toDto(e: {
  id: bigint;
  at: Date;
  entityType: string;
  entityId: string;
  action: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
  user: { name: string } | null;
}): AuditEntryDto {
  return { ...e, id: e.id.toString(), at: e.at.toISOString(), user: e.user?.name ?? null };
}

/**
 * Every entry about one figure (or document), newest first. A figure's
 * entries may be stored under its old and its new name (lib/figure-kinds.ts).
 */
export async function listEntityHistory(
  municipalityId: AuthorizedMunicipalityId,
  entityTypes: string[],
  entityId: string,
): Promise<AuditEntryDto[]> {
  const rows = await db().auditEntry.findMany({
    where: { municipalityId, entityType: { in: entityTypes }, entityId },
    orderBy: { id: "desc" },
    select: entrySelect,
  });
  return rows.map(toDto);
}

/** The latest entries about any of these entities, newest first. */
export async function listRecentChanges(
  municipalityId: AuthorizedMunicipalityId,
  entityIds: string[],
  take = 25,
): Promise<AuditEntryDto[]> {
  if (entityIds.length === 0) return [];
  const rows = await db().auditEntry.findMany({
    where: { municipalityId, entityId: { in: entityIds } },
    orderBy: { id: "desc" },
    take,
    select: entrySelect,
  });
  return rows.map(toDto);
}

export interface FigureSubject {
  kind: FigureKind;
  id: string;
  /** What the figure is, in words: the indicator value's title or the line's category and label. */
  title: string;
  detail: string;
  unit: "RAPPORTCIJFER" | "PERCENTAGE" | "AANTAL" | "EURO" | "OVERIG" | null;
  unitLabel: string | null;
  decimals: number;
  documentTitle: string;
  year: number;
  kindOfDocument: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
  sequenceOfDocument: number;
  programmeNumber: string;
  programmeName: string;
}

/** The figure a history page is about, only when it belongs to the authorised municipality. */
export async function findFigureSubject(
  municipalityId: AuthorizedMunicipalityId,
  kind: FigureKind,
  id: string,
): Promise<FigureSubject | null> {
  const document = { select: { title: true, year: true, kind: true, sequence: true } } as const;
  const programme = { select: { number: true, name: true } } as const;
  if (kind === "indicatorValue") {
    const v = await db().indicatorFigure.findFirst({
      where: { id, document: { municipalityId }, indicator: { municipalityId } },
      select: {
        year: true,
        dimensionValue: true,
        document,
        indicator: { select: { name: true, unit: true, unitLabel: true, decimals: true, programme } },
      },
    });
    if (!v || !v.indicator.programme) return null;
    return {
      kind,
      id,
      title: indicatorValueTitle({ name: v.indicator.name, dimensionValue: v.dimensionValue }),
      detail: `Indicator, ${v.year}`,
      unit: v.indicator.unit,
      unitLabel: v.indicator.unitLabel,
      decimals: v.indicator.decimals,
      documentTitle: v.document.title,
      year: v.document.year,
      kindOfDocument: v.document.kind,
      sequenceOfDocument: v.document.sequence,
      programmeNumber: v.indicator.programme.number,
      programmeName: v.indicator.programme.name,
    };
  }
  const f = await db().budgetFigure.findFirst({
    where: { id, document: { municipalityId }, budgetLine: { municipalityId } },
    select: { year: true, document, budgetLine: { select: { label: true, category: true, programme } } },
  });
  if (!f) return null;
  return {
    kind,
    id,
    title: lineTitle(f.budgetLine),
    detail: `${FIGURE_KIND_NAMES[kind].label}, ${f.year}`,
    unit: null,
    unitLabel: null,
    decimals: 0,
    documentTitle: f.document.title,
    year: f.document.year,
    kindOfDocument: f.document.kind,
    sequenceOfDocument: f.document.sequence,
    programmeNumber: f.budgetLine.programme.number,
    programmeName: f.budgetLine.programme.name,
  };
}
