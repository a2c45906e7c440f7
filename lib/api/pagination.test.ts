import { describe, expect, it } from "vitest";
import { pageHeaders, pageLinks, pageSlice, pagingQuery } from "./pagination";
import { z } from "zod";

const url = new URL("http://localhost/api/v1/gemeenten?naam=hol&page=2&pageSize=10");

describe("pageLinks", () => {
  it("links first, prev, self, next and last, keeping the other parameters", () => {
    expect(pageLinks(url, { page: 2, pageSize: 10, total: 35 })).toEqual({
      self: { href: "/api/v1/gemeenten?naam=hol&page=2&pageSize=10" },
      first: { href: "/api/v1/gemeenten?naam=hol&page=1&pageSize=10" },
      prev: { href: "/api/v1/gemeenten?naam=hol&page=1&pageSize=10" },
      next: { href: "/api/v1/gemeenten?naam=hol&page=3&pageSize=10" },
      last: { href: "/api/v1/gemeenten?naam=hol&page=4&pageSize=10" },
    });
  });

  it("has no prev on the first page and no next on the last", () => {
    const only = pageLinks(url, { page: 1, pageSize: 10, total: 3 });
    expect(only.prev).toBeUndefined();
    expect(only.next).toBeUndefined();
    expect(only.last.href).toContain("page=1");
  });

  it("points prev at the last page when asked beyond it", () => {
    expect(pageLinks(url, { page: 9, pageSize: 10, total: 15 }).prev?.href).toContain("page=2&");
  });

  it("treats an empty collection as one empty page", () => {
    expect(pageLinks(url, { page: 1, pageSize: 10, total: 0 }).last.href).toContain("page=1");
  });
});

describe("pageHeaders", () => {
  it("repeats the links and counts in headers", () => {
    const headers = pageHeaders(url, { page: 2, pageSize: 10, total: 35 });
    expect(headers["X-Total-Count"]).toBe("35");
    expect(headers["X-Pagination-Page"]).toBe("2");
    expect(headers["X-Pagination-Limit"]).toBe("10");
    expect(headers.Link).toContain('</api/v1/gemeenten?naam=hol&page=3&pageSize=10>; rel="next"');
    expect(headers.Link).not.toContain('rel="self"');
  });
});

describe("pageSlice", () => {
  it("returns the requested page", () => {
    expect(pageSlice([1, 2, 3, 4, 5], { page: 2, pageSize: 2 })).toEqual([3, 4]);
    expect(pageSlice([1, 2, 3], { page: 3, pageSize: 2 })).toEqual([]);
  });
});

describe("pagingQuery", () => {
  const schema = z.object(pagingQuery);
  it("defaults to page 1 of 20", () => {
    expect(schema.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it("reads whole numbers up to the maximum", () => {
    expect(schema.parse({ page: "3", pageSize: "100" })).toEqual({ page: 3, pageSize: 100 });
    expect(schema.parse({ page: "1000000" }).page).toBe(1_000_000);
  });

  it.each([
    { page: "0" },
    { page: "x" },
    { page: "1e3" },
    { page: "0x10" },
    { page: " 2" },
    { page: "2.0" },
    { page: "02" },
    { page: "-1" },
    { page: "1000001" },
    { page: "9".repeat(40) },
    { pageSize: "101" },
    { pageSize: "1.5" },
    { pageSize: "1e1" },
  ])("refuses %j in Dutch, with one reason", (input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
    expect(result.error!.issues[0]!.message).toMatch(/^Gebruik een pagina/);
  });

  it("documents the pattern in the OpenAPI parameter", () => {
    expect(z.toJSONSchema(pagingQuery.page, { io: "input" })).toMatchObject({ type: "string", pattern: "^[1-9]\\d{0,6}$" });
  });
});
