import { describe, expect, it } from "vitest";
import type { DocumentStatus } from "@/lib/auth/permissions";
import { changesPublicVisibility, DOCUMENT_STATUSES, statusChangeRefusal, statusRefusalMessage, transitionsFrom } from "./status";

describe("statusChangeRefusal: every from × to", () => {
  // One step at a time; back only with a reason; vaststellen only with every figure approved.
  const allowed: Record<DocumentStatus, DocumentStatus[]> = {
    CONCEPT: ["VASTGESTELD"],
    VASTGESTELD: ["GEPUBLICEERD", "CONCEPT"],
    GEPUBLICEERD: ["VASTGESTELD"],
  };
  const cases = DOCUMENT_STATUSES.flatMap((from) => DOCUMENT_STATUSES.map((to) => [from, to, allowed[from].includes(to)] as const));
  it.each(cases)("%s -> %s allowed (with a reason, nothing open): %s", (from, to, ok) => {
    const refusal = statusChangeRefusal({ from, to, reason: "correctie", openFigures: 0, openTexts: 0 });
    expect(refusal === null).toBe(ok);
    if (!ok) expect(refusal).toBe("NOT_ALLOWED");
  });

  it.each([
    ["GEPUBLICEERD", "VASTGESTELD"],
    ["VASTGESTELD", "CONCEPT"],
  ] as const)("%s -> %s needs a reason", (from, to) => {
    expect(statusChangeRefusal({ from, to, reason: null, openFigures: 0, openTexts: 0 })).toBe("REASON_REQUIRED");
    expect(statusChangeRefusal({ from, to, reason: "  ", openFigures: 0, openTexts: 0 })).toBe("REASON_REQUIRED");
  });

  it("needs no reason forward", () => {
    expect(statusChangeRefusal({ from: "CONCEPT", to: "VASTGESTELD", reason: null, openFigures: 0, openTexts: 0 })).toBeNull();
    expect(statusChangeRefusal({ from: "VASTGESTELD", to: "GEPUBLICEERD", reason: null, openFigures: 3, openTexts: 0 })).toBeNull();
  });

  it("refuses vaststellen while figures are not approved, and says how many", () => {
    const check = { from: "CONCEPT", to: "VASTGESTELD", reason: null, openFigures: 2, openTexts: 0 } as const;
    expect(statusChangeRefusal(check)).toBe("OPEN_FIGURES");
    expect(statusRefusalMessage("OPEN_FIGURES", check)).toBe("Vaststellen kan nog niet: 2 cijfers zijn nog niet goedgekeurd.");
    expect(statusRefusalMessage("OPEN_FIGURES", { ...check, openFigures: 1 })).toBe("Vaststellen kan nog niet: 1 cijfer is nog niet goedgekeurd.");
  });

  it("refuses vaststellen while written texts wait for approval, after the figures are settled", () => {
    const check = { from: "CONCEPT", to: "VASTGESTELD", reason: null, openFigures: 0, openTexts: 2 } as const;
    expect(statusChangeRefusal(check)).toBe("OPEN_TEXTS");
    expect(statusChangeRefusal({ ...check, openFigures: 1 })).toBe("OPEN_FIGURES");
    expect(statusRefusalMessage("OPEN_TEXTS", check)).toBe("Vaststellen kan nog niet: de teksten van 2 programma's, doelen of activiteiten zijn nog niet goedgekeurd.");
    expect(statusRefusalMessage("OPEN_TEXTS", { ...check, openTexts: 1 })).toBe("Vaststellen kan nog niet: de teksten van 1 programma, doel of activiteit zijn nog niet goedgekeurd.");
    // Publishing an adopted document is not held up by texts: they were settled when it was adopted.
    expect(statusChangeRefusal({ ...check, from: "VASTGESTELD", to: "GEPUBLICEERD" })).toBeNull();
  });
});

describe("transitionsFrom and changesPublicVisibility", () => {
  it("offers the steps of each status", () => {
    expect(transitionsFrom("CONCEPT").map((t) => t.to)).toEqual(["VASTGESTELD"]);
    expect(transitionsFrom("VASTGESTELD").map((t) => t.to)).toEqual(["GEPUBLICEERD", "CONCEPT"]);
    expect(transitionsFrom("GEPUBLICEERD").map((t) => t.to)).toEqual(["VASTGESTELD"]);
  });

  it("knows when the public site changes", () => {
    expect(changesPublicVisibility("VASTGESTELD", "GEPUBLICEERD")).toBe(true);
    expect(changesPublicVisibility("GEPUBLICEERD", "VASTGESTELD")).toBe(true);
    expect(changesPublicVisibility("CONCEPT", "VASTGESTELD")).toBe(false);
    expect(changesPublicVisibility("VASTGESTELD", "CONCEPT")).toBe(false);
  });
});
