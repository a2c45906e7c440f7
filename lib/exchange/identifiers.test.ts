import { describe, expect, it } from "vitest";
import { indicatorKey, parseIndicatorKey } from "./identifiers";

describe("indicator identifiers", () => {
  it("uses the import key where there is one, so a BBV indicator keeps 'bbv:…' in every municipality's file", () => {
    expect(indicatorKey({ id: "c1", importKey: "bbv:demografische-druk" })).toBe("bbv:demografische-druk");
    expect(parseIndicatorKey("bbv:demografische-druk")).toEqual({ importKey: "bbv:demografische-druk" });
  });

  it("falls back to the record id, marked, and reads it back as an id", () => {
    expect(indicatorKey({ id: "cm4abc", importKey: null })).toBe("id:cm4abc");
    expect(parseIndicatorKey("id:cm4abc")).toEqual({ id: "cm4abc" });
  });
});
