/**
 * What a grid shows after its Server Action answered: a message, each cell's
 * errors, the cells someone else changed in between (with their value), and
 * everything the user typed, so a refusal never costs input. Isomorphic.
 */
import type { ActionResult, FieldErrors } from "@/lib/auth/result";
import type { GridCell } from "./data";
import { gridErrorMessage } from "./rules";

export interface GridConflictView {
  subjectId: string;
  /** "" for a budget line; the dimension value of an indicator. */
  dimensionValue: string;
  year: number;
  current: GridCell | null;
}

export interface GridFormState {
  seq: number;
  status: "idle" | "saved" | "error";
  message: string | null;
  values: Record<string, string>;
  fieldErrors: FieldErrors;
  conflicts: GridConflictView[];
}

export const INITIAL_GRID_STATE: GridFormState = { seq: 0, status: "idle", message: null, values: {}, fieldErrors: {}, conflicts: [] };

/** The fields a user types in a grid (hidden bases and versions come from the page, never echoed). */
const TYPED = /^(reason|cells\.\d{1,3}\.(amount|value|confirmUnusual))$/;

export function typedGridValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (typeof value === "string" && TYPED.test(name)) values[name] = value;
  return values;
}

export const CONFLICT_MESSAGE =
  "Niet opgeslagen: iemand anders heeft intussen een of meer cellen gewijzigd. Hun waarden staan bij de cellen; uw invoer staat er nog. Sla opnieuw op om uw invoer te bewaren.";

export type GridOutcome =
  | { outcome: "saved"; message: string }
  | { outcome: "refused"; message: string; fieldErrors: FieldErrors }
  | { outcome: "conflict"; conflicts: GridConflictView[] };

export function gridFormState(previous: { seq: number }, result: ActionResult<GridOutcome>, values: Record<string, string>): GridFormState {
  const seq = previous.seq + 1;
  const error = (message: string, fieldErrors: FieldErrors = {}, conflicts: GridConflictView[] = []): GridFormState => ({ seq, status: "error", message, values, fieldErrors, conflicts });
  if (!result.ok) {
    const fieldErrors = result.fieldErrors ?? {};
    return error(result.code === "VALIDATION" && Object.keys(fieldErrors).length > 0 ? gridErrorMessage(fieldErrors) : result.message, fieldErrors);
  }
  const data = result.data;
  if (data.outcome === "refused") return error(data.message, data.fieldErrors);
  if (data.outcome === "conflict") return error(CONFLICT_MESSAGE, {}, data.conflicts);
  return { seq, status: "saved", message: data.message, values: {}, fieldErrors: {}, conflicts: [] };
}
