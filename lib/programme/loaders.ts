import "server-only";
import { thresholdFromSettings } from "@/lib/finance/rules";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { listDocuments, listDocumentsOfMunicipalities, listDocumentSections } from "@/lib/document/data";
import { getDocumentFinance, getDocumentsFinance, getProgrammeFinance, type ProgrammeFinanceDto } from "@/lib/finance/data";
import { listDocumentIndicators, listProgrammeIndicators } from "@/lib/indicator/data";
import { documentOfYear } from "@/lib/cycle";
import { getMunicipalityBySlug, listMunicipalityDetails, type MunicipalityDetail } from "@/lib/municipality/data";
import { COMPARE_MAX_MUNICIPALITIES } from "@/lib/limits";
import { countAchievements, headlineColumn, programmeTotals, type ProgrammeTotals } from "./overview";
import { inCanonicalSigns, type PrintedComparison } from "@/lib/finance/printed";
import type { SignConvention } from "@/lib/finance/sign-convention";
import { yearsToCompare, type ComparisonSelection } from "./comparison-selection";
import { getGoalTree, listActivities, listProgrammesInDocument, listProgrammesInDocuments } from "./data";

// Request-facing reads of the public pages. The scope is fixed here: the
// public sees published documents and approved figures only.

function totalsOf(municipality: MunicipalityDetail, column: ReturnType<typeof headlineColumn>, finance: ProgrammeFinanceDto | undefined) {
  return programmeTotals({
    lines: finance?.lines ?? [],
    printed: finance?.printed ?? [],
    convention: municipality.signConvention,
    threshold: thresholdFromSettings(municipality),
    column,
  });
}

export async function loadPublicYear(slug: string, year: number) {
  const municipality = await getMunicipalityBySlug(PUBLIC_SCOPE, slug);
  if (!municipality) return null;
  const documents = await listDocuments(PUBLIC_SCOPE, municipality.id);
  const document = documentOfYear(documents, year);
  if (!document) return null;
  // One read per kind of thing for all programmes together: the query count does not grow with the programmes (decision 009 §7).
  const [programmes, sections, finance, indicators] = await Promise.all([
    listProgrammesInDocument(PUBLIC_SCOPE, document.id),
    listDocumentSections(PUBLIC_SCOPE, document.id),
    getDocumentFinance(PUBLIC_SCOPE, document),
    listDocumentIndicators(PUBLIC_SCOPE, document),
  ]);
  const column = headlineColumn(document.kind);
  const rows = programmes.map((p) => ({
    ...p,
    totals: totalsOf(municipality, column, finance.get(p.id)),
    achievements: countAchievements(indicators.get(p.id) ?? [], year),
  }));
  return {
    municipality,
    document,
    column,
    years: municipality.years,
    programmes: rows,
    sections: sections.filter((s) => s.programmeId === null),
  };
}

export async function loadPublicProgramme(slug: string, year: number, number: string) {
  const municipality = await getMunicipalityBySlug(PUBLIC_SCOPE, slug);
  if (!municipality) return null;
  const document = documentOfYear(await listDocuments(PUBLIC_SCOPE, municipality.id), year);
  if (!document) return null;
  const programme = (await listProgrammesInDocument(PUBLIC_SCOPE, document.id)).find((p) => p.number === number);
  if (!programme) return null;
  const [goals, activities, indicators, finance, sections] = await Promise.all([
    getGoalTree(PUBLIC_SCOPE, document.id, programme.id),
    listActivities(PUBLIC_SCOPE, document.id, programme.id),
    listProgrammeIndicators(PUBLIC_SCOPE, document, programme.id),
    getProgrammeFinance(PUBLIC_SCOPE, document, programme.id),
    listDocumentSections(PUBLIC_SCOPE, document.id),
  ]);
  return {
    municipality,
    document,
    programme: {
      ...programme,
      goals,
      activities,
      indicators,
      finance,
      sections: sections.filter((s) => s.programmeId === programme.id),
    },
  };
}

export interface ComparisonRow {
  slug: string;
  municipality: string;
  inhabitants: number | null;
  inhabitantsYear: number | null;
  year: number;
  documentTitle: string;
  column: "ACTUAL" | "BUDGET_AMENDED";
  programmeNumber: string;
  programmeName: string;
  /** Canonical euros computed from the exact lines (for the per-inhabitant figures). */
  expenses: bigint | null;
  income: bigint | null;
  balance: bigint | null;
  /** The same three x € 1.000 in the canonical signs: as printed (as adopted) and computed. */
  figures: Record<"expenses" | "income" | "balance", PrintedComparison | null>;
}

/** Side by side, every municipality in one sign form; the printed figure stays the printed one. */
function canonicalFigures(convention: SignConvention, totals: ProgrammeTotals, column: ComparisonRow["column"]): ComparisonRow["figures"] {
  const one = (kind: "EXPENSES" | "INCOME" | "BALANCE", f: PrintedComparison | null) => (f ? inCanonicalSigns(convention, kind, column, f) : null);
  return {
    expenses: one("EXPENSES", totals.figures.expenses),
    income: one("INCOME", totals.figures.income),
    balance: one("BALANCE", totals.figures.balance),
  };
}

/**
 * Programme totals of the chosen municipalities (none chosen: nothing), for
 * their newest or chosen years, within the caps of lib/limits.ts however much
 * the database holds, and in a fixed number of queries: no indicators,
 * sections or per-programme reads, unlike the year page.
 */
export async function loadPublicComparison(selection: Pick<ComparisonSelection, "slugs" | "years">): Promise<ComparisonRow[]> {
  // The cap is enforced here too, so no caller can ask for more than the page would.
  const slugs = selection.slugs.slice(0, COMPARE_MAX_MUNICIPALITIES);
  if (slugs.length === 0) return [];
  const municipalities = await listMunicipalityDetails(PUBLIC_SCOPE, slugs);
  const documentsOf = await listDocumentsOfMunicipalities(PUBLIC_SCOPE, municipalities.map((m) => m.id));
  const shown = municipalities.flatMap((municipality) =>
    yearsToCompare(municipality.years, selection.years).flatMap((year) => {
      const document = documentOfYear(documentsOf.get(municipality.id) ?? [], year);
      return document ? [{ municipality, document, column: headlineColumn(document.kind) }] : [];
    }),
  );
  const [programmesOf, financeOf] = await Promise.all([
    listProgrammesInDocuments(PUBLIC_SCOPE, shown.map((s) => s.document.id)),
    getDocumentsFinance(PUBLIC_SCOPE, shown.map((s) => s.document)),
  ]);
  return shown.flatMap(({ municipality: m, document, column }) =>
    (programmesOf.get(document.id) ?? [])
      .map((p) => ({ p, totals: totalsOf(m, column, financeOf.get(document.id)?.get(p.id)) }))
      .filter(({ totals }) => totals.expenses !== null || totals.income !== null)
      .map(({ p, totals }) => ({
        slug: m.slug,
        municipality: m.name,
        inhabitants: m.inhabitants,
        inhabitantsYear: m.inhabitantsYear,
        year: document.year,
        documentTitle: document.title,
        column,
        programmeNumber: p.number,
        programmeName: p.name,
        expenses: totals.expenses,
        income: totals.income,
        balance: totals.balance,
        figures: canonicalFigures(m.signConvention, totals, column),
      })),
  );
}
