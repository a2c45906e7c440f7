import { describe, expect, it } from "vitest";
import { EMPTY_FILE_MESSAGE, TOO_LARGE_MESSAGE, WRONG_TYPE_MESSAGE, startImportSchema } from "./schema";
import { FILE_LIMITS } from "./table";

const documentId = "cdoc0000000000000000000000";
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const text = new TextEncoder().encode("Sleutel;Realisatie\r\nbbv:banen;7,4\r\n");
const messages = (input: unknown) => {
  const result = startImportSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("the upload", () => {
  it("knows a workbook by its bytes and a CSV by its name and text", () => {
    expect(startImportSchema.parse({ documentId, fileName: "cijfers.xlsx", bytes: zip }).format).toBe("XLSX");
    expect(startImportSchema.parse({ documentId, fileName: "cijfers.csv", bytes: text, submit: "ja" })).toMatchObject({ format: "CSV", submit: true });
  });

  it("refuses a file of another type in Dutch, whatever its name claims", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(messages({ documentId, fileName: "cijfers.xlsx", bytes: png })).toEqual([WRONG_TYPE_MESSAGE]);
    expect(messages({ documentId, fileName: "cijfers.csv", bytes: png })).toEqual([WRONG_TYPE_MESSAGE]);
    expect(messages({ documentId, fileName: "cijfers.pdf", bytes: text })).toEqual([WRONG_TYPE_MESSAGE]);
  });

  it("refuses an empty file and one over the limit, before anything reads it", () => {
    expect(messages({ documentId, fileName: "leeg.csv", bytes: new Uint8Array() })).toContain(EMPTY_FILE_MESSAGE);
    expect(messages({ documentId, fileName: "groot.csv", bytes: new Uint8Array(FILE_LIMITS.maxUploadBytes + 1) })).toContain(TOO_LARGE_MESSAGE);
    expect(TOO_LARGE_MESSAGE).toMatch(/^Het bestand is groter dan 15 MB/);
  });
});
