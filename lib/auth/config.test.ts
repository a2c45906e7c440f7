import { afterEach, describe, expect, it, vi } from "vitest";
import { trustedProxyHops } from "./config";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("trustedProxyHops", () => {
  it("reads TRUSTED_PROXY_HOPS, 1 when unset", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", undefined);
    expect(trustedProxyHops()).toBe(1);
    vi.stubEnv("TRUSTED_PROXY_HOPS", "0");
    expect(trustedProxyHops()).toBe(0);
    vi.stubEnv("TRUSTED_PROXY_HOPS", "2");
    expect(trustedProxyHops()).toBe(2);
  });

  it("falls back to 1 on an invalid value and says so once, not on every sign-in", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.stubEnv("TRUSTED_PROXY_HOPS", "twee");
    expect(trustedProxyHops()).toBe(1);
    expect(trustedProxyHops()).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/TRUSTED_PROXY_HOPS="twee"/);
  });
});
