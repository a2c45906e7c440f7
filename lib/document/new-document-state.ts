/**
 * What the new-document form shows after each step. Isomorphic (the form
 * renders it), and outside the "use server" module, which may export only
 * Server Actions.
 */
import type { FormState } from "@/lib/forms/state";

/** The preview as a form can carry it: amounts as strings (a bigint is no form value). */
export interface PreviewState {
  title: string;
  source: string | null;
  rows: { programme: string; goals: number; indicators: number; budgetLines: number; carriedFigures: number; carriedTargets: number; emptySlots: number; carriedAmount: string; textsCopied: number }[];
  totals: { programmes: number; goals: number; indicators: number; budgetLines: number; carriedFigures: number; carriedTargets: number; emptySlots: number; carriedAmount: string; textsCopied: number };
}

export interface NewDocumentFormState extends FormState {
  preview: PreviewState | null;
}

export const INITIAL_NEW_DOCUMENT_STATE: NewDocumentFormState = { seq: 0, status: "idle", message: null, fieldErrors: {}, values: {}, link: null, preview: null };

