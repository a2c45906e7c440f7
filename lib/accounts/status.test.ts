import { describe, expect, it } from "vitest";
import { accountStatus } from "./status";

describe("accountStatus: can the owner get in, and if not, why", () => {
  const link = new Date("2026-11-30T10:00:00Z");
  it.each([
    [{ disabledAt: new Date(), hasPassword: true, openLinkExpiresAt: link }, "GEBLOKKEERD"],
    [{ disabledAt: null, hasPassword: true, openLinkExpiresAt: link }, "ACTIEF"],
    [{ disabledAt: null, hasPassword: true, openLinkExpiresAt: null }, "ACTIEF"],
    [{ disabledAt: null, hasPassword: false, openLinkExpiresAt: link }, "UITGENODIGD"],
    [{ disabledAt: null, hasPassword: false, openLinkExpiresAt: null }, "GEEN_WACHTWOORD"],
  ] as const)("%o → %s", (input, status) => {
    expect(accountStatus(input)).toBe(status);
  });
});
