import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { declaredBodyFits, MAX_UPLOAD_BODY_BYTES, sameOrigin } from "./upload-body";

const post = (headers: Record<string, string>) => new Request("http://localhost:3000/werkplek/ede/2027/uitwisseling/upload", { method: "POST", headers });

describe("the upload route's checks", () => {
  it("accepts a post from this site under either name Next.js knows it by, and nothing from elsewhere", () => {
    expect(sameOrigin(post({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100", "x-forwarded-host": "localhost:3100" }))).toBe(true);
    expect(sameOrigin(post({ origin: "https://evil.example", host: "127.0.0.1:3100" }))).toBe(false);
    expect(sameOrigin(post({ host: "127.0.0.1:3100" }))).toBe(false);
  });

  it("refuses a body over the limit, or without a declared length, before reading it", () => {
    expect(declaredBodyFits(post({ "content-length": String(MAX_UPLOAD_BODY_BYTES) }))).toBe(true);
    expect(declaredBodyFits(post({ "content-length": String(MAX_UPLOAD_BODY_BYTES + 1) }))).toBe(false);
    expect(declaredBodyFits(post({}))).toBe(false);
  });
});

describe("the upload's body behind the proxy", () => {
  it("is buffered whole: Next's proxy body limit holds the largest upload the route accepts", async () => {
    // Below it, Next passes only the first part of the body on, and a 12 MB workbook arrives cut off.
    const configFile = "../../next.config.js"; // plain JS without types: read as NextConfig
    const { default: config } = (await import(/* @vite-ignore */ configFile)) as { default: NextConfig };
    expect(config.experimental?.proxyClientMaxBodySize).toBeGreaterThanOrEqual(MAX_UPLOAD_BODY_BYTES);
  });
});
