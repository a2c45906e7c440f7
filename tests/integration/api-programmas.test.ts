import { describe, expect, it } from "vitest";
import * as programmes from "@/app/api/v1/gemeenten/[slug]/jaren/[jaar]/programmas/route";
import * as programme from "@/app/api/v1/gemeenten/[slug]/jaren/[jaar]/programmas/[nummer]/route";
import * as finance from "@/app/api/v1/gemeenten/[slug]/jaren/[jaar]/programmas/[nummer]/financien/route";
import { programmeFinanceSchema, programmeListSchema, programmeSchema } from "@/lib/api/schemas/programma";
import { byHeader, csvRows, get, json, params, problem } from "./api-support";

const base = (slug: string, jaar: number | string) => `/api/v1/gemeenten/${slug}/jaren/${jaar}/programmas`;

async function list(slug: string, jaar: string, query = "") {
  return programmes.GET(get(`${base(slug, jaar)}${query}`), params({ slug, jaar }));
}
async function detail(slug: string, jaar: string, nummer: string, query = "") {
  return programme.GET(get(`${base(slug, jaar)}/${nummer}${query}`), params({ slug, jaar, nummer }));
}

describe("GET …/jaren/{jaar}/programmas", () => {
  it("gives Zoetermeer 2024 programme 6 with totals computed from the exact lines", async () => {
    const body = programmeListSchema.parse(await json(await list("zoetermeer", "2024")));
    expect(body.document).toEqual({ soort: "jaarstukken", jaar: 2024, titel: "Jaarstukken 2024", status: "gepubliceerd" });
    const [p] = body.programmas;
    expect(p).toMatchObject({ nummer: "6", naam: "Dienstverlening en participatie" });
    expect(p!.lasten.bedragen.realisatie).toBe("19267000");
    expect(p!.baten.bedragen.realisatie).toBe("5350000");
    expect(p!.saldo.bedragen.realisatie).toBe("-13917000");
    expect(p!.resultaat!.bedragen.realisatie).toBe("-13899000");
    // Realisatie only: there is no budget, so no verschil.
    expect(p!.lasten.bedragen.verschil).toBeNull();
    expect(p!.herkomst.bron).toBe("Gemeente Zoetermeer, Jaarstukken 2024, Programma 6 Dienstverlening en participatie");
    expect(p!._links.self.href).toBe("/api/v1/gemeenten/zoetermeer/jaren/2024/programmas/6?documentsoort=jaarstukken");
  });

  it("carries the printed share of the municipal total where Zoetermeer 2022 printed one", async () => {
    const [p] = programmeListSchema.parse(await json(await list("zoetermeer", "2022"))).programmas;
    expect(p!.lasten).toEqual({
      bedragen: { realisatieVorigJaar: null, begrotingPrimitief: null, begrotingNaWijziging: null, realisatie: "15781000", verschil: null },
      aandeelGemeentelijkTotaal: { realisatieVorigJaar: null, begrotingPrimitief: null, begrotingNaWijziging: null, realisatie: "3.3" },
    });
    expect(p!.baten.aandeelGemeentelijkTotaal?.realisatie).toBe("1.23");
    expect(p!.saldo.aandeelGemeentelijkTotaal?.realisatie).toBe("31.44");
    expect(p!.saldo.bedragen.realisatie).toBe("-9516000");
  });

  it("gives Midden-Groningen's budget columns and the verschil", async () => {
    const [p] = programmeListSchema.parse(await json(await list("midden-groningen", "2021"))).programmas;
    expect(p!.nummer).toBe("2.4");
    expect(p!.lasten.bedragen).toEqual({
      realisatieVorigJaar: "3874000",
      begrotingPrimitief: "4337000",
      begrotingNaWijziging: "3590000",
      realisatie: "3365000",
      verschil: "-225000",
    });
    expect(p!.lasten.aandeelGemeentelijkTotaal).toBeNull();
  });

  it("answers an empty list for a document without programmes", async () => {
    const body = programmeListSchema.parse(await json(await list("leidschendam-voorburg", "2019")));
    expect(body.programmas).toEqual([]);
  });

  it("downloads as CSV, one row per programme and table row, negative amounts as numbers", async () => {
    const response = await list("zoetermeer", "2024", "?formaat=csv");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="zoetermeer-2024-jaarstukken-programmas.csv"');
    const rows = byHeader(await csvRows(response));
    expect(rows.map((r) => [r.Regel, r["Realisatie (euro)"]])).toEqual([
      ["Lasten", "19267000"],
      ["Baten", "5350000"],
      ["Saldo van baten en lasten", "-13917000"],
      ["Resultaat na reserves", "-13899000"],
    ]);
  });

  it("answers 400 for a year that is not a year", async () => {
    for (const jaar of ["abc", "2024.5"]) {
      const body = await problem(await list("zoetermeer", jaar), 400);
      expect(body.invalidParams).toEqual([{ name: "jaar", code: expect.any(String), reason: "Schrijf het jaar als vier cijfers, bijvoorbeeld 2024" }]);
    }
    const body = await problem(await list("zoetermeer", "1800"), 400);
    expect(body.invalidParams).toEqual([{ name: "jaar", code: expect.any(String), reason: "Vul een jaartal in tussen 1990 en 2100" }]);
  });

  it("answers 400 for an unknown documentsoort or formaat", async () => {
    const body = await problem(await list("zoetermeer", "2024", "?documentsoort=kadernota&formaat=xlsx"), 400);
    expect(body.invalidParams?.map((p) => p.name)).toEqual(["documentsoort", "formaat"]);
  });

  it("answers 404 for a year without a published document, naming the years that have one", async () => {
    const body = await problem(await list("zoetermeer", "2030"), 404);
    expect(body.detail).toBe("Zoetermeer heeft over 2030 geen gepubliceerd document. Jaren met publicaties: 2024, 2022.");
  });

  it("answers 404 for a document kind that is not published that year", async () => {
    const body = await problem(await list("zoetermeer", "2024", "?documentsoort=begroting"), 404);
    expect(body.detail).toBe("Zoetermeer heeft over 2024 geen gepubliceerde begroting. Wel gepubliceerd: jaarstukken.");
  });

  it("answers 404 for an unknown municipality", async () => {
    await problem(await list("atlantis", "2024"), 404);
  });
});

describe("GET …/programmas/{nummer}", () => {
  it("gives Zoetermeer 2024 programme 6: goal tree, indicators with doelGehaald, lines with provenance", async () => {
    const body = programmeSchema.parse(await json(await detail("zoetermeer", "2024", "6")));
    const [general] = body.doelen;
    expect(general).toMatchObject({ niveau: "algemeneDoelstelling", code: null, titel: "Dienstbare gemeente" });
    expect(general!.subdoelen.map((d) => [d.code, d.titel])).toEqual([
      ["6.1", "Continueren klanttevredenheid"],
      ["6.2", "Bevorderen van de participatie"],
    ]);
    expect(general!.subdoelen[0]!.herkomst.bron).toBe("Gemeente Zoetermeer, Jaarstukken 2024, Programma 6 Dienstverlening en participatie");

    const participation = body.indicatoren.find((i) => i.naam === "Gemiddeld rapportcijfer inwoners over proces van participatie")!;
    expect(participation).toMatchObject({ eenheid: "rapportcijfer", richting: "hogerIsBeter", bron: "Stadspeiling", doelCode: "6.2" });
    expect(participation.waarden.map((w) => [w.jaar, w.streefwaarde, w.realisatie, w.doelGehaald, w.beoordeling])).toEqual([
      [2022, null, "6.4", null, "geenStreefwaarde"],
      [2023, "6.9", "6.6", false, "nietGehaald"],
      [2024, "7", "7", true, "gehaald"],
    ]);
    const satisfaction = body.indicatoren.find((i) => i.naam === "Gemiddeld rapportcijfer tevredenheid gehele dienstverlening")!;
    const last = satisfaction.waarden.at(-1)!;
    expect([last.doelGehaald, last.gedruktDoelGehaald, last.toelichting]).toEqual([false, false, "Het waarderingscijfer is gelijk gebleven."]);
    expect(last.herkomst.vindplaats).toContain("kolom 2024");

    const f = body.financien!;
    expect(f.tekenconventie).toContain("Lasten en toevoegingen aan reserves negatief, baten en onttrekkingen positief");
    expect(f.tekenconventie).toContain("verschil = realisatie − begroting na wijziging");
    const expenses61 = f.regels.find((r) => r.soort === "lasten" && r.doelCode === "6.1")!;
    expect(expenses61.bedragen.realisatie).toBe("12548000");
    expect(expenses61.alsGedrukt.realisatie).toBe(-12548);
    expect(expenses61.herkomst.vindplaats).toContain("Totalen per doelstelling");
    const totalExpenses = f.totalen.find((t) => t.soort === "lasten")!;
    expect([totalExpenses.bedragen.realisatie, totalExpenses.alsGedrukt.realisatie, totalExpenses.berekendUitRegels.realisatie]).toEqual(["19267000", -19267, -19267]);
    // The printed "Saldo" of TOTAAL PROGRAMMA includes the reserves: it is the resultaat na reserves, not baten − lasten.
    const result = f.totalen.find((t) => t.soort === "resultaat")!;
    expect([result.omschrijving, result.alsGedrukt.realisatie]).toEqual(["Resultaat na reserves", -13899]);
    const balance = f.totalen.find((t) => t.soort === "saldo")!;
    expect([balance.omschrijving, balance.alsGedrukt.realisatie, balance.berekendUitRegels.realisatie]).toEqual(["Saldo van baten en lasten", null, -13917]);
    expect(f.subtotalenPerDoel.map((t) => [t.doelCode, t.soort, t.alsGedrukt.realisatie])).toEqual([
      ["6.1", "resultaat", -7226],
      ["6.2", "resultaat", -6673],
    ]);
  });

  it("routes Hilversum's dotted number 4.2.1 and labels V/N in its own convention", async () => {
    const body = programmeSchema.parse(await json(await detail("hilversum", "2021", "4.2.1")));
    expect(body.nummer).toBe("4.2.1");
    expect(body.activiteiten).toHaveLength(5);
    const [expenses, income] = body.financien!.regels;
    // Printed means printed: the source's 394, and the app's 2.916 − 2.521 = 395 beside it.
    expect(expenses).toMatchObject({
      soort: "lasten",
      afwijking: "N",
      alsGedrukt: { begrotingNaWijziging: 2521, realisatie: 2916, verschil: 394 },
      berekendUitRegels: { verschil: 395 },
      afrondingsverschil: { verschil: -1 },
    });
    expect(body.financien!.afrondingsverschillen).toContainEqual({
      omschrijving: "Lasten",
      soort: "lasten",
      kolom: "verschil",
      alsGedrukt: 394,
      berekendUitRegels: 395,
      afrondingsverschil: -1,
    });
    expect(income).toMatchObject({ soort: "baten", afwijking: "V", alsGedrukt: { realisatie: -1311, verschil: -236 } });
    expect(body.financien!.totalen.find((t) => t.soort === "saldo")!.alsGedrukt).toMatchObject({ realisatie: 1605, verschil: 159 });
  });

  it("gives Midden-Groningen's channel indicators and marks deviations above its € 100.000 threshold", async () => {
    const body = programmeSchema.parse(await json(await detail("midden-groningen", "2021", "2.4")));
    expect(body.indicatoren).toHaveLength(13);
    const passports = body.indicatoren.find((i) => i.naam === "Reisdocumenten (%)")!;
    expect(passports).toMatchObject({ eenheid: "percentage", dimensie: "Kanaal", groep: "Beleidsindicatoren I-Burgerzaken" });
    expect(passports.waarden.map((w) => [w.dimensiewaarde, w.realisatie, w.benchmark, w.beoordeling])).toEqual([
      ["balie", "74", null, "geenStreefwaarde"],
      ["digitaal", "26", "36", "geenStreefwaarde"],
    ]);
    const wedding = body.indicatoren.find((i) => i.naam === "Huwelijk (%)")!;
    expect(wedding.waarden).toMatchObject([{ realisatie: null, benchmark: "80", beoordeling: "geenMeting", toelichting: "nog niet operationeel" }]);

    const cooperation = body.financien!.regels.find((r) => r.soort === "lasten" && r.omschrijving === "Bestuurlijke samenwerking")!;
    expect(cooperation).toMatchObject({ afwijking: "V", bovenToelichtingsgrens: true, alsGedrukt: { verschil: 339 }, berekendUitRegels: { verschil: 340 } });
    expect(cooperation.toelichting).toContain("frictiekosten");
    const registry = body.financien!.regels.find((r) => r.soort === "lasten" && r.omschrijving === "Burgerzaken")!;
    expect(registry).toMatchObject({ afwijking: "N", bovenToelichtingsgrens: false, alsGedrukt: { verschil: -89 } });
    expect(body.financien!.afrondingsverschillen).toContainEqual({
      omschrijving: "Totaal lasten",
      soort: "lasten",
      kolom: "realisatieVorigJaar",
      alsGedrukt: 3875,
      berekendUitRegels: 3874,
      afrondingsverschil: 1,
    });
    // Totaal baten realisatie: printed 754, the lines add to 753.
    const income = body.financien!.totalen.find((t) => t.soort === "baten")!;
    expect([income.alsGedrukt.realisatie, income.berekendUitRegels.realisatie, income.afrondingsverschil.realisatie]).toEqual([754, 753, 1]);
  });

  it("answers 404 for a programme that is not in the document, naming those that are", async () => {
    const body = await problem(await detail("zoetermeer", "2024", "9"), 404);
    expect(body.detail).toBe("Programma 9 staat niet in de Jaarstukken 2024 van Zoetermeer. Programma's in dit document: 6.");
  });

  it("answers 400 for a programme number that cannot be one", async () => {
    const body = await problem(await detail("zoetermeer", "2024", "6;drop"), 400);
    expect(body.invalidParams?.[0]?.name).toBe("nummer");
  });

  it("is only JSON", async () => {
    const body = await problem(await detail("zoetermeer", "2024", "6", "?formaat=csv"), 400);
    expect(body.invalidParams).toEqual([{ name: "formaat", code: "invalid_value", reason: "Kies json" }]);
  });
});

describe("GET …/programmas/{nummer}/financien", () => {
  const url = (query = "") => `${base("midden-groningen", 2021)}/2.4/financien${query}`;
  const context = params({ slug: "midden-groningen", jaar: "2021", nummer: "2.4" });

  it("gives the same table as the programme", async () => {
    const body = programmeFinanceSchema.parse(await json(await finance.GET(get(url()), context)));
    const full = programmeSchema.parse(await json(await detail("midden-groningen", "2021", "2.4")));
    expect(body.financien).toEqual(full.financien);
    expect(body.programma).toEqual({ nummer: "2.4", naam: "Dienstverlening" });
  });

  it("downloads as CSV with euros and printed thousands, negative numbers unquoted", async () => {
    const rows = byHeader(await csvRows(await finance.GET(get(url("?formaat=csv")), params({ slug: "midden-groningen", jaar: "2021", nummer: "2.4" }))));
    const registry = rows.find((r) => r["Soort rij"] === "Regel" && r.Categorie === "Lasten" && r.Omschrijving === "Burgerzaken")!;
    expect(registry).toMatchObject({
      "Realisatie (euro)": "1311000",
      "Verschil (euro)": "89000",
      "Verschil als gedrukt (x 1.000 euro)": "-89",
      "Afwijking (V/N)": "N",
      "Boven toelichtingsgrens": "nee",
    });
    const balance = rows.find((r) => r["Soort rij"] === "Totaal" && r.Categorie === "Saldo van baten en lasten")!;
    expect(balance["Realisatie als gedrukt (x 1.000 euro)"]).toBe("-2611");
    expect(balance["Realisatie berekend uit regels (x 1.000 euro)"]).toBe("-2612");
    const income = rows.find((r) => r["Soort rij"] === "Totaal" && r.Categorie === "Baten")!;
    expect(income["Realisatie als gedrukt (x 1.000 euro)"]).toBe("754");
    expect(income["Realisatie berekend uit regels (x 1.000 euro)"]).toBe("753");
  });
});

describe("Hilversum's printed verschil in the CSV", () => {
  it("is the source's 394, with the app's 395 in its own column", async () => {
    const context = params({ slug: "hilversum", jaar: "2021", nummer: "4.2.1" });
    const rows = byHeader(await csvRows(await finance.GET(get(`${base("hilversum", 2021)}/4.2.1/financien?formaat=csv`), context)));
    const expenses = rows.find((r) => r["Soort rij"] === "Regel" && r.Categorie === "Lasten")!;
    expect(expenses["Verschil als gedrukt (x 1.000 euro)"]).toBe("394");
    expect(expenses["Verschil berekend uit regels (x 1.000 euro)"]).toBe("395");
    expect(expenses["Afwijking (V/N)"]).toBe("N");
  });
});

describe("the stages of the P&C cycle in the API (decision 009 §7)", () => {
  it("gives Midden-Groningen's na-wijziging as berekend: the primitieve begroting plus the one wijziging the jaarrekening printed without listing it", async () => {
    const body = programmeSchema.parse(await json(await detail("midden-groningen", "2021", "2.4")));
    const changed = body.financien!.regels.filter((r) => r.bedragen.begrotingPrimitief !== r.bedragen.begrotingNaWijziging);
    expect(changed.length).toBeGreaterThan(0);
    for (const regel of body.financien!.regels) {
      expect(regel.basisNaWijziging).toBe("berekend");
      const sum = regel.wijzigingen.reduce((total, w) => total + BigInt(w.bedrag), BigInt(regel.bedragen.begrotingPrimitief!));
      expect(sum.toString()).toBe(regel.bedragen.begrotingNaWijziging);
    }
    expect(changed[0]!.wijzigingen).toEqual([
      {
        nummer: "zoals gedrukt in Jaarrekening 2021",
        datum: null,
        bevoegdheid: null,
        raadsbesluit: null,
        reden: "zoals gedrukt, niet gespecificeerd in de bron",
        bedrag: expect.stringMatching(/^-?\d+$/),
        nietGespecificeerd: true,
      },
    ]);
    expect(changed[0]!.prognoses).toEqual([]);
  });

  it("gives Hilversum's na-wijziging as zoals gedrukt, with no invented primitieve begroting, also in the CSV's last column", async () => {
    const body = programmeSchema.parse(await json(await detail("hilversum", "2021", "4.2.1")));
    for (const regel of body.financien!.regels) {
      expect(regel).toMatchObject({ basisNaWijziging: "zoals gedrukt", wijzigingen: [] });
      expect(regel.bedragen.begrotingPrimitief).toBeNull();
    }
    const csv = await csvRows(await finance.GET(get(`${base("hilversum", 2021)}/4.2.1/financien?formaat=csv`), params({ slug: "hilversum", jaar: "2021", nummer: "4.2.1" })));
    expect(csv[0]!.at(-1)).toBe("Basis begroting na wijziging");
    const lines = byHeader(csv).filter((r) => r["Soort rij"] === "Regel");
    expect(lines.map((r) => r["Basis begroting na wijziging"])).toEqual(lines.map(() => "zoals gedrukt"));
  });

  it("lists Zoetermeer 2024's streefwaarden by the begroting that set them: the ones the jaarstukken printed", async () => {
    const body = programmeSchema.parse(await json(await detail("zoetermeer", "2024", "6")));
    const indicator = body.indicatoren.find((i) => i.streefwaarden.length > 0)!;
    expect(indicator.streefwaarden.map((s) => s.jaar)).toEqual(indicator.waarden.filter((w) => w.streefwaarde !== null).map((w) => w.jaar));
    for (const s of indicator.streefwaarden) {
      expect(s).toMatchObject({ fase: "primitieveBegroting", begroting: { soort: "begroting", jaar: s.jaar, titel: `Begroting ${s.jaar} (zoals gedrukt in Jaarstukken 2024)` } });
      expect(s.waarde).toBe(indicator.waarden.find((w) => w.jaar === s.jaar)!.streefwaarde);
    }
    expect(indicator.realisaties.map((r) => r.jaarstukken.jaar)).toEqual(indicator.realisaties.map((r) => r.jaar));
  });
});
