import { describe, expect, it } from "vitest";
import { openingColumnRefusal, openingColumns, openingTarget, planOpening, type OpeningCell } from "./rules";

const none = { realBegrotingOfYear: false, realJaarstukkenOfPreviousYear: false };

describe("openingColumns: what only a beginstand can provide", () => {
  it("asks first-year jaarstukken for the primitieve begroting and last year's rekening", () => {
    expect(openingColumns({ kind: "JAARSTUKKEN" }, none)).toEqual(["PRIMITIEF", "VORIG_JAAR"]);
  });
  it("takes nothing the monitor already has from a real document", () => {
    expect(openingColumns({ kind: "JAARSTUKKEN" }, { realBegrotingOfYear: true, realJaarstukkenOfPreviousYear: true })).toEqual([]);
    expect(openingColumns({ kind: "JAARSTUKKEN" }, { realBegrotingOfYear: true, realJaarstukkenOfPreviousYear: false })).toEqual(["VORIG_JAAR"]);
  });
  it("asks a bestuursrapportage only for the primitieve begroting, and a begroting for nothing", () => {
    expect(openingColumns({ kind: "BESTUURSRAPPORTAGE" }, none)).toEqual(["PRIMITIEF"]);
    expect(openingColumns({ kind: "BEGROTING" }, none)).toEqual([]);
  });
});

describe("openingColumnRefusal", () => {
  it("says where the figure comes from instead", () => {
    expect(openingColumnRefusal("PRIMITIEF", ["VORIG_JAAR"], 2022)).toMatch(/begroting 2022 staat in de monitor/);
    expect(openingColumnRefusal("VORIG_JAAR", ["PRIMITIEF"], 2022)).toMatch(/jaarstukken 2021/);
    expect(openingColumnRefusal("VORIG_JAAR", ["PRIMITIEF", "VORIG_JAAR"], 2022)).toBeNull();
  });
});

describe("openingTarget", () => {
  it("stores the primitieve begroting in the year's begroting and the rekening in last year's jaarstukken", () => {
    expect(openingTarget("PRIMITIEF", 2022)).toEqual({ kind: "BEGROTING", year: 2022 });
    expect(openingTarget("VORIG_JAAR", 2022)).toEqual({ kind: "JAARSTUKKEN", year: 2021 });
  });
});

const cell = (over: Partial<OpeningCell>): OpeningCell => ({ key: "a", stored: null, storedVersion: null, typed: null, seenVersion: null, ...over });

describe("planOpening", () => {
  it("writes only the cells that changed", () => {
    const plan = planOpening([cell({ key: "a", typed: "100" }), cell({ key: "b", stored: "5", storedVersion: 1, typed: "5", seenVersion: 1 })]);
    expect(plan).toEqual({ ok: true, writes: [expect.objectContaining({ key: "a", typed: "100" })] });
  });
  it("writes nothing when a changed cell was saved by someone else meanwhile", () => {
    const plan = planOpening([cell({ key: "a", typed: "100" }), cell({ key: "b", stored: "7", storedVersion: 2, typed: "6", seenVersion: 1 })]);
    expect(plan).toEqual({ ok: false, conflicts: ["b"] });
  });
  it("lets an untouched cell pass even when it moved on meanwhile", () => {
    const plan = planOpening([cell({ key: "b", stored: "7", storedVersion: 2, typed: "7", seenVersion: 1 })]);
    expect(plan).toEqual({ ok: true, writes: [] });
  });
});
