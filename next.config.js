// @ts-check
import { securityHeaders } from "./lib/http/security-headers.js";
import { PUBLIC_FRESH_SECONDS, PUBLIC_STALE_SECONDS } from "./lib/http/cache-policy.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel work (or a second checkout's tests) build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  // ISR pages (revalidate = PUBLIC_FRESH_SECONDS) then carry
  // "s-maxage=300, stale-while-revalidate=60" instead of Next's default of
  // nearly a year of stale-while-revalidate, so a CDN drops a withdrawn
  // publication within minutes. docs/decisions/010-public-caching.md
  expireTime: PUBLIC_FRESH_SECONDS + PUBLIC_STALE_SECONDS,
  experimental: {
    // proxy.ts runs for every request, and Next buffers at most this much of a
    // body behind a proxy (10 MB by default) — silently cutting off the rest.
    // An import upload may be 15 MB plus its multipart envelope
    // (lib/exchange/upload-body.ts MAX_UPLOAD_BODY_BYTES; next.config.test.ts
    // keeps the two in step); the upload route refuses anything larger itself.
    proxyClientMaxBodySize: 16 * 1024 * 1024,
    serverActions: {
      // The biggest legitimate post is a programme form: per row a toelichting
      // of at most 5.000 characters plus its hidden copy (base.explanation),
      // up to 3 bytes each in UTF-8, so 30 kB a row; 4 MB holds 130 such rows,
      // more than any programme has. Next's default of 1 MB answered a 1 MB
      // toelichting with an English error page and lost the form; under this
      // limit the schema refuses it with the field's Dutch length message and
      // the form keeps everything. Past it, the form refuses before posting
      // (components/werkplek/entry/EntryForm.tsx).
      bodySizeLimit: "4mb",
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
