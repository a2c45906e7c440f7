import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { figureWhere, municipalityWhere } from "@/lib/auth/visibility";
import { figuresInclude, indicatorDescription, readModelOf, type IndicatorDto, type IndicatorValueDto } from "../data";

// Indicator values across municipalities, for the open data API's comparison.
// An indicator only appears with at least one value visible in the scope, and
// only with those values.

export interface ComparisonFilter {
  /** Case-insensitive part of the indicator's name. */
  name?: string;
  ids?: string[];
  year?: number;
  bbvMandatory?: boolean;
}

export interface ComparedValueDto extends IndicatorValueDto {
  document: { kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN"; year: number; title: string };
}

export interface ComparedIndicatorDto extends Omit<IndicatorDto, "values" | "goalId" | "importKey"> {
  municipality: {
    slug: string;
    name: string;
    cbsCode: string;
    inhabitants: number | null;
    inhabitantsYear: number | null;
  };
  programme: { number: string; name: string } | null;
  values: ComparedValueDto[];
}

function comparisonWhere(scope: ReadScope, filter: ComparisonFilter) {
  const ofYear = filter.year === undefined ? {} : { year: filter.year };
  const where = {
    municipality: municipalityWhere(scope),
    figures: { some: { ...figureWhere(scope), ...ofYear } },
    ...(filter.name === undefined ? {} : { name: { contains: filter.name, mode: "insensitive" as const } }),
    ...(filter.ids === undefined ? {} : { id: { in: filter.ids } }),
    ...(filter.bbvMandatory === undefined ? {} : { bbvMandatory: filter.bbvMandatory }),
  };
  return { where, ofYear };
}

/** How many indicators match, without reading them: lets a caller refuse a selection that is too large first. */
export async function countIndicatorsForComparison(scope: ReadScope, filter: ComparisonFilter): Promise<number> {
  return db().indicator.count({ where: comparisonWhere(scope, filter).where });
}

/** One page of matching indicators and the total count. */
export async function findIndicatorsForComparison(
  scope: ReadScope,
  filter: ComparisonFilter,
  page: { skip: number; take: number },
): Promise<{ indicators: ComparedIndicatorDto[]; total: number }> {
  const { where, ofYear } = comparisonWhere(scope, filter);
  const [rows, total] = await Promise.all([
    db().indicator.findMany({
      where,
      orderBy: [{ municipality: { name: "asc" } }, { name: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
      ...page,
      include: {
        municipality: { select: { slug: true, name: true, cbsCode: true, inhabitants: true, inhabitantsYear: true } },
        programme: { select: { number: true, name: true } },
        ...figuresInclude(scope, ofYear),
      },
    }),
    db().indicator.count({ where }),
  ]);
  const indicators = rows.map((i) => {
    const { values, targets, actuals } = readModelOf(i.figures, i.targetAmendments.filter((a) => filter.year === undefined || a.year === filter.year), null);
    return {
    id: i.id,
    ...indicatorDescription(i),
    municipality: {
      slug: i.municipality.slug,
      name: i.municipality.name,
      cbsCode: i.municipality.cbsCode,
      inhabitants: i.municipality.inhabitants,
      inhabitantsYear: i.municipality.inhabitantsYear,
    },
    programme: i.programme,
    values: values.map((v) => ({ ...v, document: { kind: v.printedIn.kind, year: v.printedIn.year, title: v.printedIn.title } })),
    targets,
    actuals,
    };
  });
  return { indicators, total };
}
