import { describe, expect, it } from "vitest";
import { exportQuerySchema } from "./query";

describe("export query", () => {
  it("defaults to a workbook of the year's document", () => {
    expect(exportQuerySchema.parse({})).toEqual({ formaat: "xlsx" });
  });

  it("asks which table a CSV holds, in Dutch", () => {
    const result = exportQuerySchema.safeParse({ formaat: "csv" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/één tabel/);
    expect(exportQuerySchema.parse({ formaat: "csv", tabel: "begrotingsposten" }).tabel).toBe("begrotingsposten");
  });

  it("refuses an unknown format instead of guessing", () => {
    expect(exportQuerySchema.safeParse({ formaat: "pdf" }).error?.issues[0]?.message).toBe("Kies formaat=xlsx of formaat=csv.");
  });
});
