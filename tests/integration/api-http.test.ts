import { describe, expect, it } from "vitest";
import * as municipality from "@/app/api/v1/gemeenten/[slug]/route";
import * as programmes from "@/app/api/v1/gemeenten/[slug]/jaren/[jaar]/programmas/route";
import { API_VERSION } from "@/lib/api/http";
import { get, params, problem } from "./api-support";

const zoetermeer = params({ slug: "zoetermeer" });
const programmesOf2024 = params({ slug: "zoetermeer", jaar: "2024" });
const PROGRAMMES = "/api/v1/gemeenten/zoetermeer/jaren/2024/programmas";

describe("every response", () => {
  it("carries CORS, caching, the API version and a strong ETag", async () => {
    const response = await municipality.GET(get("/api/v1/gemeenten/zoetermeer"), zoetermeer);
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=60");
    expect(response.headers.get("API-Version")).toBe(API_VERSION);
    expect(response.headers.get("ETag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  it("gives the same ETag for the same data and 304 when the client has it", async () => {
    const first = await municipality.GET(get("/api/v1/gemeenten/zoetermeer"), zoetermeer);
    const etag = first.headers.get("ETag")!;
    const again = await municipality.GET(get("/api/v1/gemeenten/zoetermeer"), zoetermeer);
    expect(again.headers.get("ETag")).toBe(etag);

    const notModified = await municipality.GET(get("/api/v1/gemeenten/zoetermeer", { "If-None-Match": etag }), zoetermeer);
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("ETag")).toBe(etag);
    expect(notModified.headers.get("Access-Control-Allow-Origin")).toBe("*");

    const stale = await municipality.GET(get("/api/v1/gemeenten/zoetermeer", { "If-None-Match": '"verouderd"' }), zoetermeer);
    expect(stale.status).toBe(200);
  });

  it("tags JSON and CSV of the same resource differently", async () => {
    const asJson = await programmes.GET(get(PROGRAMMES), programmesOf2024);
    const asCsv = await programmes.GET(get(`${PROGRAMMES}?formaat=csv`), programmesOf2024);
    expect(asJson.headers.get("ETag")).not.toBe(asCsv.headers.get("ETag"));
    expect(asJson.headers.get("Vary")).toBe("Accept");
  });
});

describe("methods", () => {
  it("answers HEAD with the headers of GET and no body", async () => {
    const get_ = await municipality.GET(get("/api/v1/gemeenten/zoetermeer"), zoetermeer);
    const head = await municipality.HEAD(get("/api/v1/gemeenten/zoetermeer", {}, "HEAD"), zoetermeer);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(head.headers.get("ETag")).toBe(get_.headers.get("ETag"));
    expect(head.headers.get("Content-Type")).toBe("application/json");
  });

  it("answers a CORS preflight for reads", async () => {
    const response = municipality.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("refuses writes with 405 problem+json", async () => {
    const body = await problem(municipality.POST(get("/api/v1/gemeenten/zoetermeer", {}, "POST")), 405);
    expect(body.detail).toBe("Deze API is alleen-lezen: gebruik GET, HEAD of OPTIONS.");
  });
});

describe("content negotiation", () => {
  it("serves CSV to Accept: text/csv", async () => {
    const response = await programmes.GET(get(PROGRAMMES, { Accept: "text/csv" }), programmesOf2024);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8; header=present");
  });

  it("serves JSON to a browser", async () => {
    const response = await programmes.GET(get(PROGRAMMES, { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" }), programmesOf2024);
    expect(response.headers.get("Content-Type")).toBe("application/json");
  });

  it("answers 406 when nothing offered is acceptable", async () => {
    const body = await problem(await programmes.GET(get(PROGRAMMES, { Accept: "application/xml" }), programmesOf2024), 406);
    expect(body.detail).toBe(
      "Deze resource is beschikbaar als json en csv; de Accept-header sluit dat uit. Vraag application/json of gebruik de parameter formaat.",
    );
  });

  it("answers 406 when formaat asks what Accept rules out", async () => {
    await problem(await programmes.GET(get(`${PROGRAMMES}?formaat=csv`, { Accept: "application/json" }), programmesOf2024), 406);
  });

  it("answers HEAD errors without a body", async () => {
    const response = await municipality.HEAD(get("/api/v1/gemeenten/atlantis", {}, "HEAD"), params({ slug: "atlantis" }));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("");
  });
});
