import { describe, expect, it } from "vitest";
import {
  childLevels,
  dependentsRefusal,
  duplicateProgrammeMessage,
  moveRefusal,
  parentOptions,
  parentRefusal,
  removalMessage,
  removalOf,
  reorder,
  subtreeIds,
  type TreeGoal,
} from "./rules";

const P = "p1";
const tree: TreeGoal[] = [
  { id: "alg", parentId: null, level: "GENERAL", programmeId: P },
  { id: "d1", parentId: "alg", level: "GOAL", programmeId: P },
  { id: "d2", parentId: null, level: "GOAL", programmeId: P },
  { id: "s1", parentId: "d1", level: "SUBGOAL", programmeId: P },
  { id: "s2", parentId: "d1", level: "SUBGOAL", programmeId: P },
  { id: "alg2", parentId: null, level: "GENERAL", programmeId: P },
];
const goal = (id: string) => tree.find((g) => g.id === id)!;

describe("parentRefusal", () => {
  it("keeps an algemene doelstelling at the top", () => {
    expect(parentRefusal({ level: "GENERAL", parent: null, programmeId: P })).toBeNull();
    expect(parentRefusal({ level: "GENERAL", parent: goal("alg2"), programmeId: P })).toMatch(/staat bovenaan/);
  });

  it("puts a doelstelling under an algemene doelstelling or at the top, never under another doelstelling", () => {
    expect(parentRefusal({ level: "GOAL", parent: null, programmeId: P })).toBeNull();
    expect(parentRefusal({ level: "GOAL", parent: goal("alg"), programmeId: P })).toBeNull();
    expect(parentRefusal({ level: "GOAL", parent: goal("d2"), programmeId: P })).toMatch(/algemene doelstelling of staat bovenaan/);
    expect(parentRefusal({ level: "GOAL", parent: goal("s1"), programmeId: P })).not.toBeNull();
  });

  it("needs a doelstelling above a subdoel", () => {
    expect(parentRefusal({ level: "SUBGOAL", parent: goal("d1"), programmeId: P })).toBeNull();
    expect(parentRefusal({ level: "SUBGOAL", parent: null, programmeId: P })).toMatch(/Een subdoel valt onder een doelstelling/);
    expect(parentRefusal({ level: "SUBGOAL", parent: goal("alg"), programmeId: P })).not.toBeNull();
    expect(parentRefusal({ level: "SUBGOAL", parent: goal("s2"), programmeId: P })).not.toBeNull();
  });

  it("refuses a parent of another programme", () => {
    expect(parentRefusal({ level: "SUBGOAL", parent: goal("d1"), programmeId: "p2" })).toMatch(/ander programma/);
  });
});

describe("moveRefusal", () => {
  it("moves a doelstelling with its subdoelen to another algemene doelstelling or the top", () => {
    expect(moveRefusal(tree, "d1", "alg2")).toBeNull();
    expect(moveRefusal(tree, "d1", null)).toBeNull();
  });

  it("moves a subdoel to another doelstelling", () => {
    expect(moveRefusal(tree, "s1", "d2")).toBeNull();
  });

  it("refuses a cycle: a goal under itself or its own subdoel", () => {
    expect(moveRefusal(tree, "d1", "d1")).toMatch(/onder zichzelf/);
    expect(moveRefusal(tree, "d1", "s1")).toMatch(/onder zichzelf of onder een van zijn eigen subdoelen/);
  });

  it("refuses a move that breaks the levels", () => {
    expect(moveRefusal(tree, "s1", null)).toMatch(/subdoel valt onder een doelstelling/);
    expect(moveRefusal(tree, "d2", "d1")).toMatch(/algemene doelstelling of staat bovenaan/);
    expect(moveRefusal(tree, "alg", "alg2")).toMatch(/staat bovenaan/);
  });

  it("refuses a parent the document does not report on, and a move to the same place", () => {
    expect(moveRefusal(tree, "s1", "elders")).toMatch(/staat niet in dit document/);
    expect(moveRefusal(tree, "s1", "d1")).toMatch(/staat al op die plek/);
    expect(moveRefusal(tree, "onbekend", null)).toMatch(/staat niet in dit document/);
  });

  it("offers exactly the valid parents", () => {
    expect(parentOptions(tree, goal("s1"))).toEqual(["d2"]);
    expect(parentOptions(tree, goal("d1"))).toEqual([null, "alg2"]);
    expect(parentOptions(tree, goal("alg"))).toEqual([]);
  });
});

describe("subtreeIds", () => {
  it("lists a goal and everything under it", () => {
    expect(subtreeIds(tree, "alg")).toEqual(["alg", "d1", "s1", "s2"]);
    expect(subtreeIds(tree, "s2")).toEqual(["s2"]);
  });

  it("stops on a cycle in stored data", () => {
    const cyclic: TreeGoal[] = [
      { id: "a", parentId: "b", level: "GOAL", programmeId: P },
      { id: "b", parentId: "a", level: "GOAL", programmeId: P },
    ];
    expect(subtreeIds(cyclic, "a")).toEqual(["a", "b"]);
  });
});

describe("reorder", () => {
  it("swaps with the neighbour", () => {
    expect(reorder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(reorder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
  });

  it("does nothing at the edges or for an unknown id", () => {
    expect(reorder(["a", "b"], "a", "up")).toBeNull();
    expect(reorder(["a", "b"], "b", "down")).toBeNull();
    expect(reorder(["a", "b"], "x", "up")).toBeNull();
  });
});

describe("delete or retire", () => {
  it("deletes what only this concept document refers to", () => {
    expect(removalOf({ reportedIn: [], figuresElsewhere: 0 })).toEqual({ kind: "delete" });
    expect(removalMessage("Programma 3 Wonen", { kind: "delete" }, 2091)).toBe("Programma 3 Wonen is verwijderd.");
  });

  it("retires what another document reports on, and says where it stays", () => {
    const removal = removalOf({ reportedIn: ["Jaarstukken 2024", "Begroting 2024"], figuresElsewhere: 3 });
    expect(removal).toEqual({ kind: "retire", because: "het staat ook in Jaarstukken 2024 en Begroting 2024" });
    expect(removalMessage("Programma 3 Wonen", removal, 2025)).toBe(
      "Programma 3 Wonen is niet verwijderd maar opgeheven vanaf 2025: het staat ook in Jaarstukken 2024 en Begroting 2024. Daar blijft het zichtbaar; in dit document en volgende jaren niet meer.",
    );
  });

  it("retires what has figures elsewhere even when no other document reports on it", () => {
    expect(removalOf({ reportedIn: [], figuresElsewhere: 1 })).toEqual({ kind: "retire", because: "er staan cijfers of teksten van in een ander document" });
  });

  it("names at most three documents", () => {
    const removal = removalOf({ reportedIn: ["A", "B", "C", "D", "E"], figuresElsewhere: 0 });
    expect(removal).toEqual({ kind: "retire", because: "het staat ook in A, B, C en 2 andere documenten" });
  });

  it("refuses to remove a goal that activities, indicators or lines of this document hang on", () => {
    expect(dependentsRefusal({ activities: 0, indicators: 0, budgetLines: 0 })).toBeNull();
    expect(dependentsRefusal({ activities: 1, indicators: 2, budgetLines: 0 })).toBe(
      "Aan dit doel (of een subdoel ervan) hangen in dit document nog 1 activiteit en 2 indicatoren. Koppel die eerst aan een ander doel of verwijder ze; er is niets gewijzigd.",
    );
  });
});

describe("numbering and levels", () => {
  it("names the programme that already has the number", () => {
    expect(duplicateProgrammeMessage({ number: "3", name: "Wonen", retiredFromYear: null })).toBe("Er is al een programma 3 (Wonen). Kies een ander nummer.");
    expect(duplicateProgrammeMessage({ number: "3", name: "Wonen", retiredFromYear: 2024 })).toBe(
      "Er is al een programma 3 (Wonen, opgeheven vanaf 2024). Kies een ander nummer.",
    );
  });

  it("offers the levels that fit under a parent", () => {
    expect(childLevels(null)).toEqual(["GENERAL", "GOAL"]);
    expect(childLevels("GENERAL")).toEqual(["GOAL"]);
    expect(childLevels("GOAL")).toEqual(["SUBGOAL"]);
    expect(childLevels("SUBGOAL")).toEqual([]);
  });
});
