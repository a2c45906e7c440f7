import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { listedDocumentWhere, municipalityWhere } from "@/lib/auth/visibility";
import { matchesName, normalizeName } from "./search";

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
  documents: { where: listedDocumentWhere(scope), select: { year: true }, orderBy: { year: "desc" as const } },
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

export interface MunicipalityPage {
  municipalities: MunicipalitySummary[];
  /** How many municipalities match, over all pages. */
  total: number;
}

/**
 * One page of the scope's municipalities by name, so a list costs the same
 * with 5 or 500 municipalities. A name search forgives accents and hyphens
 * (lib/municipality/search.ts), which SQL cannot do without an extension: it
 * matches on the names alone and then reads only the page's rows in full.
 */
export async function listMunicipalityPage(
  scope: ReadScope,
  { name, skip, take }: { name?: string; skip: number; take: number },
): Promise<MunicipalityPage> {
  const where = municipalityWhere(scope);
  if (name === undefined || normalizeName(name) === "") {
    const [rows, total] = await Promise.all([
      db().municipality.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take, include: visibleYears(scope) }),
      db().municipality.count({ where }),
    ]);
    return { municipalities: rows.map(toSummary), total };
  }
  const names = await db().municipality.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
  const matching = names.filter((m) => matchesName(m.name, name));
  const ids = matching.slice(skip, skip + take).map((m) => m.id);
  const rows = await db().municipality.findMany({
    where: { id: { in: ids } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: visibleYears(scope),
  });
  return { municipalities: rows.map(toSummary), total: matching.length };
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

/** The given municipalities with their settings in one query, by name. */
export async function listMunicipalityDetails(scope: ReadScope, slugs: string[]): Promise<MunicipalityDetail[]> {
  const rows = await db().municipality.findMany({
    where: { slug: { in: slugs }, ...municipalityWhere(scope) },
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

/** The CBS codes that already have a municipality (platform administration only: every municipality, published or not). */
export async function existingCbsCodes(): Promise<Set<string>> {
  const rows = await db().municipality.findMany({ select: { cbsCode: true } });
  return new Set(rows.map((r) => r.cbsCode));
}
