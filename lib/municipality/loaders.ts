import "server-only";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { MUNICIPALITY_LIST_PAGE_SIZE } from "@/lib/limits";
import { getMunicipalityBySlug, getMunicipalityName, listMunicipalities, listMunicipalityPage, type MunicipalityName } from "./data";

// Public pages read through these: the public scope (published documents,
// approved figures) is fixed here, not chosen by the page.

/** Every public municipality with its years: only for choosing (the comparison form), never rendered as cards. */
export function loadPublicMunicipalities() {
  return listMunicipalities(PUBLIC_SCOPE);
}

/** One page (from 1) of the home page list, optionally only names matching `query`. */
export async function loadPublicMunicipalityPage(query: string, page: number) {
  const pageSize = MUNICIPALITY_LIST_PAGE_SIZE;
  const result = await listMunicipalityPage(PUBLIC_SCOPE, { name: query, skip: (page - 1) * pageSize, take: pageSize });
  return { ...result, page, pageCount: Math.max(1, Math.ceil(result.total / pageSize)) };
}

export function loadPublicMunicipality(slug: string) {
  return getMunicipalityBySlug(PUBLIC_SCOPE, slug);
}

/** What the address /<slug> shows: the latest published year, or that nothing is published yet. */
export type PublicMunicipalityHome =
  | { kind: "published"; slug: string; latestYear: number }
  | { kind: "nothingPublished"; municipality: MunicipalityName };

export async function loadPublicMunicipalityHome(slug: string): Promise<PublicMunicipalityHome | null> {
  const published = await getMunicipalityBySlug(PUBLIC_SCOPE, slug);
  const latestYear = published?.years[0];
  if (published && latestYear !== undefined) return { kind: "published", slug: published.slug, latestYear };
  const municipality = await getMunicipalityName(slug);
  return municipality ? { kind: "nothingPublished", municipality } : null;
}
