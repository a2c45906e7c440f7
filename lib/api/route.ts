/**
 * Turns an operation and its loader into Next.js route handlers. Everything
 * the NL API Design Rules ask of each response — problem+json errors, CORS,
 * ETag/304, Cache-Control, API-Version, pagination headers, content
 * negotiation — happens here once, so route files stay three lines long.
 */
import { z } from "zod";
import { toCsv, CSV_CONTENT_TYPE } from "./csv";
import { baseHeaders, preflightResponse, READ_METHODS, representationResponse } from "./http";
import { API_BASE } from "./links";
import { negotiateFormat, type Format } from "./negotiate";
import type { Operation, ParamsSchema } from "./operation";
import { pageHeaders, type PageInfo, type PageRequest } from "./pagination";
import { ApiError, describeInvalidParams, invalidParamsFrom, problem, type InvalidParam, type ProblemStatus } from "./problem";

export interface LoadContext<P extends ParamsSchema, Q extends ParamsSchema> {
  params: z.output<P>;
  query: z.output<Q>;
  url: URL;
  /** The requested page; null when the whole collection is wanted (CSV, or not paginated). */
  paging: PageRequest | null;
}

export interface Loaded<Body> {
  body: Body;
  page?: PageInfo;
}

export type Loader<P extends ParamsSchema, Q extends ParamsSchema, R extends z.ZodType> = (
  context: LoadContext<P, Q>,
) => Promise<Loaded<z.output<R>>>;

/** What Next.js passes as the second argument; routes without segments get `{}`. */
export interface RouteContext {
  params: Promise<Record<string, string>>;
}

export function problemResponse(
  request: Request,
  status: ProblemStatus,
  detail: string,
  invalidParams?: InvalidParam[],
): Response {
  const headers = baseHeaders();
  headers.set("Content-Type", "application/problem+json");
  // A 404 for a year published a minute later must not stick in a cache.
  headers.set("Cache-Control", "no-store");
  if (status === 405) headers.set("Allow", READ_METHODS.join(", "));
  const body = JSON.stringify(problem(status, detail, new URL(request.url).pathname, invalidParams));
  return new Response(request.method === "HEAD" ? null : body, { status, headers });
}

/** Query parameters as zod sees them: a repeated parameter (`id=a&id=b`) becomes an array. */
function rawQuery(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** Path and query together, so a 400 names every invalid parameter at once. */
function parseRequest<P extends ParamsSchema, Q extends ParamsSchema>(
  operation: { pathParams: P; query: Q },
  rawParams: Record<string, string>,
  url: URL,
): { params: z.output<P>; query: z.output<Q> } {
  const params = operation.pathParams.safeParse(rawParams);
  const query = operation.query.safeParse(rawQuery(url));
  if (params.success && query.success) return { params: params.data, query: query.data };
  const invalid = [
    ...(params.success ? [] : invalidParamsFrom(params.error, "path")),
    ...(query.success ? [] : invalidParamsFrom(query.error, "query")),
  ];
  throw new ApiError(400, describeInvalidParams(invalid), invalid);
}

function offeredFormats(operation: { csv?: unknown }): Format[] {
  return operation.csv ? ["json", "csv"] : ["json"];
}

export function apiRoute<P extends ParamsSchema, Q extends ParamsSchema, R extends z.ZodType, Row>(
  operation: Operation<P, Q, R, Row>,
  load: Loader<P, Q, R>,
) {
  async function GET(request: Request, context?: RouteContext): Promise<Response> {
    try {
      const url = new URL(request.url);
      const { params, query } = parseRequest(operation, (await context?.params) ?? {}, url);
      const requested = (query as { formaat?: Format }).formaat;
      const format = negotiateFormat(request.headers.get("accept"), offeredFormats(operation), requested);
      if (format === null) {
        const offered = offeredFormats(operation).join(" en ");
        throw new ApiError(406, `Deze resource is beschikbaar als ${offered}; de Accept-header sluit dat uit. Vraag application/json of gebruik de parameter formaat.`);
      }
      const { page, pageSize } = query as { page?: number; pageSize?: number };
      const paging = operation.paginated && format === "json" && page && pageSize ? { page, pageSize } : null;
      const loaded = await load({ params, query, url, paging });

      if (format === "csv" && operation.csv) {
        const csv = operation.csv;
        return representationResponse(request, {
          body: toCsv(csv.columns, csv.rows(loaded.body)),
          contentType: CSV_CONTENT_TYPE,
          headers: { "Content-Disposition": `attachment; filename="${csv.filename(loaded.body)}"` },
        });
      }
      return representationResponse(request, {
        body: JSON.stringify(loaded.body),
        contentType: "application/json",
        headers: loaded.page ? pageHeaders(url, loaded.page) : {},
      });
    } catch (error) {
      if (error instanceof ApiError) return problemResponse(request, error.status, error.detail, error.invalidParams);
      console.error(`API ${operation.operationId}:`, error);
      return problemResponse(request, 500, "Er ging iets mis bij het ophalen van de gegevens. Probeer het later opnieuw.");
    }
  }

  const notAllowed = (request: Request) =>
    problemResponse(request, 405, "Deze API is alleen-lezen: gebruik GET, HEAD of OPTIONS.");

  return {
    GET,
    // Same handler: representationResponse leaves the body out for HEAD.
    HEAD: GET,
    OPTIONS: () => preflightResponse(),
    POST: notAllowed,
    PUT: notAllowed,
    PATCH: notAllowed,
    DELETE: notAllowed,
  };
}

/**
 * Every method on a path under /api/v1 that no operation serves: a Dutch
 * problem+json 404 rather than Next's HTML page, so a client that misspells a
 * path gets the same kind of answer as one that asks for an unknown municipality.
 */
export function unknownPathRoute() {
  const unknown = (request: Request) => {
    const path = new URL(request.url).pathname;
    return problemResponse(
      request,
      404,
      `Het pad ${path} bestaat niet in deze API. Alle paden staan in de beschrijving: ${API_BASE}/openapi.json.`,
    );
  };
  return { GET: unknown, HEAD: unknown, OPTIONS: unknown, POST: unknown, PUT: unknown, PATCH: unknown, DELETE: unknown };
}

/** The loader type an operation needs, so loaders are checked against the operation's schemas. */
export type LoaderFor<O> = O extends Operation<infer P, infer Q, infer R, infer _Row> ? Loader<P, Q, R> : never;
