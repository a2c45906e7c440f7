import { describe, expect, it } from "vitest";
import { documentOfYear, ownerOf, type OwnerCandidate } from "./owner";

function doc(overrides: Partial<OwnerCandidate> & Pick<OwnerCandidate, "kind" | "year">): OwnerCandidate {
  const sequence = overrides.sequence ?? 0;
  const origin = overrides.origin ?? "ENTERED";
  return {
    id: `${overrides.kind}-${overrides.year}-${sequence}-${origin}`,
    sequence,
    origin,
    projectionYears: overrides.kind === "BEGROTING" ? 3 : 0,
    ...overrides,
  };
}

describe("ownerOf", () => {
  it("PRIMITIEF of a year is that year's begroting, not the previous begroting that projected it", () => {
    const b2024 = doc({ kind: "BEGROTING", year: 2024 });
    const b2025 = doc({ kind: "BEGROTING", year: 2025 });
    expect(ownerOf([b2024, b2025], "PRIMITIEF", 2025)).toBe(b2025);
  });

  it("MEERJARENRAMING picks the newest earlier begroting whose projection covers the year", () => {
    const b2022 = doc({ kind: "BEGROTING", year: 2022 }); // covers 2023–2025
    const b2023 = doc({ kind: "BEGROTING", year: 2023 }); // covers 2024–2026
    const b2024 = doc({ kind: "BEGROTING", year: 2024, projectionYears: 0 }); // covers nothing
    const b2025 = doc({ kind: "BEGROTING", year: 2025 }); // its own year, not a raming
    expect(ownerOf([b2022, b2025, b2024, b2023], "MEERJARENRAMING", 2025)).toBe(b2023);
  });

  it("MEERJARENRAMING is null when no begroting projects that far", () => {
    const b2020 = doc({ kind: "BEGROTING", year: 2020 }); // up to 2023
    expect(ownerOf([b2020], "MEERJARENRAMING", 2024)).toBeNull();
    expect(ownerOf([b2020], "MEERJARENRAMING", 2023)).toBe(b2020);
  });

  it("PROGNOSE is the bestuursrapportage of the year with the highest sequence", () => {
    const first = doc({ kind: "BESTUURSRAPPORTAGE", year: 2025, sequence: 1 });
    const second = doc({ kind: "BESTUURSRAPPORTAGE", year: 2025, sequence: 2 });
    const nextYear = doc({ kind: "BESTUURSRAPPORTAGE", year: 2026, sequence: 3 });
    expect(ownerOf([second, nextYear, first], "PROGNOSE", 2025)).toBe(second);
  });

  it("REALISATIE is the jaarstukken of the year, never the next jaarstukken that printed it", () => {
    const j2023 = doc({ kind: "JAARSTUKKEN", year: 2023 });
    const j2024 = doc({ kind: "JAARSTUKKEN", year: 2024 });
    expect(ownerOf([j2024, j2023], "REALISATIE", 2023)).toBe(j2023);
    expect(ownerOf([j2024], "REALISATIE", 2023)).toBeNull();
  });

  it("a stage never falls to a document of another kind", () => {
    const docs = [doc({ kind: "JAARSTUKKEN", year: 2025 }), doc({ kind: "BESTUURSRAPPORTAGE", year: 2025, sequence: 1 })];
    expect(ownerOf(docs, "PRIMITIEF", 2025)).toBeNull();
  });

  it("a real document wins over a reconstructed one of the same stage, in either order", () => {
    const reconstructed = doc({ kind: "BEGROTING", year: 2021, origin: "RECONSTRUCTED", projectionYears: 0 });
    const imported = doc({ kind: "BEGROTING", year: 2021, origin: "IMPORTED" });
    expect(ownerOf([reconstructed, imported], "PRIMITIEF", 2021)).toBe(imported);
    expect(ownerOf([imported, reconstructed], "PRIMITIEF", 2021)).toBe(imported);
  });

  it("a real document wins even over a reconstructed one that would be newer", () => {
    const realFirst = doc({ kind: "BESTUURSRAPPORTAGE", year: 2025, sequence: 1, origin: "TRANSCRIBED" });
    const reconstructedSecond = doc({ kind: "BESTUURSRAPPORTAGE", year: 2025, sequence: 2, origin: "RECONSTRUCTED" });
    expect(ownerOf([reconstructedSecond, realFirst], "PROGNOSE", 2025)).toBe(realFirst);
  });

  it("a reconstructed document owns the stage when it is the only one (the figure a jaarrekening printed)", () => {
    const reconstructed = doc({ kind: "BEGROTING", year: 2021, origin: "RECONSTRUCTED", projectionYears: 0 });
    expect(ownerOf([reconstructed, doc({ kind: "JAARSTUKKEN", year: 2021 })], "PRIMITIEF", 2021)).toBe(reconstructed);
  });

  it("keeps the caller's own type", () => {
    const withTitle = { ...doc({ kind: "JAARSTUKKEN", year: 2024 }), title: "Jaarstukken 2024" };
    expect(ownerOf([withTitle], "REALISATIE", 2024)?.title).toBe("Jaarstukken 2024");
  });
});

describe("documentOfYear (the document a public year page shows)", () => {
  const begroting = doc({ kind: "BEGROTING", year: 2025 });
  const berap1 = doc({ kind: "BESTUURSRAPPORTAGE", year: 2025, sequence: 1 });
  const berap2 = doc({ kind: "BESTUURSRAPPORTAGE", year: 2025, sequence: 2 });
  const jaarstukken = doc({ kind: "JAARSTUKKEN", year: 2025 });

  it("is the jaarstukken when there are", () => {
    expect(documentOfYear([begroting, berap2, jaarstukken, berap1], 2025)).toBe(jaarstukken);
  });

  it("else the newest bestuursrapportage", () => {
    expect(documentOfYear([begroting, berap2, berap1], 2025)).toBe(berap2);
    expect(documentOfYear([berap1, begroting, berap2], 2025)).toBe(berap2);
  });

  it("else the begroting", () => {
    expect(documentOfYear([begroting], 2025)).toBe(begroting);
  });

  it("ignores documents of other years", () => {
    const jaarstukken2024 = doc({ kind: "JAARSTUKKEN", year: 2024 });
    expect(documentOfYear([jaarstukken2024, begroting], 2025)).toBe(begroting);
    expect(documentOfYear([jaarstukken2024], 2025)).toBeNull();
  });

  it("never shows a reconstructed document, even as the only one of the year", () => {
    const reconstructedJaarstukken = doc({ kind: "JAARSTUKKEN", year: 2025, origin: "RECONSTRUCTED" });
    expect(documentOfYear([begroting, reconstructedJaarstukken], 2025)).toBe(begroting);
    expect(documentOfYear([reconstructedJaarstukken], 2025)).toBeNull();
  });

  it("is null for an empty list", () => {
    expect(documentOfYear([], 2025)).toBeNull();
  });
});
