import { describe, expect, it } from "vitest";
import { negotiateFormat, quality } from "./negotiate";

describe("quality", () => {
  it("is 1 without an Accept header", () => {
    expect(quality(null, "application/json")).toBe(1);
    expect(quality("", "text/csv")).toBe(1);
  });

  it("takes the most specific matching range", () => {
    const accept = "text/*;q=0.3, text/csv;q=0.7, */*;q=0.1";
    expect(quality(accept, "text/csv")).toBe(0.7);
    expect(quality(accept, "text/html")).toBe(0.3);
    expect(quality(accept, "application/json")).toBe(0.1);
  });

  it("is 0 when nothing matches or q=0", () => {
    expect(quality("application/xml", "application/json")).toBe(0);
    expect(quality("application/json;q=0", "application/json")).toBe(0);
  });

  it("ignores case and parameters other than q", () => {
    expect(quality("Application/JSON; charset=utf-8", "application/json")).toBe(1);
  });
});

describe("negotiateFormat", () => {
  it("answers JSON to a browser's Accept header", () => {
    expect(negotiateFormat("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ["json", "csv"])).toBe("json");
  });

  it("answers CSV to a client that prefers it", () => {
    expect(negotiateFormat("text/csv", ["json", "csv"])).toBe("csv");
    expect(negotiateFormat("application/json;q=0.5, text/csv", ["json", "csv"])).toBe("csv");
  });

  it("lets the formaat parameter decide when given", () => {
    expect(negotiateFormat("*/*", ["json", "csv"], "csv")).toBe("csv");
    expect(negotiateFormat(null, ["json", "csv"], "json")).toBe("json");
  });

  it("refuses what is not offered or not acceptable", () => {
    expect(negotiateFormat("application/xml", ["json", "csv"])).toBeNull();
    expect(negotiateFormat("text/csv", ["json"])).toBeNull();
    expect(negotiateFormat("application/json", ["json", "csv"], "csv")).toBeNull();
    expect(negotiateFormat(null, ["json"], "csv")).toBeNull();
  });
});
