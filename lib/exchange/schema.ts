/**
 * Inputs of importing (decision 012): the upload, shared by the upload route
 * and its action; the confirmation and cancellation of a job. The file's
 * type is decided by its first bytes, not by what its name or the browser
 * claims. Isomorphic.
 */
import { z } from "zod";
import { recordIdSchema } from "@/lib/indicator/schema";
import { changeReasonField } from "@/lib/review/entry-fields";
import { formatInteger } from "@/lib/format/number";
import { FILE_LIMITS } from "./table";

const MB = 1024 * 1024;
export const TOO_LARGE_MESSAGE = `Het bestand is groter dan ${formatInteger(FILE_LIMITS.maxUploadBytes / MB)} MB. Splits het, bijvoorbeeld per programma, of laat lege rijen en bladen weg.`;
export const WRONG_TYPE_MESSAGE = "Dit bestand kan niet worden ingelezen. Kies een Excel-werkmap (.xlsx) of een CSV-bestand (.csv), zoals u het van deze pagina downloadde.";
export const EMPTY_FILE_MESSAGE = "Het bestand is leeg. Kies het ingevulde bestand.";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Bytes that never occur in a text file: a binary file renamed .csv. */
const BINARY = /[\u0000-\u0008\u000e-\u001a]/;

export function detectFormat(fileName: string, bytes: Uint8Array): "XLSX" | "CSV" | null {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return /\.xlsx$/i.test(fileName) ? "XLSX" : null;
  if (!/\.(csv|txt)$/i.test(fileName)) return null;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return BINARY.test(head) ? null : "CSV";
}

export const startImportSchema = z
  .object({
    documentId: recordIdSchema("document", "het"),
    fileName: z.string().trim().min(1, { error: "Kies een bestand." }).max(255, { error: "De bestandsnaam is te lang (hoogstens 255 tekens)." }),
    bytes: z
      .instanceof(Uint8Array, { error: "Kies een bestand." })
      .refine((b) => b.byteLength > 0, { error: EMPTY_FILE_MESSAGE })
      .refine((b) => b.byteLength <= FILE_LIMITS.maxUploadBytes, { error: TOO_LARGE_MESSAGE }),
    /** "Meteen indienen ter beoordeling": the checkbox's value, absent when unticked. */
    submit: z.unknown().optional().transform((v) => v === true || v === "ja"),
  })
  .transform((input, ctx) => {
    const format = detectFormat(input.fileName, input.bytes);
    if (!format) {
      ctx.addIssue({ code: "custom", message: WRONG_TYPE_MESSAGE, path: ["bytes"] });
      return z.NEVER;
    }
    return { ...input, format };
  });

export type StartImportInput = z.output<typeof startImportSchema>;

export const jobSchema = z.object({ jobId: recordIdSchema("import", "de") });

export const confirmImportSchema = z.object({
  jobId: recordIdSchema("import", "de"),
  /** Why: in the audit trail beside every change; the file's name when left empty. */
  reason: changeReasonField.optional(),
});
