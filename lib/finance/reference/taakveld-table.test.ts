import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { parseTaakvelden } from "./parse";

// The migration's rows must be the CSV files' lists, so the database and the
// editor's list can never disagree about which taakvelden exist.
describe("Taakveld reference table", () => {
  for (const numbering of [2024, 2025]) {
    it(`holds every taakveld of the ${numbering} numbering, as the CSV names it`, async () => {
      const file = fs.readFileSync(path.join(process.cwd(), `lib/finance/reference/taakvelden_gemeente_${numbering}.csv`), "utf8");
      const expected = parseTaakvelden(file).flatMap((g) => g.taakvelden.map((t) => [t.code, t.name]));
      const rows = await db().taakveld.findMany({ where: { numbering, level: 2 }, orderBy: { code: "asc" } });
      expect(rows.map((r) => [r.code, r.name]).sort()).toEqual([...expected].sort());
    });
  }

  it("tells the two numberings apart: 6.2 exists only before 2025, 6.21 only from 2025", async () => {
    const codes = await db().taakveld.findMany({ where: { code: { in: ["6.2", "6.21"] } }, select: { numbering: true, code: true } });
    expect(codes.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { numbering: 2024, code: "6.2" },
      { numbering: 2025, code: "6.21" },
    ]);
  });
});
