/**
 * Inputs of begrotingswijziging actions, shared by the forms and the Server
 * Actions (decision 009 §3). Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { dutchAmountField, MAX_YEAR, MIN_YEAR, nameText, refuseNul } from "@/lib/validation/fields";
import { indicatorValueField, recordIdSchema, versionSchema } from "@/lib/indicator/schema";
import { normalizeLineBreaks } from "@/lib/review/entry-fields";

export const AMENDMENT_AUTHORITIES = ["RAAD", "COLLEGE_MANDAAT"] as const;
export type AmendmentAuthorityValue = (typeof AMENDMENT_AUTHORITIES)[number];

export const AUTHORITY_LABELS: Record<AmendmentAuthorityValue, string> = {
  RAAD: "Raad (raadsbesluit)",
  COLLEGE_MANDAAT: "College, binnen het mandaat",
};

/** Room for the import's "zoals gedrukt in <document title>" numbers as well. */
export const MAX_AMENDMENT_NUMBER_LENGTH = 200;
export const MAX_DECISION_REFERENCE_LENGTH = 200;
export const MAX_AMENDMENT_REASON_LENGTH = 2000;
/** Amounts are BigInt (int8); fifteen digits is far beyond any municipal budget. */
const MAX_DELTA_DIGITS = 15;

const yearMessage = `Vul een jaartal in tussen ${MIN_YEAR} en ${MAX_YEAR}`;
const yearField = z.coerce
  .number({ error: yearMessage })
  .int({ error: yearMessage })
  .min(MIN_YEAR, { error: yearMessage })
  .max(MAX_YEAR, { error: yearMessage });

const numberField = nameText({
  max: MAX_AMENDMENT_NUMBER_LENGTH,
  tooLong: `Een nummer mag maximaal ${MAX_AMENDMENT_NUMBER_LENGTH} tekens lang zijn`,
  missing: "Vul het nummer van de wijziging in",
}).pipe(z.string().min(1, { error: "Vul het nummer van de wijziging in, bijvoorbeeld 2025-07" }));

const DATE_MESSAGE = "Vul een datum in als dag-maand-jaar, bijvoorbeeld 14-03-2025";

/** A date from `<input type="date">` ("2025-03-14"); empty means not yet known. */
const dateField = z
  .string({ error: DATE_MESSAGE })
  .max(10, { error: DATE_MESSAGE })
  .transform((text, ctx) => {
    const value = text.trim();
    if (value === "") return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    // "2025-02-30" parses to 2 March: refuse it rather than store another day than was typed.
    if (!date || date.toISOString().slice(0, 10) !== value || date.getUTCFullYear() < MIN_YEAR || date.getUTCFullYear() > MAX_YEAR) {
      ctx.addIssue({ code: "custom", message: DATE_MESSAGE });
      return z.NEVER;
    }
    return date;
  });

const multiline = (max: number, tooLong: string, missing: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? normalizeLineBreaks(value) : value),
    refuseNul(z.string({ error: missing }).trim().max(max, { error: tooLong })),
  );

const reasonField = multiline(
  MAX_AMENDMENT_REASON_LENGTH,
  "Een reden mag maximaal 2.000 tekens lang zijn",
  "Vul de reden van de wijziging in",
).pipe(z.string().min(1, { error: "Vul de reden van de wijziging in" }));

const decisionReferenceField = nameText({
  max: MAX_DECISION_REFERENCE_LENGTH,
  tooLong: "Een raadsbesluit-kenmerk mag maximaal 200 tekens lang zijn",
  missing: "Vul het kenmerk van het raadsbesluit in",
});

/** The header of a wijziging, as the create form and the edit form post it. */
const headerShape = {
  number: numberField,
  date: dateField.prefault(""),
  authority: z.enum(AMENDMENT_AUTHORITIES, { error: "Kies wie de wijziging vaststelt: de raad of het college binnen het mandaat" }),
  decisionReference: decisionReferenceField.default(""),
  reason: reasonField,
};

/** A raadsbesluit needs its reference; a college decision within the mandate has none. */
function refineHeader(value: { authority: AmendmentAuthorityValue; decisionReference: string }, ctx: z.RefinementCtx) {
  if (value.authority === "RAAD" && value.decisionReference === "") {
    ctx.addIssue({ code: "custom", path: ["decisionReference"], message: "Vul het kenmerk van het raadsbesluit in: de raad stelt deze wijziging vast" });
  }
}

export const createAmendmentSchema = z
  .object({
    municipalityId: recordIdSchema("gemeente"),
    year: yearField,
    ...headerShape,
  })
  .superRefine(refineHeader);

/** A delta in whole euros, in the line's canonical direction; empty means "no change on this line". */
export const amendmentDeltaField = dutchAmountField.refine(
  (amount) => amount === null || (amount < 0n ? -amount : amount).toString().length <= MAX_DELTA_DIGITS,
  { error: "Dit bedrag is te groot" },
);

/** As many rows as a form can post (lib/review/form-data.ts reads indexes up to 999). */
export const MAX_AMENDMENT_ROWS = 1000;

const lineInput = z.object({
  budgetLineId: recordIdSchema("begrotingspost"),
  delta: amendmentDeltaField,
});

const targetInput = z.object({
  indicatorId: recordIdSchema("indicator"),
  dimensionValue: z.string({ error: "Onbekende uitsplitsing" }).max(200, { error: "Onbekende uitsplitsing" }).default(""),
  value: indicatorValueField,
  reason: multiline(1000, "Een reden mag maximaal 1.000 tekens lang zijn", "Vul een reden in").default(""),
});

export const saveAmendmentSchema = z
  .object({
    amendmentId: recordIdSchema("begrotingswijziging"),
    /** The version the user saw: a save from a stale tab is refused, nothing overwritten. */
    version: versionSchema,
    ...headerShape,
    lines: z.array(lineInput).max(MAX_AMENDMENT_ROWS, { error: "Te veel regels in één keer" }).default([]),
    targets: z.array(targetInput).max(MAX_AMENDMENT_ROWS, { error: "Te veel regels in één keer" }).default([]),
  })
  .superRefine((value, ctx) => {
    refineHeader(value, ctx);
    value.targets.forEach((t, i) => {
      if (t.value !== null && t.reason === "") {
        ctx.addIssue({ code: "custom", path: ["targets", i, "reason"], message: "Vul de reden van de nieuwe streefwaarde in" });
      }
    });
  });

export const AMENDMENT_DECISIONS = ["VASTGESTELD", "VERWORPEN"] as const;

export const setAmendmentStatusSchema = z.object({
  amendmentId: recordIdSchema("begrotingswijziging"),
  version: versionSchema,
  status: z.enum(AMENDMENT_DECISIONS, { error: "Kies vaststellen of verwerpen" }),
});

export type CreateAmendmentInput = z.output<typeof createAmendmentSchema>;
export type SaveAmendmentInput = z.output<typeof saveAmendmentSchema>;
export type SetAmendmentStatusInput = z.output<typeof setAmendmentStatusSchema>;
