/**
 * Inputs of document actions, shared by the form and the Server Action.
 * Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { recordIdSchema, versionSchema } from "@/lib/indicator/schema";
import { changeReasonField } from "@/lib/review/entry-fields";

/** Vaststellen, publiceren, or one step back (with a reason); lib/document/status.ts decides what is allowed. */
export const setDocumentStatusSchema = z.object({
  documentId: recordIdSchema("document", "het"),
  /** The version the beheerder saw: a status chosen on a stale page is refused. */
  version: versionSchema,
  status: z.enum(["CONCEPT", "VASTGESTELD", "GEPUBLICEERD"], { error: "Kies een geldige status" }),
  reason: changeReasonField.optional(),
});

export type SetDocumentStatusInput = z.output<typeof setDocumentStatusSchema>;

// ---------------------------------------------------------------- a new document (issue 10)
import { MAX_YEAR, MIN_YEAR, nameText } from "@/lib/validation/fields";

export const NEW_DOCUMENT_KINDS = ["BEGROTING", "BESTUURSRAPPORTAGE", "JAARSTUKKEN"] as const;
export const MAX_DOCUMENT_NAME_LENGTH = 200;
/** The usual meerjarenraming: the begroting's year and three more. */
export const DEFAULT_PROJECTION_YEARS = 3;
const MAX_PROJECTION_YEARS = 10;

const newYearMessage = `Vul een jaartal in tussen ${MIN_YEAR} en ${MAX_YEAR}`;
const projectionMessage = `Vul voor de meerjarenraming een aantal jaren in van 0 tot en met ${MAX_PROJECTION_YEARS}`;

/**
 * Create a P&C document: its kind, year, the municipality's own name (a
 * bestuursrapportage's "Najaarsnota 2025"), the meerjarenraming of a begroting,
 * and the starting point ("" for an empty document). The same input previews
 * and creates, so the preview describes exactly what the create writes.
 */
export const createDocumentSchema = z.object({
  municipalityId: recordIdSchema("gemeente"),
  kind: z.enum(NEW_DOCUMENT_KINDS, { error: "Kies het soort document" }),
  year: z.coerce
    .number({ error: newYearMessage })
    .int({ error: newYearMessage })
    .min(MIN_YEAR, { error: newYearMessage })
    .max(MAX_YEAR, { error: newYearMessage }),
  name: nameText({ max: MAX_DOCUMENT_NAME_LENGTH, tooLong: `Een naam mag maximaal ${MAX_DOCUMENT_NAME_LENGTH} tekens lang zijn` })
    .optional()
    .transform((v) => (v ? v : null)),
  projectionYears: z.preprocess(
    (v) => (v === "" || v === undefined ? DEFAULT_PROJECTION_YEARS : v),
    z.coerce
      .number({ error: projectionMessage })
      .int({ error: projectionMessage })
      .min(0, { error: projectionMessage })
      .max(MAX_PROJECTION_YEARS, { error: projectionMessage }),
  ),
  sourceId: z
    .string({ error: "Kies een startpunt" })
    .trim()
    .max(64, { error: "Onbekend startpunt" })
    .optional()
    .transform((v) => (v ? v : null)),
});

export type CreateDocumentInput = z.output<typeof createDocumentSchema>;
