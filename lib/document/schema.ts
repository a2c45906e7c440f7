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
