// Plain JS so next.config.js can import it without a build step; the types are
// in cache-policy.d.ts. How long a shared cache (CDN, proxy) may go on serving
// a public page or API response after the data changed — after a document is
// withdrawn, at most FRESH + STALE seconds. See docs/decisions/010-public-caching.md.

/** A shared cache may serve a copy this long without asking (s-maxage), and the server's ISR re-renders at least this often. */
export const PUBLIC_FRESH_SECONDS = 300;

/** After that, a shared cache may serve the old copy this much longer while it fetches a new one (stale-while-revalidate). */
export const PUBLIC_STALE_SECONDS = 60;

/** Cache-Control of API responses: browsers ask again each time (their ETag makes that a cheap 304), shared caches follow the policy. */
export const API_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_FRESH_SECONDS}, stale-while-revalidate=${PUBLIC_STALE_SECONDS}`;
