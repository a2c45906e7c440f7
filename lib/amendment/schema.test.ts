import { describe, expect, it } from "vitest";
import { createAmendmentSchema, saveAmendmentSchema } from "./schema";

const header = { municipalityId: "m1", year: "2097", number: "2097-01", date: "2097-03-14", authority: "RAAD", decisionReference: "RB 2097/12", reason: "Extra jeugdzorg" };

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("createAmendmentSchema", () => {
  it("reads a raadsbesluit with its date", () => {
    const parsed = createAmendmentSchema.parse(header);
    expect(parsed).toMatchObject({ year: 2097, number: "2097-01", authority: "RAAD", decisionReference: "RB 2097/12" });
    expect(parsed.date?.toISOString()).toBe("2097-03-14T00:00:00.000Z");
  });
  it("requires the raadsbesluit reference for the raad, not for the college", () => {
    expect(errors(createAmendmentSchema.safeParse({ ...header, decisionReference: "" }))).toEqual({
      decisionReference: "Vul het kenmerk van het raadsbesluit in: de raad stelt deze wijziging vast",
    });
    expect(createAmendmentSchema.safeParse({ ...header, authority: "COLLEGE_MANDAAT", decisionReference: "" }).success).toBe(true);
  });
  it("refuses a date that does not exist instead of moving it", () => {
    expect(errors(createAmendmentSchema.safeParse({ ...header, date: "2097-02-30" }))).toEqual({
      date: "Vul een datum in als dag-maand-jaar, bijvoorbeeld 14-03-2025",
    });
  });
  it("refuses an empty number and reason, a huge number and a NUL in the reason, in Dutch", () => {
    const result = errors(createAmendmentSchema.safeParse({ ...header, number: "  ", reason: "" }));
    expect(result.number).toMatch(/^Vul het nummer van de wijziging in/);
    expect(result.reason).toBe("Vul de reden van de wijziging in");
    expect(errors(createAmendmentSchema.safeParse({ ...header, number: "9".repeat(5000) })).number).toBe("Een nummer mag maximaal 200 tekens lang zijn");
    expect(errors(createAmendmentSchema.safeParse({ ...header, reason: "a\u0000b" })).reason).toMatch(/NUL-teken/);
  });
  it("refuses an unknown authority", () => {
    expect(errors(createAmendmentSchema.safeParse({ ...header, authority: "WETHOUDER" })).authority).toMatch(/^Kies wie de wijziging vaststelt/);
  });
});

describe("saveAmendmentSchema", () => {
  const save = { ...header, amendmentId: "a1", version: "3" };
  it("reads Dutch deltas in whole euros; empty is no change", () => {
    const parsed = saveAmendmentSchema.parse({
      ...save,
      lines: [
        { budgetLineId: "l1", delta: "12.500" },
        { budgetLineId: "l2", delta: "-3.000" },
        { budgetLineId: "l3", delta: "" },
      ],
    });
    expect(parsed.lines.map((l) => l.delta)).toEqual([12500n, -3000n, null]);
  });
  it("refuses English or decimal amounts next to the line", () => {
    const result = errors(saveAmendmentSchema.safeParse({ ...save, lines: [{ budgetLineId: "l1", delta: "12,500.00" }, { budgetLineId: "l2", delta: "1,5" }] }));
    expect(result["lines.0.delta"]).toMatch(/komma voor decimalen/);
    expect(result["lines.1.delta"]).toBe("Vul een bedrag in hele euro's in, bijvoorbeeld 1.234");
  });
  it("refuses a huge or pasted-together amount in Dutch instead of failing on the database", () => {
    const result = errors(
      saveAmendmentSchema.safeParse({ ...save, lines: [{ budgetLineId: "l1", delta: "9".repeat(16) }, { budgetLineId: "l2", delta: "1".repeat(5000) }, { budgetLineId: "l3", delta: "1 000" }] }),
    );
    expect(result).toEqual({
      "lines.0.delta": "Dit bedrag is te groot",
      "lines.1.delta": "Een getal mag maximaal 32 tekens lang zijn",
      "lines.2.delta": "Gebruik geen spaties in een getal; zet een punt tussen duizendtallen, bijvoorbeeld 1.234",
    });
  });
  it("asks for a reason with a new streefwaarde", () => {
    expect(errors(saveAmendmentSchema.safeParse({ ...save, targets: [{ indicatorId: "i1", value: "7,5", reason: "" }] }))).toEqual({
      "targets.0.reason": "Vul de reden van de nieuwe streefwaarde in",
    });
  });
});
