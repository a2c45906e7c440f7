import { describe, expect, it } from "vitest";
import { bbvChangeRefusal, boundsRefusal, compareDecimal, decimalsRefusal, storedUnitLabel, unitChangeRefusal } from "./indicator-rules";
import { neighbourIndex, planRemoval } from "./subject-removal";

describe("decimalsRefusal", () => {
  it("takes 0 to 4 and refuses the rest in Dutch", () => {
    expect(["0", "1", "4"].map(decimalsRefusal)).toEqual([null, null, null]);
    for (const typed of ["5", "-1", "1,5", "", "twee"]) expect(decimalsRefusal(typed)).toMatch(/van 0 tot en met 4/);
  });
});

describe("boundsRefusal", () => {
  it("refuses a minimum above the maximum, exactly", () => {
    expect(boundsRefusal("10", "9.9999")).toMatch(/groter/);
    expect(boundsRefusal("-1", "-2")).toMatch(/groter/);
    expect(boundsRefusal("0.5", "0.5")).toBeNull();
    expect(boundsRefusal("-3", "2")).toBeNull();
    expect(boundsRefusal(null, "2")).toBeNull();
  });
  it("compares as decimals, not as text", () => {
    expect(compareDecimal("9", "10")).toBe(-1);
    expect(compareDecimal("-9", "-10")).toBe(1);
    expect(compareDecimal("1.50", "1.5")).toBe(0);
  });
});

describe("bbvChangeRefusal", () => {
  const bbv = { name: "Winkeldiefstallen", unit: "OVERIG", unitLabel: "per 1.000 inwoners", bbvMandatory: true, importKey: "bbv:winkeldiefstallen" };
  it("keeps the official name and unit of a BBV indicator", () => {
    expect(bbvChangeRefusal(bbv, { ...bbv, name: "Diefstal uit winkels" }).name).toMatch(/officiële naam "Winkeldiefstallen"/);
    expect(bbvChangeRefusal(bbv, { ...bbv, unit: "AANTAL", unitLabel: null }).unit).toMatch(/officiële eenheid/);
    expect(bbvChangeRefusal(bbv, { ...bbv, unitLabel: "per 1000 inwoners" }).unitLabel).toMatch(/per 1.000 inwoners/);
    expect(bbvChangeRefusal(bbv, bbv)).toEqual({});
  });
  it("lets a municipality's own indicator change freely", () => {
    expect(bbvChangeRefusal({ ...bbv, importKey: null, bbvMandatory: false }, { ...bbv, name: "Anders" })).toEqual({});
  });
});

describe("storedUnitLabel", () => {
  it("keeps a free unit only for OVERIG", () => {
    expect(storedUnitLabel("OVERIG", "kg per inwoner")).toBe("kg per inwoner");
    expect(storedUnitLabel("PERCENTAGE", "kg per inwoner")).toBeNull();
  });
});

describe("planRemoval", () => {
  it("deletes what only this document refers to", () => {
    expect(planRemoval(2093, [])).toEqual({ kind: "delete" });
  });
  it("retires from this year what an earlier document reported on", () => {
    expect(planRemoval(2093, [{ year: 2092, concept: false }])).toEqual({ kind: "retire", fromYear: 2093 });
  });
  it("only detaches while another document of this year or later still reports on it", () => {
    expect(planRemoval(2093, [{ year: 2092, concept: false }, { year: 2093, concept: true }])).toEqual({ kind: "detach" });
  });
});

describe("neighbourIndex", () => {
  it("swaps with the neighbour and stops at the ends", () => {
    expect(neighbourIndex(3, 1, "up")).toBe(0);
    expect(neighbourIndex(3, 1, "down")).toBe(2);
    expect(neighbourIndex(3, 0, "up")).toBeNull();
    expect(neighbourIndex(3, 2, "down")).toBeNull();
  });
});

describe("unitChangeRefusal", () => {
  const pct = { name: "X", unit: "PERCENTAGE", unitLabel: null };
  it("keeps the unit of an indicator with adopted values", () => {
    expect(unitChangeRefusal(pct, { ...pct, unit: "AANTAL" }, 3)).toMatch(/eenheid kan niet meer veranderen/);
    expect(unitChangeRefusal(pct, { ...pct, unit: "AANTAL" }, 0)).toBeNull();
    expect(unitChangeRefusal(pct, pct, 3)).toBeNull();
  });
});
