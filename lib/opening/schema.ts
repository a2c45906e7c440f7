/**
 * Input of the beginstand form (lib/opening/rules.ts), shared by the form and
 * its Server Action. Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { amendmentDeltaField, MAX_AMENDMENT_ROWS } from "@/lib/amendment/schema";
import { indicatorValueField, recordIdSchema } from "@/lib/indicator/schema";

/** The version a cell was shown with; empty when it showed no stored figure. */
const seenVersion = z
  .string({ error: "De versie ontbreekt. Laad de pagina opnieuw." })
  .max(12, { error: "De versie ontbreekt. Laad de pagina opnieuw." })
  .regex(/^\d*$/, { error: "De versie ontbreekt. Laad de pagina opnieuw." })
  .prefault("")
  .transform((v) => (v === "" ? null : Number(v)));

const lineInput = z.object({
  budgetLineId: recordIdSchema("begrotingspost"),
  // An amount as large as a wijziging may be: whole euros, Dutch notation, empty = not known.
  primitief: amendmentDeltaField.optional(),
  primitiefVersion: seenVersion,
  previousActual: amendmentDeltaField.optional(),
  previousActualVersion: seenVersion,
});

const indicatorInput = z.object({
  indicatorId: recordIdSchema("indicator"),
  dimensionValue: z.string({ error: "Onbekende uitsplitsing" }).max(200, { error: "Onbekende uitsplitsing" }).default(""),
  target: indicatorValueField.optional(),
  targetVersion: seenVersion,
});

const tooMany = { error: "Te veel regels in één keer" };

export const saveOpeningSchema = z.object({
  documentId: recordIdSchema("document", "het"),
  programmeId: recordIdSchema("programma", "het"),
  lines: z.array(lineInput).max(MAX_AMENDMENT_ROWS, tooMany).default([]),
  indicators: z.array(indicatorInput).max(MAX_AMENDMENT_ROWS, tooMany).default([]),
});

export type SaveOpeningInput = z.output<typeof saveOpeningSchema>;
