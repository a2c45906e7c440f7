import { describe, expect, it } from "vitest";
import {
  DEFAULT_AFTER_SIGN_IN,
  LOGIN_LIMITS,
  SIGN_IN_FAILED_MESSAGE,
  clientIp,
  isOverLimit,
  normalizeEmail,
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
  it("takes the right-most X-Forwarded-For entry: the one the nearest proxy wrote", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "203.0.113.8" })).toBe("203.0.113.8");
  });

  it("falls back to X-Real-IP, then to a shared bucket", () => {
    expect(clientIp({ "x-real-ip": " 198.51.100.1 " })).toBe("198.51.100.1");
    expect(clientIp({})).toBe("onbekend");
    expect(clientIp(new Headers({ "x-forwarded-for": " , " }))).toBe("onbekend");
  });

  it("caps what it stores", () => {
    expect(clientIp({ "x-forwarded-for": "x".repeat(500) })).toHaveLength(64);
  });
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
