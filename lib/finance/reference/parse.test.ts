import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hoofdfunctieLabel, parseTaakvelden, taakveldLabel } from "./parse";

const text = fs.readFileSync(path.join(__dirname, "taakvelden_gemeente_2025.csv"), "utf8");

describe("parseTaakvelden", () => {
  const groups = parseTaakvelden(text);
  const all = groups.flatMap((g) => g.taakvelden);

  it("reads the nine hoofdfuncties 0–8 and the 69 taakvelden of 2025", () => {
    expect(groups.map((g) => g.code)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(all).toHaveLength(69);
  });

  it("keeps names with a comma and trims trailing spaces", () => {
    expect(hoofdfunctieLabel(groups[2]!)).toBe("2. Verkeer, vervoer en waterstaat");
    expect(all.find((t) => t.code === "6.821")).toEqual({ code: "6.821", name: "Jeugdbescherming" });
    expect(taakveldLabel(all.find((t) => t.code === "0.2")!)).toBe("0.2 Burgerzaken");
  });

  it("has the new 6.x numbering and no duplicate codes", () => {
    expect(all.some((t) => t.code === "6.812")).toBe(true);
    expect(new Set(all.map((t) => t.code)).size).toBe(all.length);
  });

  it("refuses a file of another shape", () => {
    expect(() => parseTaakvelden("code,naam\n0.1,Bestuur\n")).toThrow(/header/);
    expect(() => parseTaakvelden("niveau,code,omschrijving\n2,0.1,Bestuur\n")).toThrow(/outside/);
  });
});
