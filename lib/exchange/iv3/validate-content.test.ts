import { describe, expect, it } from "vitest";
import { delivery, errorsOf, warningsOf } from "./fixtures/minimal";
import { validateIv3Delivery } from "./validate";

describe("validateIv3Delivery: CBS's content rules", () => {
  it("refuses an unknown taakveld with DF001", () => {
    const d = delivery();
    d.data.lasten.push({ taakveld: "9.9", categorie: "1.1", bedrag: 1 });
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "DF001", message: "Binnen het onderdeel lasten is de code 9.9 niet toegestaan als taakveld. Rij 2.", path: "data.lasten[1].taakveld" },
    ]);
  });

  it("refuses a categorie of the other side: lasten and baten have their own lists (DF002)", () => {
    const d = delivery();
    d.data.lasten[0].categorie = "2.2.1"; // belastingen op producenten: baten only
    d.data.baten[0].categorie = "1.1"; // salarissen: lasten only
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "DF002", message: "Binnen het onderdeel lasten is de code 2.2.1 niet toegestaan als categorie. Rij 1.", path: "data.lasten[0].categorie" },
      { code: "DF002", message: "Binnen het onderdeel baten is de code 1.1 niet toegestaan als categorie. Rij 1.", path: "data.baten[0].categorie" },
    ]);
  });

  it("refuses a grijze cel in 2025 and only warns for 2024, whose own grijze cellen we lack", () => {
    const d = delivery();
    d.data.lasten[0].categorie = "3.1"; // grond on taakveld 0.1 Bestuur: grey
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "PM020", message: "Binnen het onderdeel lasten is categorie 3.1 niet toegestaan bij taakveld 0.1 (een grijze cel). Rij 1.", path: "data.lasten[0]" },
    ]);
    d.metadata.boekjaar = 2024;
    const [warning] = warningsOf(validateIv3Delivery(d));
    expect(warning).toMatchObject({ code: "PM020", path: "data.lasten[0]" });
    expect(warning?.message).toContain("die van 2024 kunnen afwijken");
  });

  it("takes the taakvelden of the boekjaar: 2024 numbering up to 2024, the new 6.x numbering from 2025", () => {
    const old = delivery();
    old.data.lasten[0].taakveld = "6.71a";
    expect(errorsOf(validateIv3Delivery(old)).map((e) => [e.code, e.path])).toEqual([["DF001", "data.lasten[0].taakveld"]]);
    old.metadata.boekjaar = 2023;
    expect(validateIv3Delivery(old).ok).toBe(true);
    const modern = delivery();
    modern.metadata.boekjaar = 2023;
    modern.data.lasten[0].taakveld = "6.711";
    expect(errorsOf(validateIv3Delivery(modern)).map((e) => e.code)).toEqual(["DF001"]);
  });

  it("refuses a periode outside CBS's list and a periode that does not fit the status", () => {
    const d = delivery();
    d.metadata.periode = 7;
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "SF004", message: "Binnen de metadata is de waarde bij sleutel periode niet van het juiste type: een van de waarden 0, 1, 2, 3, 4 of 5 werd verwacht.", path: "metadata.periode" },
    ]);
    d.metadata.periode = 5;
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "PM013", message: "Een levering met status Begroting hoort periode 0 te hebben, niet 5; de perioden 1 tot en met 5 zijn realisaties.", path: "metadata.periode" },
    ]);
    d.metadata.status = "Realisatie";
    d.metadata.periode = 0;
    expect(errorsOf(validateIv3Delivery(d)).map((e) => e.code)).toEqual(["PM013"]);
  });

  it("reads only municipalities, with a four-digit CBS code and a boekjaar of the taakvelden", () => {
    const d = delivery();
    d.metadata.overheidslaag = "Provincie";
    d.metadata.overheidsnummer = "GM0637";
    d.metadata.boekjaar = 2016;
    expect(errorsOf(validateIv3Delivery(d)).map((e) => e.code)).toEqual(["PM010", "PM011", "PM012"]);
  });

  it("warns that a boekjaar after 2025 is checked against the 2025 lists", () => {
    const d = delivery();
    d.metadata.boekjaar = 2027;
    expect(warningsOf(validateIv3Delivery(d)).map((e) => e.code)).toEqual(["PM014"]);
  });

  it("checks kengetallen by code and by verslagperiode relative to the boekjaar (DF005, DF007)", () => {
    const d = delivery();
    d.data.kengetallen = [
      { kengetal: "fk.1", verslagperiode: "Beg_2025", waarde: "45" },
      { kengetal: "fk.9", verslagperiode: "Rek_2019", waarde: "1" },
    ];
    expect(errorsOf(validateIv3Delivery(d)).map((e) => [e.code, e.path])).toEqual([
      ["DF005", "data.kengetallen[1].kengetal"],
      ["DF007", "data.kengetallen[1].verslagperiode"],
    ]);
    d.metadata.boekjaar = 2024;
    d.data.kengetallen = [{ kengetal: "fk.1", verslagperiode: "Beg_2024", waarde: "45" }];
    expect(warningsOf(validateIv3Delivery(d))).toEqual([]);
  });

  it("refuses an absurd bedrag and warns when a bedrag is finer than whole euros", () => {
    const d = delivery();
    d.data.lasten[0].bedrag = 1.2345; // x € 1.000: € 1.234,50
    expect(warningsOf(validateIv3Delivery(d))).toEqual([
      { code: "PM022", message: "Eén bedrag is nauwkeuriger dan op hele euro's (meer dan drie decimalen bij bedragen x € 1.000) en afgerond op hele euro's." },
    ]);
    d.data.lasten[0].bedrag = 1e13;
    expect(errorsOf(validateIv3Delivery(d)).map((e) => [e.code, e.path])).toEqual([["PM021", "data.lasten[0].bedrag"]]);
  });

  it("warns when the lasten only make sense in whole euros", () => {
    const d = delivery();
    d.data.lasten[0].bedrag = 600_000_000; // € 600 miljoen written in euros, read as thousands: € 600 miljard
    expect(warningsOf(validateIv3Delivery(d)).map((e) => e.code)).toEqual(["PM024"]);
  });
});
