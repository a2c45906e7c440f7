import { describe, expect, it } from "vitest";
import { saveTextsSchema } from "./schema";

const base = { kind: "goalText", id: "cm0000000000000000000000a", version: "3" };

describe("saving texts: the input", () => {
  it("keeps a text as typed, only CRLF becomes LF; white space only is no text", () => {
    const parsed = saveTextsSchema.parse({ ...base, intended: "  Eerste\r\n\r\n- a\r\n- b  ", planned: " \r\n " });
    expect(parsed.intended).toBe("  Eerste\n\n- a\n- b  ");
    expect(parsed.planned).toBeNull();
    expect(parsed.done).toBeUndefined();
    expect(parsed.intent).toBe("save");
  });

  it("refuses a text over 20.000 characters with a Dutch message on that field", () => {
    const result = saveTextsSchema.safeParse({ ...base, achieved: "x".repeat(20_001) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["achieved", "Een tekst mag maximaal 20.000 tekens lang zijn"]]);
  });

  it("accepts exactly 20.000 characters", () => {
    expect(saveTextsSchema.safeParse({ ...base, achieved: "x".repeat(20_000) }).success).toBe(true);
  });

  it("refuses a NUL character and an unknown kind", () => {
    expect(saveTextsSchema.safeParse({ ...base, intended: "a\u0000b" }).success).toBe(false);
    expect(saveTextsSchema.safeParse({ ...base, kind: "indicatorValue" }).success).toBe(false);
  });
});
