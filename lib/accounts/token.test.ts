import { describe, expect, it } from "vitest";
import { hashTokenSecret, isTokenUsable, newTokenSecret, passwordLinkPath, TOKEN_SHAPE, tokenExpiry } from "./token";

describe("password link secrets", () => {
  it("are 43 URL-safe characters and never repeat", () => {
    const secrets = new Set(Array.from({ length: 200 }, newTokenSecret));
    expect(secrets.size).toBe(200);
    for (const s of secrets) expect(s).toMatch(TOKEN_SHAPE);
  });

  it("are stored as their SHA-256, which differs from the secret and is stable", () => {
    const secret = newTokenSecret();
    expect(hashTokenSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret(secret)).toBe(hashTokenSecret(secret));
    expect(hashTokenSecret(secret)).not.toContain(secret);
    expect(hashTokenSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("put the secret in the page address", () => {
    expect(passwordLinkPath("abc")).toBe("/wachtwoord-instellen/abc");
  });
});

describe("link lifetime", () => {
  const now = new Date("2026-11-23T10:00:00Z");

  it("gives an invitation a week and a reset a day", () => {
    expect(tokenExpiry("INVITE", now).toISOString()).toBe("2026-11-30T10:00:00.000Z");
    expect(tokenExpiry("RESET", now).toISOString()).toBe("2026-11-24T10:00:00.000Z");
  });

  it("works until it expires, and only once", () => {
    const expiresAt = tokenExpiry("RESET", now);
    expect(isTokenUsable({ expiresAt, usedAt: null }, now)).toBe(true);
    expect(isTokenUsable({ expiresAt, usedAt: null }, new Date(expiresAt.getTime() - 1))).toBe(true);
    expect(isTokenUsable({ expiresAt, usedAt: null }, expiresAt)).toBe(false);
    expect(isTokenUsable({ expiresAt, usedAt: now }, now)).toBe(false);
  });
});
