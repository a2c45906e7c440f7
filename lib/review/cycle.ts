/**
 * The rules of the P&C cycle the werkplek applies, in the werkplek's terms.
 * lib/cycle (decision 009 §4) is the one computation; this file only adapts
 * its signatures to the entry form's, so a change there is answered here once.
 *
 * Pure and isomorphic.
 */
import type { OwnedStage } from "./owned-figures";

type Kind = "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
type Status = "CONCEPT" | "VASTGESTELD" | "GEPUBLICEERD";
type Origin = "ENTERED" | "IMPORTED" | "TRANSCRIBED" | "RECONSTRUCTED";

export interface OwningDocument {
  kind: Kind;
  year: number;
  status: Status;
  origin: Origin;
}

// TODO(i9/cycle): replace the bodies below by lib/cycle's ownStage, figureLocked,
// lockReason, amendedBudget and targetAfterAmendments when that branch lands.

/** The stage of the figures a document owns for its own year. */
export function ownStage(document: Pick<OwningDocument, "kind">): OwnedStage {
  return document.kind === "BEGROTING" ? "PRIMITIEF" : document.kind === "BESTUURSRAPPORTAGE" ? "PROGNOSE" : "REALISATIE";
}

/** Whether the figures this document owns are locked: vastgesteld, or a reconstruction (changed only by an import). */
export function figureLocked(document: Pick<OwningDocument, "status" | "origin">): boolean {
  return document.status !== "CONCEPT" || document.origin === "RECONSTRUCTED";
}

export interface BudgetBasis {
  /** Begroting na wijziging; null when neither a primitieve begroting nor a printed one is known. */
  amount: bigint | null;
  basis: "computed" | "printed" | "unknown";
}

/** Begroting na wijziging = primitief + Σ adopted deltas; printed only where the primitief is unknown (Hilversum). */
export function amendedBudget(input: { primitief: bigint | null; deltas: bigint[]; printedAmended: bigint | null }): BudgetBasis {
  if (input.primitief !== null) return { amount: input.deltas.reduce((sum, d) => sum + d, input.primitief), basis: "computed" };
  if (input.printedAmended !== null) return { amount: input.printedAmended, basis: "printed" };
  return { amount: null, basis: "unknown" };
}

/** Streefwaarde na wijziging: the newest adopted TargetAmendment, else the begroting's target. */
export function targetAfterAmendments(target: string | null, adopted: { value: string | null; adoptedAt: Date | null }[]): string | null {
  const newest = [...adopted].sort((a, b) => (a.adoptedAt?.getTime() ?? 0) - (b.adoptedAt?.getTime() ?? 0)).at(-1);
  return newest ? newest.value : target;
}
