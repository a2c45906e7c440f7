// The API reads a parameter only in its one written form: other spellings that
// JavaScript's Number() would accept are refused, and a path no route serves
// answers like every other API error.
import { describe, expect, it } from "vitest";
import * as municipalities from "@/app/api/v1/gemeenten/route";
import * as programmes from "@/app/api/v1/gemeenten/[slug]/jaren/[jaar]/programmas/route";
import * as comparison from "@/app/api/v1/indicatoren/vergelijking/route";
import * as unknown from "@/app/api/v1/[[...onbekend]]/route";
import { get, json, params, problem } from "./api-support";

describe("a year in the path", () => {
  it.each(["0x7e8", " 2022", "2022.0", "2e3"])("refuses %j, which Number() reads as a year, naming jaar", async (jaar) => {
    const response = await programmes.GET(get(`/api/v1/gemeenten/zoetermeer/jaren/${encodeURIComponent(jaar)}/programmas`), params({ slug: "zoetermeer", jaar }));
    const body = await problem(response, 400);
    expect(body.code).toBe("paramsValidation");
    expect(body.invalidParams).toEqual([{ name: "jaar", code: "invalid_format", reason: "Schrijf het jaar als vier cijfers, bijvoorbeeld 2024" }]);
    expect(body.detail).toBe("Controleer de parameters. jaar: Schrijf het jaar als vier cijfers, bijvoorbeeld 2024.");
  });

  it("still serves the year written in digits", async () => {
    const response = await programmes.GET(get("/api/v1/gemeenten/zoetermeer/jaren/2022/programmas"), params({ slug: "zoetermeer", jaar: "2022" }));
    expect((await json<{ document: { jaar: number } }>(response)).document.jaar).toBe(2022);
  });

  it("refuses a query year in another spelling", async () => {
    const body = await problem(await comparison.GET(get("/api/v1/indicatoren/vergelijking?naam=rapportcijfer&jaar=0x7e8"), params()), 400);
    expect(body.invalidParams?.map((p) => p.name)).toEqual(["jaar"]);
  });
});

describe("page and pageSize", () => {
  it.each(["1e3", "0x2", "2.0", " 2"])("refuses page=%j with a Dutch reason", async (page) => {
    const body = await problem(await municipalities.GET(get(`/api/v1/gemeenten?page=${encodeURIComponent(page)}`), params()), 400);
    expect(body.invalidParams).toEqual([{ name: "page", code: "invalid_format", reason: "Gebruik een paginanummer van 1 tot en met 1.000.000, in cijfers" }]);
  });

  it("refuses pageSize=1e1", async () => {
    const body = await problem(await municipalities.GET(get("/api/v1/gemeenten?pageSize=1e1"), params()), 400);
    expect(body.invalidParams?.map((p) => p.name)).toEqual(["pageSize"]);
  });

  it("pages with digits as before", async () => {
    const response = await municipalities.GET(get("/api/v1/gemeenten?page=2&pageSize=3"), params());
    expect(response.headers.get("X-Pagination-Page")).toBe("2");
  });
});

describe("a path no route serves", () => {
  it.each(["/api/v1/bestaat-niet", "/api/v1/gemeenten/zoetermeer/onbekend", "/api/v1"])("answers %s with a Dutch problem+json 404", async (path) => {
    const body = await problem(await unknown.GET(get(path)), 404);
    expect(body).toMatchObject({
      code: "notFound",
      title: "De opgevraagde resource bestaat niet.",
      detail: `Het pad ${path} bestaat niet in deze API. Alle paden staan in de beschrijving: /api/v1/openapi.json.`,
      instance: path,
    });
  });

  it("answers 404 to every method, HEAD without a body", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) {
      await problem(await unknown[method](get("/api/v1/bestaat-niet", {}, method)), 404);
    }
    const head = await unknown.HEAD(get("/api/v1/bestaat-niet", {}, "HEAD"));
    expect(head.status).toBe(404);
    expect(await head.text()).toBe("");
  });
});
