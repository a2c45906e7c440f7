import { describe, expect, it } from "vitest";
import { formState, typedText } from "./state";

describe("formState: a refusal keeps what was typed, a success clears it", () => {
  const typed = { thresholdAmount: "1.5", thresholdPercent: "2,555" };

  it("on success: the message, no errors, no values", () => {
    expect(formState({ seq: 2 }, { ok: true, data: { message: "Opgeslagen." } }, typed)).toEqual({
      seq: 3,
      status: "done",
      message: "Opgeslagen.",
      fieldErrors: {},
      values: {},
      link: null,
    });
  });

  it("on invalid input: every field error, counted in the message, and the typed values", () => {
    const fieldErrors = { thresholdAmount: ["Vul een bedrag in hele euro's in"], thresholdPercent: ["Maximaal 2 decimalen"] };
    const state = formState({ seq: 0 }, { ok: false, code: "VALIDATION", message: "x", fieldErrors }, typed);
    expect(state).toMatchObject({ seq: 1, status: "error", fieldErrors, values: typed });
    expect(state.message).toBe("Er zijn 2 fouten in het formulier. Er is niets opgeslagen.");
  });

  it("on a refusal by the server's rules or the gate: its message", () => {
    expect(formState({ seq: 0 }, { ok: true, data: { refused: "Laatste beheerder.", fieldErrors: {} } }, {})).toMatchObject({
      status: "error",
      message: "Laatste beheerder.",
    });
    expect(formState({ seq: 0 }, { ok: false, code: "FORBIDDEN", message: "Geen toestemming." }, {}).message).toBe("Geen toestemming.");
  });

  it("typedText takes only the named text fields", () => {
    const form = new FormData();
    form.set("email", "a@b.nl");
    form.set("municipalityId", "x");
    expect(typedText(form, ["email", "role"])).toEqual({ email: "a@b.nl" });
  });
});
