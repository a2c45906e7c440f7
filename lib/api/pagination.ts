/**
 * Pagination as the Dutch government APIs do it: `page` and `pageSize` query
 * parameters, HAL-style `_links` (first/prev/self/next/last) in the body, and
 * the same information in headers (RFC 8288 `Link`, `X-Total-Count`,
 * `X-Pagination-Page`, `X-Pagination-Limit`) for clients that stream.
 */
import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const pageMessage = "Gebruik een paginanummer van 1 of hoger";
const pageSizeMessage = `Gebruik een paginagrootte van 1 tot en met ${MAX_PAGE_SIZE}`;

export const pagingQuery = {
  page: z.coerce
    .number({ error: pageMessage })
    .int({ error: pageMessage })
    .min(1, { error: pageMessage })
    .max(1_000_000, { error: pageMessage })
    .default(1)
    .describe("Paginanummer, vanaf 1."),
  pageSize: z.coerce
    .number({ error: pageSizeMessage })
    .int({ error: pageSizeMessage })
    .min(1, { error: pageSizeMessage })
    .max(MAX_PAGE_SIZE, { error: pageSizeMessage })
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Aantal resultaten per pagina (standaard ${DEFAULT_PAGE_SIZE}, hoogstens ${MAX_PAGE_SIZE}).`),
};

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface PageInfo extends PageRequest {
  total: number;
}

export const linkSchema = z.object({ href: z.string().describe("Pad van de gelinkte resource, relatief aan de host.") });

export const pageLinksSchema = z.object({
  self: linkSchema,
  first: linkSchema,
  last: linkSchema,
  prev: linkSchema.optional(),
  next: linkSchema.optional(),
});

export function lastPage({ total, pageSize }: PageInfo): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pageSlice<T>(items: readonly T[], { page, pageSize }: PageRequest): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

function hrefFor(url: URL, page: number, pageSize: number): string {
  const target = new URL(url.pathname + url.search, "http://x");
  target.searchParams.set("page", String(page));
  target.searchParams.set("pageSize", String(pageSize));
  return target.pathname + target.search;
}

export function pageLinks(url: URL, info: PageInfo): z.infer<typeof pageLinksSchema> {
  const last = lastPage(info);
  const link = (page: number) => ({ href: hrefFor(url, page, info.pageSize) });
  return {
    self: link(info.page),
    first: link(1),
    last: link(last),
    ...(info.page > 1 ? { prev: link(Math.min(info.page - 1, last)) } : {}),
    ...(info.page < last ? { next: link(info.page + 1) } : {}),
  };
}

export function pageHeaders(url: URL, info: PageInfo): Record<string, string> {
  const links = pageLinks(url, info);
  const link = Object.entries(links)
    .filter(([rel]) => rel !== "self")
    .map(([rel, { href }]) => `<${href}>; rel="${rel}"`)
    .join(", ");
  return {
    Link: link,
    "X-Total-Count": String(info.total),
    "X-Pagination-Page": String(info.page),
    "X-Pagination-Limit": String(info.pageSize),
  };
}
