import { describe, expect, it } from "vitest";
import {
  DEFAULT_AFTER_SIGN_IN,
  LOGIN_LIMITS,
  SIGN_IN_FAILED_MESSAGE,
  UNKNOWN_CLIENT,
  clientIp,
  isOverLimit,
  normalizeEmail,
  parseTrustedProxyHops,
  safeCallbackPath,
  windowStart,
} from "./login-policy";

describe("login limits", () => {
  it("allows five failures per account and twenty per address in fifteen minutes", () => {
    expect(LOGIN_LIMITS).toEqual({ windowMinutes: 15, perAccount: 5, perIp: 20 });
  });

  it.each([
    [{ accountFailures: 1, ipFailures: 1 }, false],
    [{ accountFailures: 5, ipFailures: 5 }, false],
    [{ accountFailures: 6, ipFailures: 6 }, true],
    [{ accountFailures: 1, ipFailures: 20 }, false],
    [{ accountFailures: 1, ipFailures: 21 }, true],
  ])("counts including this attempt %o → over the limit: %s", (counts, over) => {
    expect(isOverLimit(counts)).toBe(over);
  });

  it("looks back fifteen minutes", () => {
    expect(windowStart(new Date("2026-11-23T12:00:00Z")).toISOString()).toBe("2026-11-23T11:45:00.000Z");
  });

  it("says the same, in Dutch, whatever was wrong", () => {
    expect(SIGN_IN_FAILED_MESSAGE).toBe("E-mailadres of wachtwoord onjuist, of te veel pogingen. Probeer het later opnieuw.");
  });
});

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Advies@Zoetermeer.DEMO ")).toBe("advies@zoetermeer.demo");
  });
});

describe("clientIp", () => {
  // The client forged "6.6.6.6"; the outer proxy appended 203.0.113.7, the inner one 10.0.0.2.
  const twoProxies = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });

  it("behind one proxy takes the right-most X-Forwarded-For entry: the one that proxy wrote", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), 1)).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "203.0.113.8" }, 1)).toBe("203.0.113.8");
  });

  it("behind two proxies takes the second entry from the right", () => {
    expect(clientIp(twoProxies, 2)).toBe("203.0.113.7");
    expect(clientIp(twoProxies, 1)).toBe("10.0.0.2");
  });

  it("reads repeated header lines in order, as one list", () => {
    expect(clientIp({ "x-forwarded-for": ["6.6.6.6", "203.0.113.7, 10.0.0.2"] }, 2)).toBe("203.0.113.7");
  });

  it("with 0 hops trusts no forwarding header at all: no address, so no per-address limit", () => {
    expect(clientIp(twoProxies, 0)).toBeNull();
    expect(clientIp({ "x-real-ip": "198.51.100.1" }, 0)).toBeNull();
    expect(clientIp({}, 0)).toBeNull();
  });

  it("puts a request with fewer entries than proxies in the shared bucket: it did not come through them", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7" }, 2)).toBe(UNKNOWN_CLIENT);
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }, 3)).toBe(UNKNOWN_CLIENT);
  });

  it("falls back to X-Real-IP behind one proxy only, then to the shared bucket", () => {
    expect(clientIp({ "x-real-ip": " 198.51.100.1 " }, 1)).toBe("198.51.100.1");
    expect(clientIp({ "x-real-ip": "198.51.100.1" }, 2)).toBe(UNKNOWN_CLIENT);
    expect(clientIp({}, 1)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(new Headers({ "x-forwarded-for": " , " }), 1)).toBe(UNKNOWN_CLIENT);
  });

  it("ignores empty entries and caps what it stores, whatever the header holds", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, , 10.0.0.2," }, 2)).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "x".repeat(500) }, 1)).toHaveLength(64);
  });
});

describe("parseTrustedProxyHops", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["  ", 1],
    ["0", 0],
    ["1", 1],
    [" 2 ", 2],
    ["02", 2],
  ])("reads %j as %i hops", (raw, hops) => {
    expect(parseTrustedProxyHops(raw)).toEqual({ hops, invalid: false });
  });

  it.each(["-1", "1.5", "2,0", "1e1", "twee", "0x2", "2 proxies", "99999999999999999999"])(
    "calls %j invalid and falls back to 1",
    (raw) => {
      expect(parseTrustedProxyHops(raw)).toEqual({ hops: 1, invalid: true });
    },
  );
});

describe("safeCallbackPath", () => {
  const origin = "https://monitor.example.nl";

  it.each([
    ["/werkplek", "/werkplek"],
    ["/werkplek/zoetermeer?jaar=2024#p6", "/werkplek/zoetermeer?jaar=2024#p6"],
    ["https://monitor.example.nl/werkplek/hilversum", "/werkplek/hilversum"],
  ])("keeps %s on this site", (value, path) => {
    expect(safeCallbackPath(value, origin)).toBe(path);
  });

  it.each([
    undefined,
    "",
    42,
    "https://evil.example/werkplek",
    "//evil.example/werkplek",
    "/\\evil.example",
    "/.//evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "werkplek",
    "/inloggen",
    "/api/auth/signout",
  ])("sends %s to the workplace instead", (value) => {
    expect(safeCallbackPath(value, origin)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("refuses absolute URLs when the origin is not configured", () => {
    expect(safeCallbackPath("https://monitor.example.nl/werkplek/x", null)).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});
