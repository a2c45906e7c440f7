/**
 * Pagination as the Dutch government APIs do it: `page` and `pageSize` query
 * parameters, HAL-style `_links` (first/prev/self/next/last) in the body, and
 * the same information in headers (RFC 8288 `Link`, `X-Total-Count`,
 * `X-Pagination-Page`, `X-Pagination-Limit`) for clients that stream.
 */
import { z } from "zod";
import { formatInteger } from "@/lib/format/number";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 1_000_000;

const pageMessage = `Gebruik een paginanummer van 1 tot en met ${formatInteger(MAX_PAGE)}, in cijfers`;
const pageSizeMessage = `Gebruik een paginagrootte van 1 tot en met ${MAX_PAGE_SIZE}`;

/**
 * A positive whole number written in decimal digits. z.coerce.number would
 * take "1e3", "0x10", " 2" and "2.0" as well: refused, so a link cannot be
 * spelled two ways and a typo is not silently read as another page.
 */
function positiveWholeNumber(max: number, message: string) {
  return z
    .string({ error: message })
    // At most as many digits as the maximum, so the pattern alone refuses a
    // 40-digit number with one reason rather than two.
    .regex(new RegExp(`^[1-9]\\d{0,${String(max).length - 1}}$`), { error: message })
    .transform(Number)
    .pipe(z.number().max(max, { error: message }));
}

export const pagingQuery = {
  page: positiveWholeNumber(MAX_PAGE, pageMessage)
    .default(1)
    .describe(`Paginanummer: een heel getal van 1 tot en met ${formatInteger(MAX_PAGE)}, in cijfers.`),
  pageSize: positiveWholeNumber(MAX_PAGE_SIZE, pageSizeMessage)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Aantal resultaten per pagina: een heel getal, standaard ${DEFAULT_PAGE_SIZE}, hoogstens ${MAX_PAGE_SIZE}.`),
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
