/**
 * What the new-document form shows after each step. Isomorphic (the form
 * renders it), and outside the "use server" module, which may export only
 * Server Actions.
 */
import type { FormState } from "@/lib/forms/state";
import type { BudgetCategory } from "./plan-copy";

/** The preview as a form can carry it: amounts as strings (a bigint is no form value). */
export interface PreviewState {
  title: string;
  source: string | null;
  year: number;
  rows: (PreviewCounts & { programme: string })[];
  totals: PreviewCounts & { programmes: number };
}

export interface PreviewCounts {
  goals: number;
  indicators: number;
  budgetLines: number;
  carriedFigures: number;
  carriedTargets: number;
  emptySlots: number;
  /** Whole euros as strings per category (canonical: positive). */
  carriedAmounts: Record<BudgetCategory, string>;
  textsCopied: number;
  /** Activities (speerpunten) carried over. */
  activities: number;
}

export interface NewDocumentFormState extends FormState {
  preview: PreviewState | null;
}

export const INITIAL_NEW_DOCUMENT_STATE: NewDocumentFormState = { seq: 0, status: "idle", message: null, fieldErrors: {}, values: {}, link: null, preview: null };

