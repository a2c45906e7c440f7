import { describe, expect, it } from "vitest";
import { adoptionRefusal, countedAmendmentIds, totalsPerCategory, UNSPECIFIED_READ_ONLY_MESSAGE, writeRefusal } from "./rules";

const concept = { number: "2025-07", status: "CONCEPT" as const, unspecified: false };
const adoptable = { ...concept, year: 2025, date: new Date("2025-03-14"), jaarstukkenStatus: null };

describe("writeRefusal", () => {
  it("lets a concept wijziging be edited", () => {
    expect(writeRefusal(concept)).toBeNull();
  });
  it("refuses an adopted or rejected one with its number", () => {
    expect(writeRefusal({ ...concept, status: "VASTGESTELD" })).toBe("Begrotingswijziging 2025-07 is vastgesteld en kan niet meer worden gewijzigd.");
    expect(writeRefusal({ ...concept, status: "VERWORPEN" })).toBe("Begrotingswijziging 2025-07 is verworpen en kan niet meer worden gewijzigd.");
  });
  it("refuses the import's unspecified wijziging, even before any status says so", () => {
    expect(writeRefusal({ ...concept, unspecified: true })).toBe(UNSPECIFIED_READ_ONLY_MESSAGE);
  });
});

describe("adoptionRefusal", () => {
  it("adopts a dated concept while the jaarstukken are open or absent", () => {
    expect(adoptionRefusal(adoptable)).toBeNull();
    expect(adoptionRefusal({ ...adoptable, jaarstukkenStatus: "CONCEPT" })).toBeNull();
  });
  it("refuses when the jaarstukken of the year are vastgesteld or published", () => {
    const message = "De jaarstukken 2025 zijn al vastgesteld: een begrotingswijziging voor 2025 kan niet meer worden vastgesteld.";
    expect(adoptionRefusal({ ...adoptable, jaarstukkenStatus: "VASTGESTELD" })).toBe(message);
    expect(adoptionRefusal({ ...adoptable, jaarstukkenStatus: "GEPUBLICEERD" })).toBe(message);
  });
  it("refuses without a date of the decision", () => {
    expect(adoptionRefusal({ ...adoptable, date: null })).toMatch(/^Vul eerst de datum van het besluit in/);
  });
  it("refuses a second decision on a decided wijziging", () => {
    expect(adoptionRefusal({ ...adoptable, status: "VERWORPEN" })).toMatch(/is verworpen/);
  });
});

describe("totalsPerCategory", () => {
  it("adds the deltas per category, signs kept", () => {
    expect(
      totalsPerCategory([
        { category: "EXPENSES", delta: 12500n },
        { category: "EXPENSES", delta: -3000n },
        { category: "INCOME", delta: 500n },
      ]),
    ).toEqual({ EXPENSES: 9500n, INCOME: 500n, RESERVE_ADDITION: 0n, RESERVE_WITHDRAWAL: 0n });
  });
});

describe("countedAmendmentIds", () => {
  const specified = { id: "s", unspecified: false, documentId: null, document: null };
  const brap = { id: "b", unspecified: true, documentId: "d-brap", document: { kind: "BESTUURSRAPPORTAGE" as const, sequence: 1 } };
  const jaar = { id: "j", unspecified: true, documentId: "d-jaar", document: { kind: "JAARSTUKKEN" as const, sequence: 0 } };
  it("counts specified wijzigingen and the unspecified one of the jaarstukken, not that of a bestuursrapportage as well", () => {
    expect([...countedAmendmentIds([specified, brap, jaar])].sort()).toEqual(["j", "s"]);
  });
  it("counts a bestuursrapportage's unspecified wijziging when no jaarstukken printed one", () => {
    expect([...countedAmendmentIds([brap, specified])].sort()).toEqual(["b", "s"]);
  });
});
