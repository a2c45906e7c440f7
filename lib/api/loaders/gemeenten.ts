import "server-only";
import { listMunicipalityPage, type MunicipalitySummary } from "@/lib/municipality/data";
import { listDocuments } from "@/lib/document/data";
import { conventionLegend } from "@/lib/finance/sign-convention";
import { paths } from "../links";
import type { listMunicipalitiesOperation, getMunicipalityOperation, listYearsOperation } from "../operations/gemeenten";
import { CSV_READ, assertCsvWithinCap } from "../csv-limit";
import { pageLinks } from "../pagination";
import type { LoaderFor } from "../route";
import { deviationRule, documentKind, documentStatus, signConvention } from "../vocabulary";
import { inhabitants, municipalityRef, requireMunicipality, scope } from "./context";

function summaryBody(m: MunicipalitySummary) {
  return {
    slug: m.slug,
    naam: m.name,
    cbsCode: m.cbsCode,
    provincie: m.province,
    inwoners: inhabitants(m),
    jaren: m.years,
    _links: { self: { href: paths.municipality(m.slug) }, jaren: { href: paths.years(m.slug) } },
  };
}

export const loadMunicipalities: LoaderFor<typeof listMunicipalitiesOperation> = async ({ query, url, paging }) => {
  const read = paging ? { skip: (paging.page - 1) * paging.pageSize, take: paging.pageSize } : CSV_READ;
  const { municipalities, total } = await listMunicipalityPage(scope, { name: query.naam, ...read });
  if (!paging) assertCsvWithinCap(total, "gemeenten", "naam");
  const page = { ...(paging ?? { page: 1, pageSize: Math.max(total, 1) }), total };
  return {
    body: { gemeenten: municipalities.map(summaryBody), _links: pageLinks(url, page) },
    page: paging ? page : undefined,
  };
};

export const loadMunicipality: LoaderFor<typeof getMunicipalityOperation> = async ({ params }) => {
  const m = await requireMunicipality(params.slug);
  return {
    body: {
      ...summaryBody(m),
      instellingen: {
        tekenconventie: signConvention.of(m.signConvention),
        tekenconventieUitleg: conventionLegend(m.signConvention),
        toelichtingsgrens: {
          bedrag: m.deviationThresholdAmount?.toString() ?? null,
          percentage: m.deviationThresholdPercent,
          regel: deviationRule.of(m.deviationRule),
        },
      },
    },
  };
};

export const loadYears: LoaderFor<typeof listYearsOperation> = async ({ params }) => {
  const m = await requireMunicipality(params.slug);
  const documents = await listDocuments(scope, m.id);
  const years = [...new Set(documents.map((d) => d.year))];
  return {
    body: {
      gemeente: municipalityRef(m),
      jaren: years.map((year) => ({
        jaar: year,
        documenten: documents
          .filter((d) => d.year === year)
          .map((d) => ({
            soort: documentKind.of(d.kind),
            titel: d.title,
            status: documentStatus.of(d.status),
            _links: { programmas: { href: paths.programmes(m.slug, year, d.kind) } },
          })),
        _links: { programmas: { href: paths.programmes(m.slug, year) } },
      })),
      _links: { self: { href: paths.years(m.slug) } },
    },
  };
};
