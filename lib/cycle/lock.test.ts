import { describe, expect, it } from "vitest";
import { amendmentLockReason, amendmentLocked, figureLocked, lockReason, type DocumentStatus, type LockReasonInput } from "./lock";

describe("figureLocked", () => {
  it.each([
    ["CONCEPT", false],
    ["VASTGESTELD", true],
    ["GEPUBLICEERD", true],
  ] as const)("a figure of a real %s document: locked %s", (status, locked) => {
    for (const origin of ["ENTERED", "IMPORTED", "TRANSCRIBED"] as const) {
      expect(figureLocked({ status, origin })).toBe(locked);
    }
  });

  it("locks a reconstructed owner's figures always, even when owner and printing document are concept", () => {
    const concept: { status: DocumentStatus } = { status: "CONCEPT" };
    expect(figureLocked({ status: "CONCEPT", origin: "RECONSTRUCTED" }, concept)).toBe(true);
    expect(figureLocked({ status: "CONCEPT", origin: "RECONSTRUCTED" })).toBe(true);
  });

  it("does not lock a concept owner because the document printing the figure is adopted", () => {
    expect(figureLocked({ status: "CONCEPT", origin: "ENTERED" }, { status: "VASTGESTELD" })).toBe(false);
  });
});

describe("amendmentLocked", () => {
  it.each([
    ["CONCEPT", false],
    ["VASTGESTELD", true],
    ["VERWORPEN", true],
  ] as const)("%s: locked %s", (status, locked) => {
    expect(amendmentLocked({ status })).toBe(locked);
  });
});

describe("lockReason", () => {
  const begroting2024 = { status: "VASTGESTELD", origin: "IMPORTED", title: "Begroting 2024", kind: "BEGROTING", year: 2024 } as const;

  it("explains an adopted target in the jaarstukken' data entry", () => {
    expect(lockReason({ subject: "INDICATOR", stage: "PRIMITIEF", owner: begroting2024 })).toBe(
      "Deze streefwaarde is vastgesteld met de Begroting 2024 en kan hier niet worden gewijzigd.",
    );
  });

  it.each([
    ["INDICATOR", "MEERJARENRAMING", "Deze streefwaarde"],
    ["INDICATOR", "PROGNOSE", "Deze prognose"],
    ["INDICATOR", "REALISATIE", "Deze realisatie"],
    ["BUDGET", "PRIMITIEF", "Deze primitieve begroting"],
    ["BUDGET", "MEERJARENRAMING", "Deze meerjarenraming"],
    ["BUDGET", "PROGNOSE", "Deze prognose"],
    ["BUDGET", "REALISATIE", "Deze realisatie"],
  ] as const)("names a %s figure of stage %s as '%s'", (subject, stage, noun) => {
    const input: LockReasonInput = { subject, stage, owner: { ...begroting2024, status: "GEPUBLICEERD", title: "Jaarstukken 2024" } };
    expect(lockReason(input)).toBe(`${noun} is vastgesteld met de Jaarstukken 2024 en kan hier niet worden gewijzigd.`);
  });

  it("is null while the owner is concept, so the UI shows an editable field", () => {
    expect(lockReason({ subject: "BUDGET", stage: "PRIMITIEF", owner: { ...begroting2024, status: "CONCEPT" } })).toBeNull();
  });

  it("points a reconstructed figure to the document that printed it and to the import that replaces it", () => {
    const reconstructed = {
      status: "CONCEPT",
      origin: "RECONSTRUCTED",
      title: "Begroting 2021 (zoals gedrukt in Jaarrekening 2021)",
      kind: "BEGROTING",
      year: 2021,
    } as const;
    expect(lockReason({ subject: "BUDGET", stage: "PRIMITIEF", owner: reconstructed, printing: { status: "CONCEPT", title: "Jaarrekening 2021" } })).toBe(
      "Deze primitieve begroting is overgenomen zoals gedrukt in de Jaarrekening 2021 en kan hier niet worden gewijzigd: importeer de begroting 2021 zelf om de gedrukte cijfers te vervangen.",
    );
    expect(lockReason({ subject: "INDICATOR", stage: "REALISATIE", owner: { ...reconstructed, kind: "JAARSTUKKEN", year: 2020 } })).toBe(
      "Deze realisatie is overgenomen zoals gedrukt in een ander document en kan hier niet worden gewijzigd: importeer de jaarstukken 2020 zelf om de gedrukte cijfers te vervangen.",
    );
  });
});

describe("amendmentLockReason", () => {
  it("names the wijziging and why it is final", () => {
    expect(amendmentLockReason({ status: "VASTGESTELD", number: "2025-07" })).toBe("Begrotingswijziging 2025-07 is vastgesteld en kan niet meer worden gewijzigd.");
    expect(amendmentLockReason({ status: "VERWORPEN", number: "2025-08" })).toBe("Begrotingswijziging 2025-08 is verworpen en kan niet meer worden gewijzigd.");
  });

  it("is null for a concept wijziging", () => {
    expect(amendmentLockReason({ status: "CONCEPT", number: "2025-09" })).toBeNull();
  });
});
