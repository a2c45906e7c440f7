import { describe, expect, it } from "vitest";
import { ACCOUNT_LINK_USAGE, parseAccountLinkArgs } from "./command-line";

describe("parseAccountLinkArgs (npm run account:link)", () => {
  it("reads the address, the name and the platform role in any order", () => {
    expect(parseAccountLinkArgs(["--naam", "Eerste Beheer", "Beheer@Example.nl", "--platformbeheerder"])).toEqual({
      ok: true,
      email: "beheer@example.nl",
      name: "Eerste Beheer",
      platformAdmin: true,
    });
    expect(parseAccountLinkArgs(["beheer@example.nl"])).toEqual({ ok: true, email: "beheer@example.nl", name: undefined, platformAdmin: false });
  });

  it("strips bidirectional controls from the name, as the form does, so it cannot render reversed", () => {
    const args = parseAccountLinkArgs(["a@example.nl", "--naam", "Jan \u202Eliets\u202C de Vries"]);
    expect(args).toMatchObject({ ok: true, name: "Jan liets de Vries" });
  });

  it("refuses a NUL byte or an overlong name with the form's Dutch message", () => {
    expect(parseAccountLinkArgs(["a@example.nl", "--naam", "Jan\u0000"])).toMatchObject({ ok: false });
    expect(parseAccountLinkArgs(["a@example.nl", "--naam", "x".repeat(201)])).toEqual({ ok: false, message: "Een naam heeft maximaal 200 tekens" });
  });

  it("does not take the name for the address, and explains the usage without an address", () => {
    expect(parseAccountLinkArgs(["--naam", "a@example.nl"])).toEqual({ ok: false, message: ACCOUNT_LINK_USAGE });
    expect(parseAccountLinkArgs([])).toEqual({ ok: false, message: ACCOUNT_LINK_USAGE });
  });
});
