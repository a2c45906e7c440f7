import { describe, expect, it } from "vitest";
import { decisionFormState, entryFormState, previousSeq, typedValues } from "./form-state";

const typed = { "indicators.0.actual": "7.0.0", reason: "" };

describe("entryFormState: every answer keeps what the user typed unless it was saved", () => {
  it("on success: a message and a clean form", () => {
    const state = entryFormState({ seq: 4 }, { ok: true, data: { outcome: "saved", changed: 2, submitted: 12, returnedLeft: 1 } }, typed);
    expect(state).toMatchObject({ seq: 5, status: "saved", values: {}, fieldErrors: {} });
    expect(state.message).toBe(
      "Opgeslagen: 2 cijfers gewijzigd. 12 cijfers ingediend ter beoordeling. 1 cijfer staat nog op teruggestuurd: pas het aan om de vraag van de controller te beantwoorden.",
    );
  });

  it("says so when nothing changed", () => {
    const state = entryFormState({ seq: 0 }, { ok: true, data: { outcome: "saved", changed: 0, submitted: 0, returnedLeft: 0 } }, {});
    expect(state.message).toBe("Er was niets gewijzigd.");
  });

  it("on invalid input: every field error, a count, and the typed values", () => {
    const state = entryFormState(
      { seq: 1 },
      { ok: false, code: "VALIDATION", message: "x", fieldErrors: { "indicators.0.actual": ["Gebruik een komma"], "lines.1.actual": ["Vul een bedrag in"] } },
      typed,
    );
    expect(state).toMatchObject({ seq: 2, status: "error", values: typed, message: "Er zijn 2 fouten in het formulier. Er is niets opgeslagen." });
    expect(state.fieldErrors["lines.1.actual"]).toEqual(["Vul een bedrag in"]);
  });

  it("on a refusal by the rules: the server's message and fields", () => {
    const state = entryFormState(
      { seq: 1 },
      { ok: true, data: { outcome: "refused", message: "Indienen kan nog niet", fieldErrors: { "indicators.0.explanation": ["Toelichting verplicht"] }, formErrors: [] } },
      typed,
    );
    expect(state).toMatchObject({ status: "error", message: "Indienen kan nog niet", values: typed });
  });

  it("on a conflict: the other person's values, and the user's own kept", () => {
    const conflict = { group: "indicators" as const, id: "v1", by: "Anna", at: "2026-03-14T08:05:00.000Z", version: 5, reviewStatus: "CONCEPT" as const, current: { actual: "7.2" } };
    const state = entryFormState({ seq: 1 }, { ok: true, data: { outcome: "conflict", conflicts: [conflict] } }, typed);
    expect(state).toMatchObject({ status: "error", values: typed, conflicts: [conflict] });
    expect(state.message).toMatch(/Iemand anders heeft intussen 1 cijfer gewijzigd. Er is niets opgeslagen/);
  });

  it("on a locked document or a missing right: the message as given", () => {
    const state = entryFormState({ seq: 0 }, { ok: false, code: "CONFLICT", message: "Dit document is vastgesteld" }, typed);
    expect(state).toMatchObject({ status: "error", message: "Dit document is vastgesteld", values: typed });
  });
});

describe("typedValues and previousSeq", () => {
  it("keeps only the fields a user types in", () => {
    const form: [string, string][] = [
      ["indicators.0.value", "7,4"],
      ["indicators.0.base.value", "7.4"],
      ["indicators.0.version", "3"],
      ["lines.2.explanation", "x"],
      ["lines.2.amount", "1.000"],
      ["lines.2.budgetAmended", "1.000"],
      ["reason", "correctie"],
      ["documentId", "d"],
      ["$ACTION_1:0", "{}"],
    ];
    expect(typedValues(form)).toEqual({
      "indicators.0.value": "7,4",
      "lines.2.explanation": "x",
      "lines.2.amount": "1.000",
      reason: "correctie",
    });
  });

  it("trusts nothing of the client's previous state but a sane counter", () => {
    expect(previousSeq({ seq: 3, values: { x: "y" } })).toEqual({ seq: 3 });
    expect(previousSeq({ seq: -1 })).toEqual({ seq: 0 });
    expect(previousSeq({ seq: "3" })).toEqual({ seq: 0 });
    expect(previousSeq(null)).toEqual({ seq: 0 });
  });
});

describe("decisionFormState", () => {
  it("clears the text after a decision and keeps it after a refusal", () => {
    expect(decisionFormState({ seq: 0 }, { ok: true, data: { message: "Goedgekeurd." } }, "ok")).toEqual({
      seq: 1, status: "done", message: "Goedgekeurd.", fieldErrors: {}, text: "",
    });
    expect(
      decisionFormState({ seq: 1 }, { ok: false, code: "VALIDATION", message: "m", fieldErrors: { comment: ["Schrijf uw vraag"] } }, ""),
    ).toMatchObject({ seq: 2, status: "error", fieldErrors: { comment: ["Schrijf uw vraag"] } });
    expect(decisionFormState({ seq: 0 }, { ok: true, data: { refused: "Geef een reden", fieldErrors: { reason: ["Geef een reden"] } } }, "x")).toMatchObject({
      status: "error", message: "Geef een reden", text: "x",
    });
  });
});
