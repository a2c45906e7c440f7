/**
 * The OpenAPI 3.1 description of /api/v1, generated — never hand-written —
 * from the operations (lib/api/operations) and the zod schemas the code parses
 * parameters with and builds responses from. OpenAPI 3.1 uses JSON Schema
 * 2020-12, z.toJSONSchema's native target, so schemas carry over unchanged.
 */
import { z } from "zod";
import { CSV_DESCRIPTION } from "./csv";
import { API_VERSION, CACHE_CONTROL } from "./http";
import { API_BASE } from "./links";
import type { AnyOperation } from "./operation";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination";
import { apiSchemas } from "./schemas/common";
import { problemSchema } from "./schemas/problem";

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => `#/components/schemas/${id}`;

/** Component and parameter schemas are embedded, not documents of their own. */
function embedded(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: ref, io: "output" });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, embedded(s as JsonSchema)]));
}

function schemaRef(schema: z.ZodType): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  return id ? { $ref: ref(id) } : embedded(z.toJSONSchema(schema, { io: "output" }) as JsonSchema);
}

function parameters(schema: z.ZodObject, location: "path" | "query") {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const { description, ...json } = embedded(z.toJSONSchema(field, { io: "input" }) as JsonSchema);
    return {
      name,
      in: location,
      required: location === "path" || !field.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: json,
      ...(json.type === "array" ? { style: "form", explode: true } : {}),
    };
  });
}

const problemContent = { "application/problem+json": { schema: schemaRef(problemSchema) } };
const problemResponse = (description: string) => ({ description, content: problemContent, headers: commonHeaderRefs });

const headers = {
  "API-Version": { description: "Versie van de API (semver).", schema: { type: "string", example: API_VERSION } },
  ETag: { description: "Sterke hash van de inhoud; stuur hem terug in If-None-Match voor een 304.", schema: { type: "string" } },
  "Cache-Control": { description: `Altijd \`${CACHE_CONTROL}\`.`, schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "Altijd `*`: elke website mag de gegevens lezen.", schema: { type: "string" } },
  Link: { description: "RFC 8288-links naar first, prev, next en last (alleen bij gepagineerde JSON).", schema: { type: "string" } },
  "X-Total-Count": { description: "Totaal aantal resultaten over alle pagina's.", schema: { type: "integer" } },
  "X-Pagination-Page": { description: "Deze pagina.", schema: { type: "integer" } },
  "X-Pagination-Limit": { description: "Paginagrootte.", schema: { type: "integer" } },
  "Content-Disposition": { description: "Bij CSV: bestandsnaam voor de download.", schema: { type: "string" } },
};
const headerRef = (name: keyof typeof headers) => ({ $ref: `#/components/headers/${name}` });
const commonHeaderRefs = { "API-Version": headerRef("API-Version"), "Access-Control-Allow-Origin": headerRef("Access-Control-Allow-Origin") };

function operationObject(op: AnyOperation) {
  const okHeaders: Record<string, unknown> = {
    ...commonHeaderRefs,
    ETag: headerRef("ETag"),
    "Cache-Control": headerRef("Cache-Control"),
  };
  if (op.paginated) {
    for (const name of ["Link", "X-Total-Count", "X-Pagination-Page", "X-Pagination-Limit"] as const) okHeaders[name] = headerRef(name);
  }
  if (op.csv) okHeaders["Content-Disposition"] = headerRef("Content-Disposition");

  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: op.csv ? `${op.description}\n\n${CSV_DESCRIPTION}` : op.description,
    parameters: [
      ...parameters(op.pathParams, "path"),
      ...parameters(op.query, "query"),
      { $ref: "#/components/parameters/If-None-Match" },
    ],
    responses: {
      "200": {
        description: "OK",
        headers: okHeaders,
        content: {
          "application/json": { schema: schemaRef(op.response) },
          ...(op.csv ? { "text/csv": { schema: { type: "string" }, description: CSV_DESCRIPTION } } : {}),
        },
      },
      "304": { description: "Niet gewijzigd: de ETag in If-None-Match is nog actueel.", headers: { ...commonHeaderRefs, ETag: headerRef("ETag") } },
      "400": problemResponse("Ongeldige parameter; `invalidParams` noemt ze allemaal."),
      ...(op.notFound ? { "404": problemResponse(op.notFound) } : {}),
      "406": problemResponse("De Accept-header sluit elk beschikbaar formaat uit."),
      "500": problemResponse("Interne fout."),
    },
  };
}

const INTRODUCTION = `Open data van de Programmamonitor: doelen, indicatoren en geld van gemeentelijke programma's door de P&C-cyclus (begroting, bestuursrapportage, jaarstukken).

**Wat je ziet.** Alleen gepubliceerde documenten en goedgekeurde cijfers. Elk cijfer en elke tekst heeft een \`herkomst\`: de titel van het gepubliceerde document en de vindplaats daarin.

**Geld.** Bedragen zijn hele euro's in één canonieke vorm, als tekst (JSON kent geen grote gehele getallen): positief in de eigen richting van de categorie (lasten, baten, toevoegingen, onttrekkingen); saldo (saldo van baten en lasten) = baten − lasten; resultaat (resultaat na reserves, saldo na bestemming) = saldo + onttrekkingen − toevoegingen; verschil = realisatie − begroting na wijziging. \`bedragen\` van totalen zijn berekend uit de exacte regels. Daarnaast, x € 1.000 in de eigen tekenconventie van de gemeente (zie \`tekenconventie\` en \`/gemeenten/{slug}\`): \`alsGedrukt\` is wat het document afdrukte en de raad vaststelde, \`berekendUitRegels\` de som van de regels, \`afrondingsverschil\` het verschil tussen die twee; alle cellen waar dat niet 0 is staan in \`afrondingsverschillen\`. Elke afwijking is V (voordeel) of N (nadeel).

**Formaten.** JSON standaard; tabellen ook als CSV met \`?formaat=csv\` (of \`Accept: text/csv\`). ${CSV_DESCRIPTION}

**HTTP.** Alleen lezen: GET, HEAD en OPTIONS, met CORS voor elke herkomst. Elk antwoord heeft een sterke ETag (If-None-Match geeft 304), \`Cache-Control: ${CACHE_CONTROL}\` en de header \`API-Version\`. Fouten zijn \`application/problem+json\` met een Nederlandse \`detail\`, ook de 404 voor een pad dat niet bestaat. Parameters worden streng gelezen: een jaar in vier cijfers (\`2024\`, niet \`0x7e8\` of \`2024.0\`), \`page\` en \`pageSize\` als heel getal in cijfers (niet \`1e3\`). Grote verzamelingen zijn gepagineerd met \`page\` en \`pageSize\` (standaard ${DEFAULT_PAGE_SIZE}, hoogstens ${MAX_PAGE_SIZE}), met \`_links\` (first, prev, self, next, last) en dezelfde links in de \`Link\`-header.`;

export function buildOpenApiDocument(operations: readonly AnyOperation[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) paths[op.path] = { ...(paths[op.path] ?? {}), get: operationObject(op) };
  return {
    openapi: "3.1.0",
    info: {
      title: "Programmamonitor open data API",
      version: API_VERSION,
      description: INTRODUCTION,
      contact: { name: "Beheerder van deze Programmamonitor" },
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    servers: [{ url: API_BASE, description: "Deze server" }],
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      headers,
      parameters: {
        "If-None-Match": {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "ETag van een eerder antwoord; is die nog actueel, dan volgt 304 zonder inhoud.",
          schema: { type: "string" },
        },
      },
    },
  };
}
