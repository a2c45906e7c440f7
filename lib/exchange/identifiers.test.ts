import { describe, expect, it } from "vitest";
import { indicatorKey } from "./identifiers";

describe("indicator identifiers", () => {
  it("uses the import key where there is one, so a BBV indicator keeps 'bbv:…' in every municipality's file", () => {
    expect(indicatorKey({ id: "c1", importKey: "bbv:demografische-druk" })).toBe("bbv:demografische-druk");
  });

  it("falls back to the record id, marked so it never collides with a key", () => {
    expect(indicatorKey({ id: "cm4abc", importKey: null })).toBe("id:cm4abc");
  });
});
