import { describe, expect, it } from "vitest";
import { figurePreviewRows } from "../figures/preview-rows";
import type { PlannedRow } from "../figures/plan";
import { countRows, type PreviewRow } from "../preview";
import { PREVIEW_PAGE_SIZE, changeText, jobView } from "./view";

const planned = (group: PlannedRow["group"], change: PlannedRow["changes"][number]): PlannedRow => ({ at: "rij", group, figureId: "f", programmeId: "p", name: null, changes: [change], problems: [] });
const shown = (row: PlannedRow) => changeText(figurePreviewRows([row])[0]!.changes[0]!);

const row = (i: number, problems: string[] = [], changed = false): PreviewRow => ({
  at: `Begrotingsposten, rij ${i}`,
  name: `Post ${i}`,
  action: changed ? "change" : "unchanged",
  changes: changed ? [{ label: "cijfer", old: "1.000", new: "1.234.567" }] : [],
  problems,
});

describe("the import preview page", () => {
  it("says a change of a figure as old → new in Dutch notation", () => {
    expect(shown(planned("lines", { field: "value", old: "1000", new: "1234567" }))).toBe("cijfer: 1.000 → 1.234.567");
    expect(shown(planned("indicators", { field: "value", old: null, new: "7.4" }))).toBe("cijfer: (leeg) → 7,4");
    expect(shown(planned("indicators", { field: "explanation", old: "Oud", new: null }))).toBe("toelichting: Oud → (leeg)");
  });

  it("cuts a long text to its start, so one row does not fill the page", () => {
    expect(changeText({ label: "toelichting", old: null, new: "x".repeat(500) })).toBe(`toelichting: (leeg) → ${"x".repeat(80)}…`);
  });

  it("shows problems first and pages the rest, never all ten thousand rows at once", () => {
    const rows = Array.from({ length: 250 }, (_, i) => row(i + 2, i === 240 ? ["Onbekende sleutel"] : [], i % 2 === 0));
    const preview = { counts: countRows(rows, []), warnings: [], fileProblems: [], rows };
    const first = jobView(preview, 1, "alle")!;
    expect(first.rows).toHaveLength(PREVIEW_PAGE_SIZE);
    expect(first.rows[0]!.at).toBe("Begrotingsposten, rij 242");
    expect(first.pages).toBe(3);
    expect(first.writable).toBe(false);
    expect(jobView(preview, 99, "alle")!.page).toBe(3);
    expect(jobView(preview, 1, "problemen")!.rows.map((r) => r.at)).toEqual(["Begrotingsposten, rij 242"]);
  });
});
