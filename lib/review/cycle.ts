/**
 * The rules of the P&C cycle the werkplek applies, from lib/cycle (decision
 * 009 §4: the one computation), adapted to the entry form's terms here once.
 *
 * Pure and isomorphic.
 */
import {
  AMENDED_BASIS_LABELS,
  amendedBudget as cycleAmendedBudget,
  figureLocked as cycleFigureLocked,
  ownStage as cycleOwnStage,
  targetAfterAmendments as cycleTargetAfterAmendments,
  type LineAmendment,
  type TargetAmendmentInput,
} from "@/lib/cycle";
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

export type { LineAmendment, TargetAmendmentInput };

/** The stage of the figures a document owns for its own year (never a meerjarenraming: that is a later year). */
export function ownStage(document: Pick<OwningDocument, "kind">): OwnedStage {
  return cycleOwnStage(document.kind) as OwnedStage;
}

/** Whether the figures this document owns are locked: vastgesteld, or a reconstruction (changed only by an import). */
export function figureLocked(document: Pick<OwningDocument, "status" | "origin">): boolean {
  return cycleFigureLocked(document);
}

export interface BudgetBasis {
  /** Begroting na wijziging; null when neither a primitieve begroting nor a printed one is known. */
  amount: bigint | null;
  basis: "computed" | "printed" | "unknown";
}

/** Where the begroting na wijziging beside a figure comes from, in words. */
export const BUDGET_BASIS_NOTES: Record<BudgetBasis["basis"], string> = {
  ...AMENDED_BASIS_LABELS,
  unknown: "geen primitieve begroting vastgesteld",
};

/** Begroting na wijziging = primitief + Σ adopted wijzigingen; printed only where the primitief is unknown (Hilversum). */
export function amendedBudget(input: { primitief: bigint | null; amendments: LineAmendment[]; printedAmended: bigint | null }): BudgetBasis {
  const result = cycleAmendedBudget(input);
  return { amount: result.amount, basis: result.basis ?? "unknown" };
}

/** Streefwaarde na wijziging: the newest adopted TargetAmendment, else the begroting's target. */
export function targetAfterAmendments(target: string | null, amendments: TargetAmendmentInput[]): string | null {
  return cycleTargetAfterAmendments({ target, amendments }).value;
}
