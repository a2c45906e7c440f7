import { describe, expect, it } from "vitest";
import { groupBy } from "./collections";

describe("groupBy", () => {
  it("keeps the order within each group and of the groups", () => {
    const rows = [
      { doc: "b", n: 1 },
      { doc: "a", n: 2 },
      { doc: "b", n: 3 },
    ];
    const grouped = groupBy(rows, (r) => r.doc, (r) => r.n);
    expect([...grouped.entries()]).toEqual([
      ["b", [1, 3]],
      ["a", [2]],
    ]);
  });

  it("gives an empty map for no items", () => {
    expect(groupBy([], () => "x", (v) => v).size).toBe(0);
  });
});
