/**
 * Begroting na wijziging (decision 009 §4, §5): derived, never typed, so it can
 * no longer disagree with the wijzigingen it is made of. It is the authorised
 * budget of begrotingsrechtmatigheid, which is why it must be exact.
 */
import { olderFirst } from "./amendment-order";

export type AmendmentStatus = "CONCEPT" | "VASTGESTELD" | "VERWORPEN";

/** One wijziging's effect on one budget line; `delta` is in the line's canonical direction (decision 002). */
export interface LineAmendment {
  amendmentId: string;
  number: string;
  date: Date | null;
  status: AmendmentStatus;
  delta: bigint;
  unspecified: boolean;
  proposedByDocumentId: string | null;
}

export type BudgetBasis = "computed" | "printed";

export interface AmendedBudget {
  amount: bigint | null;
  basis: BudgetBasis | null;
  /** The wijzigingen that make up `amount`, oldest first; empty unless the basis is "computed". */
  adopted: LineAmendment[];
}

/** "As of" a bestuursrapportage: the budget it started from. */
export interface AsOf {
  /** The bestuursrapportage's date; null when unknown (then only earlier documents count). */
  date: Date | null;
  /** The bestuursrapportage itself: what it proposes is what it asks for, not what it started from. */
  documentId?: string;
  /** The bestuursrapportages of the year before this one. */
  earlierDocumentIds?: string[];
}

export interface AmendedBudgetInput {
  primitief: bigint | null;
  amendments: LineAmendment[];
  /** A na-wijziging the source printed while it printed no primitief (Hilversum 2021). */
  printedAmended: bigint | null;
  asOf?: AsOf;
}

export const AMENDED_BASIS_LABELS: Record<BudgetBasis, string> = {
  computed: "berekend: primitieve begroting plus vastgestelde wijzigingen",
  printed: "zoals gedrukt; primitieve begroting niet in de bron",
};

export const UNSPECIFIED_AMENDMENT_REASON = "zoals gedrukt, niet gespecificeerd in de bron";

function inForceAsOf(amendment: LineAmendment, asOf: AsOf): boolean {
  if (amendment.proposedByDocumentId !== null && amendment.proposedByDocumentId === asOf.documentId) return false;
  if (amendment.proposedByDocumentId !== null && asOf.earlierDocumentIds?.includes(amendment.proposedByDocumentId)) return true;
  // An undated wijziging cannot be shown to precede the bestuursrapportage.
  return amendment.date !== null && asOf.date !== null && amendment.date.getTime() <= asOf.date.getTime();
}

function counted(amendments: LineAmendment[], asOf: AsOf | undefined): LineAmendment[] {
  return amendments
    .filter((a) => a.status === "VASTGESTELD" && (asOf === undefined || inForceAsOf(a, asOf)))
    .sort(olderFirst);
}

/** A wijziging listed twice for one line (a duplicating join) would double its delta without a trace. */
function assertDistinct(amendments: LineAmendment[]): void {
  const seen = new Set<string>();
  for (const a of amendments) {
    if (seen.has(a.amendmentId)) throw new Error(`Begrotingswijziging ${a.number} staat twee keer op dezelfde begrotingspost.`);
    seen.add(a.amendmentId);
  }
}

function printedBasis(printedAmended: bigint, amendments: LineAmendment[]): AmendedBudget {
  // canAmendLine refuses a wijziging on such a line; an adopted one here would
  // be silently dropped or added to an amount that already includes everything.
  const adopted = amendments.find((a) => a.status === "VASTGESTELD");
  if (adopted) {
    throw new Error(
      `Begrotingswijziging ${adopted.number} is vastgesteld op een begrotingspost zonder primitieve begroting, ` +
        "waarvan alleen de begroting na wijziging is gedrukt; voer eerst de primitieve begroting in.",
    );
  }
  return { amount: printedAmended, basis: "printed", adopted: [] };
}

/**
 * primitief + Σ delta of the adopted wijzigingen (as of a bestuursrapportage:
 * only those adopted on or before its date or proposed by an earlier one).
 *
 * Without a primitief the budget is unknown and zero would be invented: the
 * result is the printed na-wijziging with basis "printed" when the source
 * printed one, else null — also when adopted wijzigingen exist, because a
 * wijziging on an unknown base is not a budget.
 */
export function amendedBudget(input: AmendedBudgetInput): AmendedBudget {
  assertDistinct(input.amendments);
  if (input.primitief === null) {
    if (input.printedAmended !== null) return printedBasis(input.printedAmended, input.amendments);
    return { amount: null, basis: null, adopted: [] };
  }
  const adopted = counted(input.amendments, input.asOf);
  const amount = adopted.reduce((sum, a) => sum + a.delta, input.primitief);
  return { amount, basis: "computed", adopted };
}

export type AmendLineCheck = { ok: true } | { ok: false; reason: string };

/** Whether a wijziging may be added to a line: only on a known primitieve begroting. */
export function canAmendLine(input: { primitief: bigint | null; printedAmended: bigint | null }): AmendLineCheck {
  if (input.primitief !== null) return { ok: true };
  if (input.printedAmended !== null) {
    return { ok: false, reason: "Voer eerst de primitieve begroting in: de bron gaf alleen de begroting na wijziging." };
  }
  return {
    ok: false,
    reason: "Voer eerst de primitieve begroting in (0 als de post niet in de begroting stond): een wijziging op een onbekende begroting geeft geen begroting na wijziging.",
  };
}

/**
 * What the one unspecified wijziging of a printing document carries for a
 * line: printed na-wijziging − printed primitief, so the computed na-wijziging
 * equals the printed one. Null when either is missing (nothing to reconcile;
 * with only the na-wijziging the line takes the printed basis instead). 0n
 * when they are equal, so the caller decides to skip it; a zero stays distinct
 * from "nothing printed".
 */
export function unspecifiedDelta(printedPrimitief: bigint | null, printedAmended: bigint | null): bigint | null {
  if (printedPrimitief === null || printedAmended === null) return null;
  return printedAmended - printedPrimitief;
}
