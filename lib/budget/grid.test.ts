import { describe, expect, it } from "vitest";
import { cellKey, planGrid, type GridCellInput, type GridCurrentFigure } from "./grid";

const YEARS = [2094, 2095, 2096];
const scope = (current: Record<string, GridCurrentFigure> = {}, confirmKept = false) => ({
  subjectIds: new Set(["a", "b"]),
  years: YEARS,
  current: new Map(Object.entries(current)),
  confirmKept,
});
const cell = (over: Partial<GridCellInput>): GridCellInput => ({ subjectId: "a", year: 2094, version: 0, base: null, typed: null, ...over });
const figure = (over: Partial<GridCurrentFigure> = {}): GridCurrentFigure => ({ id: "f1", version: 3, value: "100", settled: false, ...over });

describe("planGrid", () => {
  it("creates a figure row for a cell that had none, in a meerjarenraming year too", () => {
    const plan = planGrid([cell({ year: 2095, typed: "1234567" })], scope());
    expect(plan).toEqual({ ops: [{ kind: "create", subjectId: "a", year: 2095, value: "1234567" }], conflicts: [], strays: [] });
  });

  it("leaves a cell typed as shown alone, even when someone else saved since", () => {
    const plan = planGrid([cell({ version: 2, base: "50", typed: "50" })], scope({ [cellKey("a", 2094)]: figure({ version: 3, value: "100" }) }));
    expect(plan.ops).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it("updates a changed cell of the version the user saw, with the old value for the audit trail", () => {
    const plan = planGrid([cell({ version: 3, base: "100", typed: "250" })], scope({ [cellKey("a", 2094)]: figure() }));
    expect(plan.ops).toEqual([{ kind: "update", id: "f1", subjectId: "a", year: 2094, version: 3, oldValue: "100", value: "250" }]);
  });

  it("is a conflict when the user changed a cell someone else changed since", () => {
    const plan = planGrid([cell({ version: 2, base: "50", typed: "250" })], scope({ [cellKey("a", 2094)]: figure() }));
    expect(plan).toEqual({ ops: [], conflicts: [{ index: 0, subjectId: "a", year: 2094 }], strays: [] });
  });

  it("is a conflict when a row appeared since the page showed an empty cell", () => {
    const plan = planGrid([cell({ year: 2095, version: 0, typed: "5" })], scope({ [cellKey("a", 2095)]: figure({ version: 1 }) }));
    expect(plan.conflicts).toHaveLength(1);
  });

  it("writes nothing when the database already holds what was typed", () => {
    const plan = planGrid([cell({ version: 1, base: "50", typed: "100" })], scope({ [cellKey("a", 2094)]: figure({ value: "100" }) }));
    expect(plan.ops).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it("deletes an emptied meerjarenraming cell, but keeps the own year's slot, empty", () => {
    const current = { [cellKey("a", 2094)]: figure({ id: "own" }), [cellKey("a", 2096)]: figure({ id: "later" }) };
    const plan = planGrid([cell({ version: 3, base: "100", typed: null }), cell({ year: 2096, version: 3, base: "100", typed: null })], scope(current));
    expect(plan.ops.map((op) => [op.kind, "id" in op ? op.id : null])).toEqual([
      ["update", "own"],
      ["delete", "later"],
    ]);
  });

  it("refuses a cell of another subject, a year the document does not own, or a cell posted twice", () => {
    const plan = planGrid([cell({ subjectId: "x", typed: "1" }), cell({ year: 2097, typed: "1" }), cell({ typed: "1" }), cell({ typed: "2" })], scope());
    expect(plan.strays).toEqual([0, 1, 3]);
  });

  it("confirms a kept, carried-over amount of the version the user saw, only when asked", () => {
    const current = { [cellKey("a", 2094)]: figure(), [cellKey("b", 2094)]: figure({ id: "f2", version: 5 }) };
    const cells = [cell({ version: 3, base: "100", typed: "100" }), cell({ subjectId: "b", version: 4, base: "100", typed: "100" })];
    expect(planGrid(cells, scope(current)).ops).toEqual([]);
    // The second was saved again by someone else: nobody confirms a version they did not see.
    expect(planGrid(cells, scope(current, true)).ops).toEqual([{ kind: "confirm", id: "f1", subjectId: "a", year: 2094, version: 3, value: "100" }]);
  });

  it("does not confirm what is settled already, or an empty slot", () => {
    const current = { [cellKey("a", 2094)]: figure({ settled: true }), [cellKey("b", 2094)]: figure({ id: "f2", value: null }) };
    const cells = [cell({ version: 3, base: "100", typed: "100" }), cell({ subjectId: "b", version: 3 })];
    expect(planGrid(cells, scope(current, true)).ops).toEqual([]);
  });
});
