import { describe, expect, it } from "vitest";
import { freeKey, taakveldRefusal } from "./budget-line-rules";

describe("freeKey", () => {
  it("keeps the key when free and numbers a repeat", () => {
    expect(freeKey("programma-1/lasten/x", new Set())).toBe("programma-1/lasten/x");
    expect(freeKey("k", new Set(["k", "k-2"]))).toBe("k-3");
  });
});

describe("taakveldRefusal", () => {
  const known = (code: string) => code === "0.2";
  it("takes no taakveld or one from the list, and names a code that is not on it", () => {
    expect(taakveldRefusal("", known)).toBeNull();
    expect(taakveldRefusal("0.2", known)).toBeNull();
    expect(taakveldRefusal("6.1", known)).toMatch(/Taakveld 6.1 staat niet in de Iv3-lijst/);
  });
});
