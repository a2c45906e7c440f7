import { describe, expect, it } from "vitest";
import { contentEditorsSinceApproval, mayApproveFigure, type FigureChange } from "./four-eyes";

const update = (userId: string, field = "actual"): FigureChange => ({ userId, action: "update", field });
const backToConcept = (userId: string): FigureChange => ({ userId, action: "update", field: "reviewStatus" });
const submit = (userId: string): FigureChange => ({ userId, action: "submit", field: "reviewStatus" });
const approve = (userId: string): FigureChange => ({ userId, action: "approve", field: "reviewStatus" });
const returned = (userId: string): FigureChange => ({ userId, action: "return", field: "reviewStatus" });

describe("mayApproveFigure: four eyes", () => {
  it("refuses whoever entered the value when someone else changed only the toelichting afterwards", () => {
    const history = [update("dual", "actual"), update("advisor", "explanation"), submit("advisor")];
    expect(mayApproveFigure("dual", { lastEditorId: "advisor", history })).toBe(false);
    expect(mayApproveFigure("controller", { lastEditorId: "advisor", history })).toBe(true);
  });

  it("refuses a change to any content field: streefwaarde, begroting, toelichting", () => {
    for (const field of ["target", "actual", "explanation", "budgetAmended"]) {
      expect(mayApproveFigure("dual", { lastEditorId: "other", history: [update("dual", field), update("other")] }), field).toBe(false);
    }
  });

  it("refuses the last editor even when the audit trail does not name them", () => {
    expect(mayApproveFigure("dual", { lastEditorId: "dual", history: [] })).toBe(false);
  });

  it("forgets changes made before the last approval", () => {
    const history = [update("dual"), submit("dual"), approve("controller"), update("advisor", "explanation"), submit("advisor")];
    expect(mayApproveFigure("dual", { lastEditorId: "advisor", history })).toBe(true);
    expect(mayApproveFigure("advisor", { lastEditorId: "advisor", history })).toBe(false);
  });

  it("counts a change after the approval, however many approvals came before", () => {
    const history = [update("a"), approve("c"), update("b"), approve("c"), update("dual", "explanation"), update("b")];
    expect(mayApproveFigure("dual", { lastEditorId: "b", history })).toBe(false);
  });

  it("does not count review steps as changes: submitting, returning, the automatic step back to concept", () => {
    const history = [update("advisor"), submit("dual"), returned("dual"), backToConcept("dual"), submit("advisor")];
    expect(mayApproveFigure("dual", { lastEditorId: "advisor", history })).toBe(true);
  });

  it("allows anyone on a figure nobody changed (an imported figure)", () => {
    expect(mayApproveFigure("controller", { lastEditorId: null, history: [] })).toBe(true);
  });
});

describe("contentEditorsSinceApproval", () => {
  it("ignores entries without a user (seed, command line)", () => {
    expect([...contentEditorsSinceApproval([{ userId: null, action: "update", field: "actual" }, update("a")])]).toEqual(["a"]);
  });
});
