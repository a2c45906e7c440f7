/**
 * Which changes a begrotingswijziging accepts (decision 009 §3, §5). Pure, so
 * the pages show the same Dutch reason the server refuses with.
 */
import { amendmentLockReason, type AmendmentStatus } from "@/lib/cycle";

export type Category = "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
export const CATEGORIES: readonly Category[] = ["EXPENSES", "INCOME", "RESERVE_ADDITION", "RESERVE_WITHDRAWAL"];

export interface AmendmentFacts {
  number: string;
  status: AmendmentStatus;
  unspecified: boolean;
}

export const UNSPECIFIED_READ_ONLY_MESSAGE =
  "Deze wijziging is bij de import gemaakt uit de gedrukte begroting na wijziging en kan hier niet worden gewijzigd.";

/** Why nothing of this wijziging may be written any more; null while it is an editable concept. */
export function writeRefusal(a: AmendmentFacts): string | null {
  if (a.unspecified) return UNSPECIFIED_READ_ONLY_MESSAGE;
  return amendmentLockReason(a);
}

export type DocumentStatus = "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD";

export interface AdoptionFacts extends AmendmentFacts {
  year: number;
  date: Date | null;
  /** The status of the jaarstukken of the wijziging's year, when they exist. */
  jaarstukkenStatus: DocumentStatus | null;
}

/**
 * Vaststellen needs a concept with a date of the decision, in a year whose
 * jaarstukken are still open: once the raad adopted the jaarstukken, the
 * authorised budget they were judged against must not move afterwards.
 */
export function adoptionRefusal(a: AdoptionFacts): string | null {
  const refusal = writeRefusal(a);
  if (refusal) return refusal;
  if (a.jaarstukkenStatus !== null && a.jaarstukkenStatus !== "CONCEPT") {
    return `De jaarstukken ${a.year} zijn al vastgesteld: een begrotingswijziging voor ${a.year} kan niet meer worden vastgesteld.`;
  }
  if (a.date === null) return "Vul eerst de datum van het besluit in: een vastgestelde wijziging heeft een besluitdatum.";
  return null;
}

/** Σ delta per category, so a list shows what a wijziging does to lasten, baten and reserves. */
export function totalsPerCategory(lines: readonly { category: Category; delta: bigint }[]): Record<Category, bigint> {
  const totals: Record<Category, bigint> = { EXPENSES: 0n, INCOME: 0n, RESERVE_ADDITION: 0n, RESERVE_WITHDRAWAL: 0n };
  for (const line of lines) totals[line.category] += line.delta;
  return totals;
}

export function duplicateNumberMessage(number: string, year: number): string {
  return `Er is al een begrotingswijziging met nummer ${number} in ${year}. Kies een ander nummer.`;
}

type PrintingKind = "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";

/** The newest account of the year: the jaarstukken, then the latest bestuursrapportage. */
function printingRank(d: { kind: PrintingKind; sequence: number } | null): number {
  if (!d) return -1;
  return d.kind === "JAARSTUKKEN" ? 1_000_000 : d.kind === "BESTUURSRAPPORTAGE" ? 1000 + d.sequence : 0;
}

/**
 * The wijzigingen that make up a year's begroting na wijziging: every specified
 * one, plus the unspecified ones of ONE printing document. Each printing
 * document's unspecified wijziging carries the whole difference it printed, so
 * counting those of a bestuursrapportage and of the jaarstukken would count the
 * same wijzigingen twice; the newest account of the year wins.
 */
export function countedAmendmentIds(
  amendments: readonly { id: string; unspecified: boolean; documentId: string | null; document: { kind: PrintingKind; sequence: number } | null }[],
): Set<string> {
  let printing: (typeof amendments)[number] | null = null;
  for (const a of amendments) {
    if (a.unspecified && (printing === null || printingRank(a.document) > printingRank(printing.document))) printing = a;
  }
  return new Set(amendments.filter((a) => !a.unspecified || a.documentId === printing?.documentId).map((a) => a.id));
}
