import { describe, expect, it } from "vitest";
import { documentBySlug, documentSlug } from "./document-slug";

const docs = [
  { id: "b", kind: "BEGROTING" as const, sequence: 0 },
  { id: "r1", kind: "BESTUURSRAPPORTAGE" as const, sequence: 1 },
  { id: "r2", kind: "BESTUURSRAPPORTAGE" as const, sequence: 2 },
  { id: "j", kind: "JAARSTUKKEN" as const, sequence: 0 },
];

describe("werkplek document slugs", () => {
  it("name begroting and jaarstukken by kind, and each bestuursrapportage by its number", () => {
    expect(docs.map(documentSlug)).toEqual(["begroting", "bestuursrapportage-1", "bestuursrapportage-2", "jaarstukken"]);
  });

  it("find every document back from its own slug", () => {
    for (const d of docs) expect(documentBySlug(docs, documentSlug(d))?.id).toBe(d.id);
  });

  it("read a plain 'bestuursrapportage' (older links) as the newest of the year", () => {
    expect(documentBySlug(docs, "bestuursrapportage")?.id).toBe("r2");
  });

  it("name nothing for an unknown kind, a number that does not exist, or a number on a kind that has none", () => {
    for (const slug of ["", "nota", "bestuursrapportage-3", "bestuursrapportage-0", "begroting-1", "jaarstukken-2", "Begroting", "bestuursrapportage-01"]) {
      expect(documentBySlug(docs, slug)).toBeNull();
    }
  });
});
