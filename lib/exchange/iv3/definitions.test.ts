import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cbsMelding, iv3CodeLists } from "./definitions";

const reference = path.join(process.cwd(), "lib/exchange/iv3/reference");

describe("the CBS reference files", () => {
  it("are the copies the README vouches for, unchanged", () => {
    const readme = fs.readFileSync(path.join(reference, "README.md"), "utf8");
    for (const file of ["iv3_data_schema_v2_1_1.json", "iv3_definities_Gemeente_2025.json", "fouten.json", "taakvelden_gemeente_2024.csv"]) {
      const sha = crypto.createHash("sha256").update(fs.readFileSync(path.join(reference, file))).digest("hex");
      expect(readme).toContain(`\`${file}\` | `);
      expect(readme, file).toContain(sha);
    }
  });

  it("give CBS's own error texts", () => {
    expect(cbsMelding("DF001")).toBe("Binnen het onderdeel <onderdeel> is de code <fout> niet toegestaan als taakveld. <extra>");
  });
});

describe("iv3CodeLists: the boekjaar decides the list", () => {
  it("has the 69 taakvelden of 2025 with the new 6.x numbering from 2025 on", () => {
    const lists = iv3CodeLists(2025);
    expect(lists.taakveldenYear).toBe(2025);
    expect(lists.taakvelden.size).toBe(69);
    expect(lists.taakvelden.get("6.812")).toBe("Maatschappelijke- en vrouwenopvang (WMO)");
    expect(lists.taakvelden.has("6.71a")).toBe(false);
    expect(lists.ownYear).toBe(true);
  });

  it("has the 2024 taakvelden up to 2024, with its own grijze cellen lent from 2025", () => {
    const lists = iv3CodeLists(2023);
    expect(lists.taakveldenYear).toBe(2024);
    expect([...lists.taakvelden.keys()]).toEqual(expect.arrayContaining(["0.10", "0.11", "6.2", "6.71", "6.71a", "6.74c", "6.82b"]));
    expect(lists.taakvelden.has("6.711")).toBe(false);
    expect(lists.ownYear).toBe(false);
  });

  it("keeps lasten and baten categorieën apart and moves verslagperioden with the boekjaar", () => {
    const lists = iv3CodeLists(2023);
    expect(lists.lastenCategories).toContain("1.1");
    expect(lists.batenCategories).not.toContain("1.1");
    expect(lists.batenCategories).toContain("2.2.1");
    expect([...lists.verslagperioden]).toEqual(["Rek_2021", "Beg_2022", "Rek_2022", "Beg_2023", "Rek_2023", "MJR_2024", "MJR_2025", "MJR_2026"]);
    expect(lists.standper.has("31-12-2023")).toBe(true);
  });
});
