import { describe, expect, it } from "vitest";
import { countRows, isWritable, type PreviewRow } from "./preview";

const row = (action: PreviewRow["action"], problems: string[] = [], changes = action === "change" ? 1 : 0): PreviewRow => ({
  at: "rij",
  name: null,
  action,
  changes: Array.from({ length: changes }, () => ({ label: "cijfer", old: "1", new: "2" })),
  problems,
});

describe("the counts of a preview", () => {
  it("counts new, changed, unchanged and problem rows once each", () => {
    const counts = countRows([row("create"), row("change"), row("unchanged"), row("change", ["Onbekende sleutel."])], []);
    expect(counts).toEqual({ rows: 4, created: 1, changed: 1, unchanged: 1, problems: 1 });
  });

  it("counts a problem of the file as a problem, so nothing can be confirmed", () => {
    const counts = countRows([row("change")], ["Het blad Indicatoren ontbreekt."]);
    expect(counts.problems).toBe(1);
    expect(counts.unchanged).toBe(0);
    expect(isWritable({ counts })).toBe(false);
  });

  it("is writable only with something new or changed and no problem", () => {
    expect(isWritable({ counts: countRows([row("unchanged")], []) })).toBe(false);
    expect(isWritable({ counts: countRows([row("create")], []) })).toBe(true);
  });
});
