// Tests that need data the demo set does not have: text a spreadsheet would
// run as a formula, and figures or documents the public may not see yet.
// Everything created here is removed again, so the other files see the demo data only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as finance from "@/app/api/v1/gemeenten/[slug]/jaren/[jaar]/programmas/[nummer]/financien/route";
import * as programme from "@/app/api/v1/gemeenten/[slug]/jaren/[jaar]/programmas/[nummer]/route";
import * as programmes from "@/app/api/v1/gemeenten/[slug]/jaren/[jaar]/programmas/route";
import * as years from "@/app/api/v1/gemeenten/[slug]/jaren/route";
import * as comparison from "@/app/api/v1/indicatoren/vergelijking/route";
import { programmeSchema } from "@/lib/api/schemas/programma";
import { comparisonSchema } from "@/lib/api/schemas/indicator";
import { yearListSchema } from "@/lib/api/schemas/gemeente";
import { byHeader, csvRows, get, json, params, problem } from "./api-support";

const FORMULA_LABEL = '=HYPERLINK("http://x","klik")';
const created = { lines: [] as string[], documents: [] as string[] };

beforeAll(async () => {
  const client = db();
  const hilversum = await client.municipality.findUniqueOrThrow({ where: { slug: "hilversum" } });
  const document = await client.pcDocument.findFirstOrThrow({ where: { municipalityId: hilversum.id, year: 2021, origin: { not: "RECONSTRUCTED" } } });
  const burgerzaken = await client.programme.findFirstOrThrow({ where: { municipalityId: hilversum.id, number: "4.2.1" } });
  // A line as Hilversum prints them: realisatie, and a na-wijziging without its primitieve begroting (basis "zoals gedrukt").
  const line = async (data: { label: string; reviewStatus: "GOEDGEKEURD" | "INGEDIEND"; product?: string; functionCode?: string; explanation?: string }) => {
    const { reviewStatus, explanation, ...subject } = data;
    const budgetLine = await client.budgetLine.create({
      data: { municipalityId: hilversum.id, programmeId: burgerzaken.id, key: `api-own-data/${data.label}`, category: "EXPENSES", sortOrder: 99, ...subject },
    });
    await client.budgetFigure.create({ data: { budgetLineId: budgetLine.id, documentId: document.id, year: 2021, amount: 20_000n, reviewStatus, explanation } });
    await client.printedFigure.create({
      data: { documentId: document.id, programmeId: burgerzaken.id, budgetLineId: budgetLine.id, row: "EXPENSES", column: "BUDGET_AMENDED", amount: 1_000n },
    });
    return budgetLine;
  };
  created.lines.push(
    (await line({ label: FORMULA_LABEL, reviewStatus: "GOEDGEKEURD", product: "@SUM(A1)", functionCode: "-1+1", explanation: "+31 6 1234" })).id,
    (await line({ label: "Nog niet goedgekeurd", reviewStatus: "INGEDIEND" })).id,
  );

  const concept = await client.pcDocument.create({
    data: { municipalityId: hilversum.id, kind: "BEGROTING", year: 2022, title: "Begroting 2022 (concept)", status: "CONCEPT" },
  });
  created.documents.push(concept.id);
  await client.programmeReport.create({ data: { documentId: concept.id, programmeId: burgerzaken.id } });

  const midden = await client.municipality.findUniqueOrThrow({ where: { slug: "midden-groningen" } });
  const indicator = await client.indicator.findFirstOrThrow({ where: { municipalityId: midden.id, name: "Reisdocumenten (%)" } });
  const published = await client.pcDocument.findFirstOrThrow({ where: { municipalityId: midden.id, year: 2021, origin: { not: "RECONSTRUCTED" } } });
  // A realisatie 2022 the published jaarstukken 2021 printed, submitted but not approved.
  const reconstruction = await client.pcDocument.create({
    data: { municipalityId: midden.id, kind: "JAARSTUKKEN", year: 2022, title: "Jaarstukken 2022 (test)", origin: "RECONSTRUCTED", reconstructedFromId: published.id },
  });
  created.documents.push(reconstruction.id);
  await client.indicatorFigure.create({
    data: { indicatorId: indicator.id, documentId: reconstruction.id, year: 2022, dimensionValue: "digitaal", value: "99", reviewStatus: "INGEDIEND" },
  });
});

afterAll(async () => {
  const client = db();
  await client.budgetLine.deleteMany({ where: { id: { in: created.lines } } });
  await client.pcDocument.deleteMany({ where: { id: { in: created.documents } } });
});

const burgerzaken2021 = () => params({ slug: "hilversum", jaar: "2021", nummer: "4.2.1" });

describe("CSV formula injection", () => {
  it("neutralises text cells a spreadsheet would run, and leaves negative amounts numeric", async () => {
    const response = await finance.GET(get("/api/v1/gemeenten/hilversum/jaren/2021/programmas/4.2.1/financien?formaat=csv"), burgerzaken2021());
    const rows = byHeader(await csvRows(response));
    const injected = rows.find((r) => r.Product === "'@SUM(A1)")!;
    expect(injected).toMatchObject({
      Omschrijving: `"'=HYPERLINK(""http://x"",""klik"")"`,
      Taakveld: "'-1+1",
      Toelichting: "'+31 6 1234",
      "Verschil (euro)": "19000",
      // Nobody printed this line's verschil: only the app's own figure.
      "Verschil als gedrukt (x 1.000 euro)": "",
      "Verschil berekend uit regels (x 1.000 euro)": "19",
    });
    const income = rows.find((r) => r["Soort rij"] === "Regel" && r.Categorie === "Baten")!;
    expect(income["Realisatie als gedrukt (x 1.000 euro)"]).toBe("-1311");
    expect(income["Verschil als gedrukt (x 1.000 euro)"]).toBe("-236");
    expect(income["Verschil (euro)"]).toBe("236000");
  });

  it("keeps the text itself unchanged in JSON", async () => {
    const body = programmeSchema.parse(
      await json(await programme.GET(get("/api/v1/gemeenten/hilversum/jaren/2021/programmas/4.2.1"), burgerzaken2021())),
    );
    expect(body.financien!.regels.map((r) => r.omschrijving)).toContain(FORMULA_LABEL);
  });
});

describe("the public scope", () => {
  it("leaves out financial lines that are not approved", async () => {
    const body = programmeSchema.parse(
      await json(await programme.GET(get("/api/v1/gemeenten/hilversum/jaren/2021/programmas/4.2.1"), burgerzaken2021())),
    );
    expect(body.financien!.regels.map((r) => r.omschrijving)).not.toContain("Nog niet goedgekeurd");
    expect(body.financien!.regels).toHaveLength(3);
  });

  it("does not show a concept document, in the year list or by URL", async () => {
    const list = yearListSchema.parse(await json(await years.GET(get("/api/v1/gemeenten/hilversum/jaren"), params({ slug: "hilversum" }))));
    expect(list.jaren.map((j) => j.jaar)).toEqual([2021]);
    await problem(await programmes.GET(get("/api/v1/gemeenten/hilversum/jaren/2022/programmas"), params({ slug: "hilversum", jaar: "2022" })), 404);
  });

  it("leaves out indicator values that are not approved", async () => {
    const body = comparisonSchema.parse(
      await json(await comparison.GET(get("/api/v1/indicatoren/vergelijking?naam=Reisdocumenten%20(%25)"), params())),
    );
    expect(body.indicatoren[0]!.waarden.map((w) => w.jaar)).toEqual([2021, 2021]);
    const only2022 = comparisonSchema.parse(
      await json(await comparison.GET(get("/api/v1/indicatoren/vergelijking?naam=reisdocumenten&jaar=2022"), params())),
    );
    expect(only2022.indicatoren).toEqual([]);
  });
});
