import { describe, expect, it } from "vitest";
import { targetAfterAmendments, type TargetAmendmentInput } from "./target";

function change(overrides: Partial<TargetAmendmentInput> & Pick<TargetAmendmentInput, "amendmentId">): TargetAmendmentInput {
  return { number: overrides.amendmentId, date: new Date("2025-05-01"), status: "VASTGESTELD", value: "8", reason: "bijgesteld", ...overrides };
}

describe("targetAfterAmendments (streefwaarde na wijziging)", () => {
  it("is the begroting's target without wijzigingen", () => {
    expect(targetAfterAmendments({ target: "7.4", amendments: [] })).toEqual({ value: "7.4", amendedBy: null });
  });

  it("is null when the begroting set no target and nothing changed it", () => {
    expect(targetAfterAmendments({ target: null, amendments: [] })).toEqual({ value: null, amendedBy: null });
  });

  it("takes an adopted wijziging's value instead of adding to the target", () => {
    const raised = change({ amendmentId: "2025-3", value: "8.1" });
    expect(targetAfterAmendments({ target: "7.4", amendments: [raised] })).toEqual({ value: "8.1", amendedBy: raised });
  });

  it("lets the newest adopted wijziging win by date, whatever the list order", () => {
    const may = change({ amendmentId: "a", number: "2025-9", date: new Date("2025-05-01"), value: "8" });
    const october = change({ amendmentId: "b", number: "2025-1", date: new Date("2025-10-01"), value: "6.5" });
    expect(targetAfterAmendments({ target: "7", amendments: [october, may] }).amendedBy).toBe(october);
    expect(targetAfterAmendments({ target: "7", amendments: [may, october] }).value).toBe("6.5");
  });

  it("breaks a tie on the date by the number, numerically (2025-10 after 2025-9)", () => {
    const nine = change({ amendmentId: "a", number: "2025-9", value: "1" });
    const ten = change({ amendmentId: "b", number: "2025-10", value: "2" });
    expect(targetAfterAmendments({ target: "0", amendments: [ten, nine] }).value).toBe("2");
  });

  it("treats an undated wijziging as older than a dated one", () => {
    const undated = change({ amendmentId: "a", number: "2025-99", date: null, value: "1" });
    const dated = change({ amendmentId: "b", number: "2025-1", value: "2" });
    expect(targetAfterAmendments({ target: "0", amendments: [dated, undated] }).value).toBe("2");
  });

  it("ignores concept and rejected wijzigingen, however new", () => {
    const adopted = change({ amendmentId: "a", date: new Date("2025-02-01"), value: "8" });
    const concept = change({ amendmentId: "b", date: new Date("2025-11-01"), status: "CONCEPT", value: "9" });
    const rejected = change({ amendmentId: "c", date: new Date("2025-12-01"), status: "VERWORPEN", value: "10" });
    expect(targetAfterAmendments({ target: "7", amendments: [concept, adopted, rejected] })).toEqual({ value: "8", amendedBy: adopted });
    expect(targetAfterAmendments({ target: "7", amendments: [concept, rejected] })).toEqual({ value: "7", amendedBy: null });
  });

  it("can drop a target: an adopted wijziging without a value", () => {
    const dropped = change({ amendmentId: "a", value: null, reason: "indicator vervalt" });
    expect(targetAfterAmendments({ target: "7", amendments: [dropped] })).toEqual({ value: null, amendedBy: dropped });
  });

  it("returns the canonical spelling, so equal targets compare equal as strings", () => {
    expect(targetAfterAmendments({ target: "7.40", amendments: [] }).value).toBe("7.4");
    expect(targetAfterAmendments({ target: "7", amendments: [change({ amendmentId: "a", value: "-0.50" })] }).value).toBe("-0.5");
  });

  it("refuses a value that is not a decimal string (a Dutch comma belongs in the parser, not here)", () => {
    expect(() => targetAfterAmendments({ target: "7,4", amendments: [] })).toThrow(/Not a decimal/);
  });
});
