import "server-only";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { documentOfYear } from "@/lib/cycle";
import { listDocuments, type DocumentSummary } from "@/lib/document/data";
import { getMunicipalityBySlug, type MunicipalityDetail } from "@/lib/municipality/data";
import { paths } from "../links";
import { notFound } from "../problem";
import { documentKind, documentStatus } from "../vocabulary";

// The open data API reads in the public scope only: published documents and
// approved figures. It is fixed here, never chosen by a request.
export const scope = PUBLIC_SCOPE;

export async function requireMunicipality(slug: string): Promise<MunicipalityDetail> {
  const municipality = await getMunicipalityBySlug(scope, slug);
  if (!municipality) throw notFound(`Gemeente '${slug}' bestaat niet of heeft nog niets gepubliceerd.`);
  return municipality;
}

type Kind = DocumentSummary["kind"];

const KIND_NAMES: Record<Kind, string> = {
  BEGROTING: "begroting",
  BESTUURSRAPPORTAGE: "bestuursrapportage",
  JAARSTUKKEN: "jaarstukken",
};

export interface YearDocument {
  municipality: MunicipalityDetail;
  document: DocumentSummary;
}

export async function requireDocument(slug: string, year: number, kind?: Kind): Promise<YearDocument> {
  const municipality = await requireMunicipality(slug);
  const documents = (await listDocuments(scope, municipality.id)).filter((d) => d.year === year);
  if (documents.length === 0) {
    const years = municipality.years.join(", ");
    throw notFound(`${municipality.name} heeft over ${year} geen gepubliceerd document. Jaren met publicaties: ${years}.`);
  }
  // Without a requested kind, the document that says most about the year, as on the public pages (lib/cycle).
  const document = documentOfYear(kind ? documents.filter((d) => d.kind === kind) : documents, year);
  if (!document) {
    const available = documents.map((d) => KIND_NAMES[d.kind]).join(", ");
    throw notFound(`${municipality.name} heeft over ${year} geen gepubliceerde ${KIND_NAMES[kind!]}. Wel gepubliceerd: ${available}.`);
  }
  return { municipality, document };
}

export function municipalityRef(m: { slug: string; name: string; cbsCode: string }) {
  return { slug: m.slug, naam: m.name, cbsCode: m.cbsCode, _links: { self: { href: paths.municipality(m.slug) } } };
}

export function documentRef(d: DocumentSummary) {
  return { soort: documentKind.of(d.kind), jaar: d.year, titel: d.title, status: documentStatus.of(d.status) };
}

export function inhabitants(m: { inhabitants: number | null; inhabitantsYear: number | null }) {
  return m.inhabitants === null
    ? null
    : { aantal: m.inhabitants, jaar: m.inhabitantsYear, bronvermelding: "Bron: CBS" as const };
}
