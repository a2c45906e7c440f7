/**
 * What the programme form shows after a save: the outcome of the action,
 * turned into messages, per-field errors and conflicts, with everything the
 * user typed kept so a refusal never costs them their input.
 * Isomorphic: the Server Action builds it, the form renders it.
 */
import type { ActionResult, FieldErrors } from "@/lib/auth/result";
import type { RowValues } from "./entry-plan";
import type { ReviewStatus } from "./workflow";

export type EntryRowGroup = "indicators" | "lines";

/** A row someone else saved in between: their values, so the user can compare before saving again. */
export interface EntryConflict {
  group: EntryRowGroup;
  id: string;
  /** Name of who saved the newer version, when known. */
  by: string | null;
  /** ISO timestamp of that save. */
  at: string;
  version: number;
  reviewStatus: ReviewStatus;
  /** Canonical values now in the database (the new base of the row). */
  current: RowValues;
}

export type ProgrammeEntryOutcome =
  | { outcome: "saved"; changed: number; submitted: number; returnedLeft: number }
  | { outcome: "refused"; message: string; fieldErrors: FieldErrors; formErrors: string[] }
  | { outcome: "conflict"; conflicts: EntryConflict[] };

export interface EntryFormState {
  /** Increases with every answer, so the form can re-mount its fields with the values below. */
  seq: number;
  status: "idle" | "saved" | "error";
  message: string | null;
  /** What the user typed, by field name; put back into the form after a refusal. */
  values: Record<string, string>;
  fieldErrors: FieldErrors;
  formErrors: string[];
  conflicts: EntryConflict[];
}

export const INITIAL_ENTRY_STATE: EntryFormState = {
  seq: 0,
  status: "idle",
  message: null,
  values: {},
  fieldErrors: {},
  formErrors: [],
  conflicts: [],
};

/** Fields a user types in (hidden fields are rendered from the server's data, not echoed). */
const TYPED_FIELD = /^(reason|(indicators|lines)\.\d{1,3}\.(value|amount|explanation|confirmUnusual))$/;

export function typedValues(entries: Iterable<[string, FormDataEntryValue]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (typeof value === "string" && TYPED_FIELD.test(name)) values[name] = value;
  }
  return values;
}

const figures = (n: number) => (n === 1 ? "1 cijfer" : `${n} cijfers`);

function savedMessage(o: Extract<ProgrammeEntryOutcome, { outcome: "saved" }>): string {
  const parts: string[] = [];
  if (o.changed === 0 && o.submitted === 0) parts.push("Er was niets gewijzigd.");
  if (o.changed > 0) parts.push(`Opgeslagen: ${figures(o.changed)} gewijzigd.`);
  if (o.submitted > 0) parts.push(`${figures(o.submitted)} ingediend ter beoordeling.`);
  if (o.returnedLeft > 0) {
    parts.push(`${figures(o.returnedLeft)} staat nog op teruggestuurd: pas ${o.returnedLeft === 1 ? "het" : "ze"} aan om de vraag van de controller te beantwoorden.`);
  }
  return parts.join(" ");
}

export function errorCountMessage(fieldErrors: FieldErrors, fallback: string): string {
  const count = Object.values(fieldErrors).flat().length;
  if (count === 0) return fallback;
  return count === 1 ? "Er is 1 fout in het formulier. Er is niets opgeslagen." : `Er zijn ${count} fouten in het formulier. Er is niets opgeslagen.`;
}

export function entryFormState(
  previous: Pick<EntryFormState, "seq">,
  result: ActionResult<ProgrammeEntryOutcome>,
  typed: Record<string, string>,
): EntryFormState {
  const base = { ...INITIAL_ENTRY_STATE, seq: previous.seq + 1 };
  if (!result.ok) {
    const fieldErrors = result.fieldErrors ?? {};
    return {
      ...base,
      status: "error",
      message: result.code === "VALIDATION" ? errorCountMessage(fieldErrors, result.message) : result.message,
      values: typed,
      fieldErrors,
      formErrors: result.formErrors ?? [],
    };
  }
  const outcome = result.data;
  switch (outcome.outcome) {
    case "saved":
      return { ...base, status: "saved", message: savedMessage(outcome) };
    case "refused":
      return {
        ...base,
        status: "error",
        message: outcome.message,
        values: typed,
        fieldErrors: outcome.fieldErrors,
        formErrors: outcome.formErrors,
      };
    case "conflict":
      return {
        ...base,
        status: "error",
        message: `Iemand anders heeft intussen ${figures(outcome.conflicts.length)} gewijzigd. Er is niets opgeslagen. Bij ${outcome.conflicts.length === 1 ? "dat cijfer" : "die cijfers"} staat hun waarde; uw invoer staat er nog. Sla opnieuw op als u uw invoer wilt bewaren.`,
        values: typed,
        conflicts: outcome.conflicts,
      };
  }
}

/** A small form with one decision (goedkeuren/terugsturen, a document status): message, errors, and what was typed. */
export interface DecisionFormState {
  seq: number;
  status: "idle" | "done" | "error";
  message: string | null;
  fieldErrors: FieldErrors;
  /** The comment or reason as typed; kept after a refusal. */
  text: string;
}

export const INITIAL_DECISION_STATE: DecisionFormState = { seq: 0, status: "idle", message: null, fieldErrors: {}, text: "" };

export function decisionFormState(
  previous: Pick<DecisionFormState, "seq">,
  result: ActionResult<{ message: string } | { refused: string; fieldErrors: FieldErrors }>,
  text: string,
): DecisionFormState {
  const seq = previous.seq + 1;
  if (!result.ok) {
    return { seq, status: "error", message: result.message, fieldErrors: result.fieldErrors ?? {}, text };
  }
  if ("refused" in result.data) {
    return { seq, status: "error", message: result.data.refused, fieldErrors: result.data.fieldErrors, text };
  }
  return { seq, status: "done", message: result.data.message, fieldErrors: {}, text: "" };
}

/** Only the counter of the client's previous state is used; the rest is not trusted. */
export function previousSeq(previous: unknown): { seq: number } {
  const seq = (previous as { seq?: unknown } | null)?.seq;
  return { seq: typeof seq === "number" && Number.isSafeInteger(seq) && seq >= 0 ? seq : 0 };
}
