import { describe, expect, it } from "vitest";
import { delivery, errorsOf, warningsOf } from "./fixtures/minimal";
import { IV3_MAX_ROWS, validateIv3Delivery } from "./validate";

describe("validateIv3Delivery: structure, in CBS's codes and words", () => {
  it("accepts a correct delivery without warnings", () => {
    expect(warningsOf(validateIv3Delivery(delivery()))).toEqual([]);
  });

  it("reports a missing metadata, contact or data element with SF001, SF005, SF010", () => {
    const d = delivery();
    delete d.metadata;
    expect(errorsOf(validateIv3Delivery(d))).toEqual([{ code: "SF001", message: "Het verplichte element metadata is niet aangetroffen." }]);
    expect(errorsOf(validateIv3Delivery({})).map((e) => e.code)).toEqual(["SF001", "SF005", "SF010"]);
  });

  it("names a missing or unknown metadata key (SF002, SF003) and an unknown contact key (SF007)", () => {
    const d = delivery();
    delete d.metadata.status;
    d.metadata.versie = "2.1";
    d.contact.fax = "070";
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "SF002", message: "Binnen de metadata is sleutel status niet aangetroffen.", path: "metadata.status" },
      { code: "SF003", message: "Er is een onbekende sleutel versie aangetroffen binnen metadata.", path: "metadata.versie" },
      { code: "SF007", message: "Er is een onbekende sleutel fax aangetroffen binnen contactpersoon.", path: "contact.fax" },
    ]);
  });

  it("reports a wrong type in metadata with SF004 and what was expected", () => {
    const d = delivery();
    d.metadata.boekjaar = "2025";
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "SF004", message: "Binnen de metadata is de waarde bij sleutel boekjaar niet van het juiste type: een getal werd verwacht.", path: "metadata.boekjaar" },
    ]);
  });

  it("reports an empty contact name (SF009) and a wrong e-mail address with the value found (SF008)", () => {
    const d = delivery();
    d.contact.naam = " ";
    d.contact.email = "piet-at-gemeente";
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "SF009", message: "Binnen het element contactpersoon is niks ingevuld bij de sleutel naam.", path: "contact.naam" },
      {
        code: "SF008",
        message: 'Binnen het element contactpersoon is de waarde bij sleutel email niet van het juiste type: een e-mailadres werd verwacht, maar "piet-at-gemeente" is aangetroffen.',
        path: "contact.email",
      },
    ]);
  });

  it("reports missing data parts (SF011–SF015), unknown elements (PM003) and incomplete rows (SF016, SF017)", () => {
    const d = delivery();
    delete d.data.lasten;
    delete d.data.balans_standen;
    d.data.toelichting = [];
    d.data.baten = [{ taakveld: "0.1", bedrag: 10 }, { taakveld: "0.1", categorie: "3.8", bedrag: null }];
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "SF012", message: "Binnen het element data is het verplichte element lasten niet aangetroffen.", path: "data.lasten" },
      { code: "SF015", message: "Binnen het element data is het verplichte element balans_standen niet aangetroffen.", path: "data.balans_standen" },
      { code: "PM003", message: "Het element data.toelichting hoort niet in een Iv3-levering.", path: "data.toelichting" },
      { code: "SF016", message: "Binnen het onderdeel baten ontbreekt de sleutel categorie. Rij 1.", path: "data.baten[0].categorie" },
      { code: "SF017", message: "Het bedrag is niet gevuld in onderdeel baten. Rij 2.", path: "data.baten[1].bedrag" },
    ]);
  });

  it("refuses what is not a JSON object", () => {
    for (const input of [null, [], "levering", 42]) expect(errorsOf(validateIv3Delivery(input)).map((e) => e.code)).toEqual(["PM005"]);
  });
});

describe("validateIv3Delivery: limits", () => {
  it("reports the first 200 errors and then how many more there are", () => {
    const d = delivery();
    d.data.lasten = Array.from({ length: 500 }, () => ({ taakveld: "9.9", categorie: "1.1", bedrag: 1 }));
    const errors = errorsOf(validateIv3Delivery(d));
    expect(errors).toHaveLength(201);
    expect(errors[199]?.path).toBe("data.lasten[199].taakveld");
    expect(errors[200]).toEqual({ code: "PM002", message: "En nog 300 fouten." });
  });

  it("refuses more rows than it reads, before looking at them", () => {
    const d = delivery();
    const row = { taakveld: "0.1", categorie: "1.1", bedrag: 1 };
    d.data.lasten = new Array(IV3_MAX_ROWS).fill(row);
    d.data.baten = [row];
    expect(errorsOf(validateIv3Delivery(d))).toEqual([
      { code: "PM001", message: "Het bestand bevat 100.001 rijen; Programmamonitor leest een Iv3-levering van ten hoogste 100.000 rijen.", path: "data" },
    ]);
  });
});
