import "server-only";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { getMunicipalityBySlug, listMunicipalities } from "./data";

// Public pages read through these: the public scope (published documents,
// approved figures) is fixed here, not chosen by the page.

export function loadPublicMunicipalities() {
  return listMunicipalities(PUBLIC_SCOPE);
}

export function loadPublicMunicipality(slug: string) {
  return getMunicipalityBySlug(PUBLIC_SCOPE, slug);
}
