import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_CACHE_CONTROL, PUBLIC_FRESH_SECONDS, PUBLIC_STALE_SECONDS } from "./cache-policy";

/** Every page.tsx under a folder, recursively. */
function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

describe("the public caching policy", () => {
  it("lets a shared cache hold a withdrawn publication for minutes, not hours", () => {
    expect(PUBLIC_FRESH_SECONDS + PUBLIC_STALE_SECONDS).toBeLessThanOrEqual(600);
    expect(API_CACHE_CONTROL).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=60");
  });

  it("is the revalidate literal of every cached public page (Next reads it statically, so it cannot import the constant)", () => {
    const cached = pages(path.resolve("app/(public)"))
      .map((file) => ({ file, match: /export const revalidate = (\d+);/.exec(fs.readFileSync(file, "utf8")) }))
      .filter((p) => p.match);
    expect(cached.length).toBeGreaterThanOrEqual(2);
    for (const { file, match } of cached) expect(Number(match![1]), file).toBe(PUBLIC_FRESH_SECONDS);
  });
});
