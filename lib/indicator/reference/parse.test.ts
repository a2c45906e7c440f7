import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bbvUnit, parseBbvIndicators } from "./parse";

const text = fs.readFileSync(path.join(__dirname, "beleidsindicatoren.csv"), "utf8");

describe("parseBbvIndicators", () => {
  const list = parseBbvIndicators(text);

  it("reads the 34 mandatory beleidsindicatoren, each with its own key", () => {
    expect(list).toHaveLength(34);
    expect(new Set(list.map((i) => i.importKey)).size).toBe(34);
  });

  it("keeps a free unit exactly as printed, with its bron", () => {
    expect(list.find((i) => i.name === "Winkeldiefstallen")).toMatchObject({
      importKey: "bbv:winkeldiefstallen",
      unit: "OVERIG",
      unitLabel: "per 1.000 inwoners",
      sourceName: "CBS - Geregistreerde diefstallen",
    });
    expect(list.find((i) => i.name === "Gemiddelde WOZ waarde")).toMatchObject({ unit: "OVERIG", unitLabel: "x € 1.000", sourceName: "CBS - Waarde onroerende zaken" });
  });

  it("maps a bare % and € onto the unit, and an empty bron to none", () => {
    expect(list.find((i) => i.name === "Niet-sporters")).toMatchObject({ unit: "PERCENTAGE", unitLabel: null });
    expect(list.find((i) => i.name === "Gemeentelijke woonlasten één-persoonshuishouden")).toMatchObject({
      importKey: "bbv:gemeentelijke-woonlasten-een-persoonshuishouden",
      unit: "EURO",
      sourceName: "COELO - Atlas lokale lasten",
    });
    expect(list.find((i) => i.name === "Functiemenging")).toMatchObject({ unit: "PERCENTAGE", sourceName: null });
  });

  it("keeps a unit that only starts with % as printed", () => {
    expect(bbvUnit("% van totale lasten")).toEqual({ unit: "OVERIG", unitLabel: "% van totale lasten" });
  });

  it("refuses a file of another shape", () => {
    expect(() => parseBbvIndicators("naam;eenheid\nX;%\n")).toThrow(/header/);
    expect(() => parseBbvIndicators("indicator;eenheid;bron;gezien_op\nX;%;;a\nX;%;;b\n")).toThrow(/Duplicate/);
  });
});
