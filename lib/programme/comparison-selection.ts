// What the programme-totals comparison may show for one request: at most
// COMPARE_MAX_MUNICIPALITIES municipalities and, per municipality,
// COMPARE_MAX_YEARS years (see lib/limits.ts for why). Pure, so the page's
// notice and the loader's read follow the same rule.
import { COMPARE_MAX_MUNICIPALITIES, COMPARE_MAX_YEARS } from "@/lib/limits";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation/fields";
import { formatInteger } from "@/lib/format/number";

export interface ComparisonSelection {
  /** Chosen slugs, in the order given, without repeats, at most the cap. */
  slugs: string[];
  /** Chosen years, newest first, at most the cap; empty: the newest years of each municipality. */
  years: number[];
  /** How many chosen municipalities were left out by the cap. */
  municipalitiesLeftOut: number;
  /** How many chosen years were left out by the cap. */
  yearsLeftOut: number;
}

const asList = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

export function comparisonSelection(rawSlugs: string | string[] | undefined, rawYears?: string | string[]): ComparisonSelection {
  const slugs = [...new Set(asList(rawSlugs).map((s) => s.trim()).filter((s) => s !== "" && s.length <= 100))];
  const years = [
    ...new Set(
      asList(rawYears)
        .map((y) => Number(y))
        .filter((y) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR),
    ),
  ].sort((a, b) => b - a);
  return {
    slugs: slugs.slice(0, COMPARE_MAX_MUNICIPALITIES),
    years: years.slice(0, COMPARE_MAX_YEARS),
    municipalitiesLeftOut: Math.max(0, slugs.length - COMPARE_MAX_MUNICIPALITIES),
    yearsLeftOut: Math.max(0, years.length - COMPARE_MAX_YEARS),
  };
}

/** The years of one municipality the comparison shows: of the chosen years those it published, else its newest. */
export function yearsToCompare(published: readonly number[], chosen: readonly number[]): number[] {
  const newestFirst = [...new Set(published)].sort((a, b) => b - a);
  const wanted = chosen.length ? newestFirst.filter((y) => chosen.includes(y)) : newestFirst;
  return wanted.slice(0, COMPARE_MAX_YEARS);
}

/** Dutch notices for what the caps left out of the reader's choice; `chosen` are the chosen municipalities with their published years. */
export function selectionNotices(selection: ComparisonSelection, chosen: readonly { years: readonly number[] }[]): string[] {
  const notices: string[] = [];
  if (selection.municipalitiesLeftOut > 0) {
    notices.push(
      `U koos ${formatInteger(selection.slugs.length + selection.municipalitiesLeftOut)} gemeenten; er worden er hoogstens ` +
        `${COMPARE_MAX_MUNICIPALITIES} tegelijk vergeleken. De laatste ${formatInteger(selection.municipalitiesLeftOut)} zijn weggelaten: vergelijk ze in een tweede keer.`,
    );
  }
  if (selection.yearsLeftOut > 0) {
    notices.push(`U koos meer dan ${COMPARE_MAX_YEARS} jaren; alleen de ${COMPARE_MAX_YEARS} nieuwste daarvan worden getoond.`);
  } else if (selection.years.length === 0 && chosen.some((m) => new Set(m.years).size > COMPARE_MAX_YEARS)) {
    notices.push(`Per gemeente staan hier de ${COMPARE_MAX_YEARS} nieuwste jaren. Kies hierboven jaren om andere te zien.`);
  }
  return notices;
}
