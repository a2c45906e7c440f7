import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { get, json, params } from "./api-support";

/**
 * "/gemeenten/{slug}/jaren" for app/api/v1/gemeenten/[slug]/jaren/route.ts.
 * The catch-all ([[...onbekend]]) is no resource: it answers 404 for every path no route serves.
 */
function routePaths(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name === "route.ts") return [prefix || "/"];
    if (!entry.isDirectory() || entry.name.includes("...")) return [];
    const segment = entry.name.replace(/^\[(\w+)\]$/, "{$1}");
    return routePaths(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.x document with the usual API headers", async () => {
    const response = await openapi.GET(get("/api/v1/openapi.json"), params());
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("ETag")).toBeTruthy();
    const doc = await json<{ openapi: string; info: { version: string }; paths: Record<string, { get: unknown }>; components: { schemas: object } }>(response);
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.version).toBe(response.headers.get("API-Version"));
    expect(Object.keys(doc.components.schemas).length).toBeGreaterThan(20);
  });

  it("lists every route under app/api/v1, and nothing else", async () => {
    const doc = await json<{ paths: Record<string, { get: unknown }> }>(await openapi.GET(get("/api/v1/openapi.json"), params()));
    const routes = routePaths(path.resolve("app/api/v1"));
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
    for (const item of Object.values(doc.paths)) expect(item.get).toBeDefined();
  });
});
