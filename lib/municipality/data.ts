import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere, municipalityWhere } from "@/lib/auth/visibility";

export interface MunicipalitySummary {
  id: string;
  cbsCode: string;
  name: string;
  slug: string;
  province: string | null;
  inhabitants: number | null;
  inhabitantsYear: number | null;
  /** Years with a document visible in this scope, newest first. */
  years: number[];
}

const visibleYears = (scope: ReadScope) => ({
  documents: { where: documentWhere(scope), select: { year: true }, orderBy: { year: "desc" as const } },
});

function toSummary(m: {
  id: string;
  cbsCode: string;
  name: string;
  slug: string;
  province: string | null;
  inhabitants: number | null;
  inhabitantsYear: number | null;
  documents: { year: number }[];
}): MunicipalitySummary {
  return {
    id: m.id,
    cbsCode: m.cbsCode,
    name: m.name,
    slug: m.slug,
    province: m.province,
    inhabitants: m.inhabitants,
    inhabitantsYear: m.inhabitantsYear,
    years: [...new Set(m.documents.map((d) => d.year))],
  };
}

export async function listMunicipalities(scope: ReadScope): Promise<MunicipalitySummary[]> {
  const rows = await db().municipality.findMany({
    where: municipalityWhere(scope),
    orderBy: { name: "asc" },
    include: visibleYears(scope),
  });
  return rows.map(toSummary);
}

export interface MunicipalityDetail extends MunicipalitySummary {
  signConvention: "EXPENSES_NEGATIVE" | "ADVANTAGE_NEGATIVE" | "BOTH_POSITIVE";
  deviationThresholdAmount: bigint | null;
  deviationThresholdPercent: string | null;
  deviationRule: "AMOUNT_OR_PERCENT" | "AMOUNT_AND_PERCENT";
}

type MunicipalityRow = Parameters<typeof toSummary>[0] & {
  signConvention: MunicipalityDetail["signConvention"];
  deviationThresholdAmount: bigint | null;
  deviationThresholdPercent: { toString(): string } | null;
  deviationRule: MunicipalityDetail["deviationRule"];
};

function toDetail(m: MunicipalityRow): MunicipalityDetail {
  return {
    ...toSummary(m),
    signConvention: m.signConvention,
    deviationThresholdAmount: m.deviationThresholdAmount,
    deviationThresholdPercent: m.deviationThresholdPercent?.toString() ?? null,
    deviationRule: m.deviationRule,
  };
}

export async function getMunicipalityBySlug(scope: ReadScope, slug: string): Promise<MunicipalityDetail | null> {
  const m = await db().municipality.findFirst({
    where: { slug, ...municipalityWhere(scope) },
    include: visibleYears(scope),
  });
  return m ? toDetail(m) : null;
}

/** Several municipalities with their settings in one query, by name; all of the scope when no slugs are given. */
export async function listMunicipalityDetails(scope: ReadScope, slugs?: string[]): Promise<MunicipalityDetail[]> {
  const rows = await db().municipality.findMany({
    where: { ...(slugs ? { slug: { in: slugs } } : {}), ...municipalityWhere(scope) },
    orderBy: { name: "asc" },
    include: visibleYears(scope),
  });
  return rows.map(toDetail);
}

/** Name and address of a municipality, published or not; nothing from its documents. */
export interface MunicipalityName {
  name: string;
  slug: string;
}

/**
 * For the public page of a municipality that has not published yet: that it
 * exists is public (the workplace links to it), what it is working on is not,
 * so only the name leaves the database.
 */
export async function getMunicipalityName(slug: string): Promise<MunicipalityName | null> {
  return db().municipality.findUnique({ where: { slug }, select: { name: true, slug: true } });
}
