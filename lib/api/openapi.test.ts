import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { operations } from "./operations";

const doc = buildOpenApiDocument(operations);

/** Every "$ref" in the document, wherever it sits. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with info, version and a server under /api/v1", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.servers).toEqual([{ url: "/api/v1", description: "Deze server" }]);
  });

  it("describes every operation once, with a unique operationId", () => {
    expect(Object.keys(doc.paths)).toHaveLength(operations.length);
    const ids = Object.values(doc.paths).map((p) => (p.get as { operationId: string }).operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every $ref", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(50);
    for (const ref of all) expect(resolve(ref), ref).toBeDefined();
  });

  it("declares every path parameter of a path", () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const params = (item.get as { parameters: { name?: string; in?: string }[] }).parameters;
      expect(params.filter((p) => p.in === "path").map((p) => p.name), path).toEqual(names);
    }
  });

  it("documents errors as problem+json and CSV where offered", () => {
    for (const op of operations) {
      const responses = (doc.paths[op.path]!.get as { responses: Record<string, { content?: Record<string, unknown> }> }).responses;
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(["200", "304", "400", "406", "500"]));
      expect(responses["400"]!.content).toHaveProperty("application/problem+json");
      expect(Boolean(responses["200"]!.content!["text/csv"])).toBe(Boolean(op.csv));
      expect(Boolean(responses["404"])).toBe(Boolean(op.notFound));
    }
  });

  it("generates the schemas from zod, Dutch names and all", () => {
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(["Gemeente", "Programma", "Doel", "FinancieleRegel", "Probleem", "IndicatorVergelijking"]));
    expect(schemas.FinancieleRegel!.properties).toHaveProperty("alsGedrukt");
    expect(schemas.Doel!.properties!.subdoelen).toEqual({ type: "array", items: { $ref: "#/components/schemas/Doel" } });
    expect(JSON.stringify(schemas)).not.toContain('"$schema"');
  });

  it("documents the stages of the P&C cycle: wijzigingen, prognoses and the basis per line, streefwaarden per begroting per indicator", () => {
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, { enum?: unknown[]; anyOf?: { enum?: unknown[] }[] }> }>;
    expect(Object.keys(schemas.FinancieleRegel!.properties!)).toEqual(
      expect.arrayContaining(["begrotingspostId", "basisNaWijziging", "wijzigingen", "prognoses", "bedragen"]),
    );
    expect(Object.keys(schemas.Begrotingswijziging!.properties!)).toEqual(["nummer", "datum", "bevoegdheid", "raadsbesluit", "reden", "bedrag", "nietGespecificeerd"]);
    expect(JSON.stringify(schemas.Begrotingswijziging!.properties!.bevoegdheid)).toContain("college, binnen het mandaat");
    expect(JSON.stringify(schemas.FinancieleRegel!.properties!.basisNaWijziging)).toContain("zoals gedrukt");
    expect(Object.keys(schemas.Indicator!.properties!)).toEqual(expect.arrayContaining(["waarden", "streefwaarden", "realisaties"]));
    expect(Object.keys(schemas.Streefwaarde!.properties!)).toEqual(["jaar", "dimensiewaarde", "waarde", "periode", "fase", "begroting"]);
  });

  it("documents the CSV neutralisation rule", () => {
    expect(doc.info.description).toContain("enkel aanhalingsteken");
  });
});
