import { describe, expect, it } from "vitest";
import { planTextSave, TEXT_MESSAGES, type TextRowState } from "./rules";

const row = (over: Partial<TextRowState> = {}): TextRowState => ({
  version: 2,
  reviewStatus: "CONCEPT",
  carriedFromId: null,
  values: { achieved: "Oud", done: null },
  ...over,
});
const editable = ["achieved", "done"] as const;

describe("planTextSave", () => {
  it("writes only changed, editable columns, each as one change", () => {
    const plan = planTextSave(row(), { expectedVersion: 2, editable, posted: { achieved: "Nieuw", done: null, intended: "niet toegestaan" }, submit: false });
    expect(plan).toMatchObject({ outcome: "write", data: { achieved: "Nieuw" }, changes: [{ field: "achieved", oldValue: "Oud", newValue: "Nieuw" }], reviewStatus: null });
  });

  it("refuses a stale version as a conflict", () => {
    expect(planTextSave(row(), { expectedVersion: 1, editable, posted: {}, submit: false })).toEqual({ outcome: "refused", message: TEXT_MESSAGES.stale, conflict: true });
  });

  it("a change sends approved texts back to concept", () => {
    const plan = planTextSave(row({ reviewStatus: "GOEDGEKEURD" }), { expectedVersion: 2, editable, posted: { done: "Gedaan" }, submit: false });
    expect(plan).toMatchObject({ outcome: "write", reviewStatus: "CONCEPT" });
  });

  it("a save clears the carried marker, even unchanged", () => {
    const plan = planTextSave(row({ carriedFromId: "doc1" }), { expectedVersion: 2, editable, posted: { achieved: "Oud" }, submit: false });
    expect(plan).toMatchObject({ outcome: "write", clearCarried: true, changes: [{ field: "carriedFromId", oldValue: "doc1", newValue: null }] });
  });

  it("submitting: a concept with a text goes to INGEDIEND; nothing written cannot be submitted", () => {
    expect(planTextSave(row(), { expectedVersion: 2, editable, posted: {}, submit: true })).toMatchObject({ outcome: "write", reviewStatus: "INGEDIEND", submitted: true });
    expect(planTextSave(row({ values: {} }), { expectedVersion: 2, editable, posted: {}, submit: true })).toMatchObject({ outcome: "refused", message: TEXT_MESSAGES.nothingToSubmit });
  });

  it("returned texts are answered by changing them; then the same press submits", () => {
    const returned = row({ reviewStatus: "TERUGGESTUURD" });
    expect(planTextSave(returned, { expectedVersion: 2, editable, posted: { achieved: "Oud" }, submit: true })).toMatchObject({ outcome: "refused", message: TEXT_MESSAGES.answerReturned });
    expect(planTextSave(returned, { expectedVersion: 2, editable, posted: { achieved: "Beter" }, submit: true })).toMatchObject({ outcome: "write", reviewStatus: "INGEDIEND" });
  });

  it("submitted texts cannot be submitted again unchanged", () => {
    expect(planTextSave(row({ reviewStatus: "INGEDIEND" }), { expectedVersion: 2, editable, posted: {}, submit: true })).toMatchObject({ outcome: "refused", message: TEXT_MESSAGES.alreadySubmitted });
  });
});
