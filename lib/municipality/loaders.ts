import "server-only";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { getMunicipalityBySlug, getMunicipalityName, listMunicipalities, type MunicipalityName } from "./data";

// Public pages read through these: the public scope (published documents,
// approved figures) is fixed here, not chosen by the page.

export function loadPublicMunicipalities() {
  return listMunicipalities(PUBLIC_SCOPE);
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
