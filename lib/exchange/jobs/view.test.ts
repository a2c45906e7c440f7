import { describe, expect, it } from "vitest";
import type { PlannedRow } from "../figures/plan";
import { PREVIEW_PAGE_SIZE, changeText, jobView } from "./view";

const row = (i: number, problems: string[] = [], changed = false): PlannedRow => ({
  at: `Begrotingsposten, rij ${i}`,
  group: "lines",
  figureId: `f${i}`,
  programmeId: "p",
  name: `Post ${i}`,
  changes: changed ? [{ field: "value", old: "1000", new: "1234567" }] : [],
  problems,
});

describe("the import preview page", () => {
  it("says a change as old → new in Dutch notation", () => {
    expect(changeText("lines", { field: "value", old: "1000", new: "1234567" })).toBe("cijfer: 1.000 → 1.234.567");
    expect(changeText("indicators", { field: "value", old: null, new: "7.4" })).toBe("cijfer: (leeg) → 7,4");
    expect(changeText("indicators", { field: "explanation", old: "Oud", new: null })).toBe("toelichting: Oud → (leeg)");
  });

  it("shows problems first and pages the rest, never all ten thousand rows at once", () => {
    const rows = Array.from({ length: 250 }, (_, i) => row(i + 2, i === 240 ? ["Onbekende sleutel"] : [], i % 2 === 0));
    const preview = { counts: { rows: 250, changed: 125, unchanged: 124, problems: 1 }, warnings: [], fileProblems: [], rows };
    const first = jobView(preview, 1, "alle")!;
    expect(first.rows).toHaveLength(PREVIEW_PAGE_SIZE);
    expect(first.rows[0]!.at).toBe("Begrotingsposten, rij 242");
    expect(first.pages).toBe(3);
    expect(first.writable).toBe(false);
    expect(jobView(preview, 99, "alle")!.page).toBe(3);
    expect(jobView(preview, 1, "problemen")!.rows.map((r) => r.at)).toEqual(["Begrotingsposten, rij 242"]);
  });
});
