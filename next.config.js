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
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
