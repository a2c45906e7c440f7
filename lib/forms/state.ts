/**
 * What a small administration form shows after its Server Action answered:
 * a message, every field's errors, and what the user typed, so a refusal never
 * costs input. Isomorphic: the action adapter builds it, the form renders it.
 */
import type { ActionResult, FieldErrors } from "@/lib/auth/result";

export interface FormState {
  /** Increases with every answer, so the form re-mounts its fields with `values`. */
  seq: number;
  status: "idle" | "done" | "error";
  message: string | null;
  fieldErrors: FieldErrors;
  /** What was typed, by field name; empty after a success (the page shows the saved data). */
  values: Record<string, string>;
  /** A one-time password link to pass on: shown in this answer only, never stored in clear. */
  link: string | null;
}

export const INITIAL_FORM_STATE: FormState = { seq: 0, status: "idle", message: null, fieldErrors: {}, values: {}, link: null };

/** A body either did it (message, sometimes with a link to pass on) or refused with reasons per field. */
export type FormOutcome = { message: string; link?: string } | { refused: string; fieldErrors: FieldErrors };

function errorMessage(fieldErrors: FieldErrors, fallback: string): string {
  const count = Object.values(fieldErrors).flat().length;
  if (count === 0) return fallback;
  return count === 1 ? "Er is 1 fout in het formulier. Er is niets opgeslagen." : `Er zijn ${count} fouten in het formulier. Er is niets opgeslagen.`;
}

export function formState(previous: { seq: number }, result: ActionResult<FormOutcome>, values: Record<string, string>): FormState {
  const seq = previous.seq + 1;
  if (!result.ok) {
    const fieldErrors = result.fieldErrors ?? {};
    const message = result.code === "VALIDATION" ? errorMessage(fieldErrors, result.message) : result.message;
    return { seq, status: "error", message, fieldErrors, values, link: null };
  }
  if ("refused" in result.data) {
    return { seq, status: "error", message: result.data.refused, fieldErrors: result.data.fieldErrors, values, link: null };
  }
  return { seq, status: "done", message: result.data.message, fieldErrors: {}, values: {}, link: result.data.link ?? null };
}

/** The typed text fields of a form, for putting back after a refusal (never files, never hidden ids' trust). */
export function typedText(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

/** Every typed text field of a form with many rows, for putting back after a refusal (React's own fields left out). */
export function allTypedText(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  return values;
}
