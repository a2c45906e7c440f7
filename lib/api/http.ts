/**
 * The headers every API response carries, and conditional GET.
 *
 * - CORS is open (`*`): the data is public and no request carries credentials,
 *   so any web page may read it.
 * - Caching is short because a document may be corrected or withdrawn at any
 *   moment: browsers revalidate every time (the strong ETag makes that a 304),
 *   shared caches keep a copy five minutes plus one of stale-while-revalidate
 *   (docs/decisions/010-public-caching.md).
 * - Errors are never cached: a 404 for a year that is published a minute later
 *   must not linger.
 */
import { createHash } from "node:crypto";
import { API_CACHE_CONTROL } from "@/lib/http/cache-policy";

/** Semantic version of this API description (NL API Design Rules, API-57). */
export const API_VERSION = "1.0.0";

export const READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const;

export const CACHE_CONTROL = API_CACHE_CONTROL;

/** Headers a browser script may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = [
  "API-Version",
  "ETag",
  "Link",
  "X-Total-Count",
  "X-Pagination-Page",
  "X-Pagination-Limit",
  "Content-Disposition",
];

export function baseHeaders(): Headers {
  return new Headers({
    "API-Version": API_VERSION,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": EXPOSED_HEADERS.join(", "),
  });
}

/** Answer to a CORS preflight: only reads are possible. */
export function preflightResponse(): Response {
  const headers = baseHeaders();
  headers.set("Allow", READ_METHODS.join(", "));
  headers.set("Access-Control-Allow-Methods", READ_METHODS.join(", "));
  headers.set("Access-Control-Allow-Headers", "Accept, If-None-Match");
  headers.set("Access-Control-Max-Age", "86400");
  return new Response(null, { status: 204, headers });
}

/** A strong validator: the same bytes always give the same tag, different bytes a different one. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a `W/` prefix on
 * the client's tag does not stop a match, and `*` matches any current representation.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

export interface Representation {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
}

/** 200 with body (or without, for HEAD), or 304 when the client's copy is current. */
export function representationResponse(request: Request, representation: Representation): Response {
  const etag = strongEtag(representation.body);
  const headers = baseHeaders();
  headers.set("ETag", etag);
  headers.set("Cache-Control", CACHE_CONTROL);
  headers.set("Vary", "Accept");
  for (const [name, value] of Object.entries(representation.headers ?? {})) headers.set(name, value);

  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    // A 304 repeats the validators and caching headers but has no content headers.
    headers.delete("Content-Disposition");
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", representation.contentType);
  return new Response(request.method === "HEAD" ? null : representation.body, { status: 200, headers });
}
