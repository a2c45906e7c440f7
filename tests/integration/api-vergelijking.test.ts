import { describe, expect, it } from "vitest";
import * as comparison from "@/app/api/v1/indicatoren/vergelijking/route";
import { comparisonSchema } from "@/lib/api/schemas/indicator";
import { byHeader, csvRows, get, json, params, problem } from "./api-support";

const compare = (query: string) => comparison.GET(get(`/api/v1/indicatoren/vergelijking?${query}`), params());

describe("GET /api/v1/indicatoren/vergelijking", () => {
  it("finds indicators by part of their name across municipalities", async () => {
    const body = comparisonSchema.parse(await json(await compare("naam=RAPPORTCIJFER")));
    expect(new Set(body.indicatoren.map((i) => i.gemeente.slug))).toEqual(new Set(["zoetermeer"]));
    expect(body.indicatoren).toHaveLength(4);
    const participation = body.indicatoren.find((i) => i.naam === "Gemiddeld rapportcijfer inwoners over proces van participatie")!;
    expect(participation.gemeente).toMatchObject({ naam: "Zoetermeer", inwoners: { aantal: 129941, jaar: 2025, bronvermelding: "Bron: CBS" } });
    expect(participation.programma).toEqual({ nummer: "6", naam: "Dienstverlening en participatie" });
    expect(participation.waarden.at(-1)).toMatchObject({ jaar: 2024, realisatie: "7", doelGehaald: true, document: { titel: "Jaarstukken 2024" } });
  });

  it("gives Midden-Groningen's channel split with benchmark", async () => {
    const body = comparisonSchema.parse(await json(await compare("naam=reisdocumenten")));
    expect(body.indicatoren.map((i) => i.naam)).toEqual(["Reisdocumenten (%)", "Reisdocumenten (aantal)"]);
    expect(body.indicatoren[1]!.waarden.map((w) => [w.dimensiewaarde, w.realisatie])).toEqual([
      ["balie", "3330"],
      ["digitaal", "1170"],
    ]);
  });

  it("selects by id, repeated, and filters by year", async () => {
    const found = comparisonSchema.parse(await json(await compare("naam=rapportcijfer")));
    const [a, b] = found.indicatoren;
    const body = comparisonSchema.parse(await json(await compare(`id=${a!.id}&id=${b!.id}&jaar=2023`)));
    expect(body.indicatoren.map((i) => i.id).sort()).toEqual([a!.id, b!.id].sort());
    for (const i of body.indicatoren) expect(i.waarden.map((w) => w.jaar)).toEqual([2023]);
  });

  it("leaves out indicators without a value in the requested year", async () => {
    const body = comparisonSchema.parse(await json(await compare("naam=reisdocumenten&jaar=2024")));
    expect(body.indicatoren).toEqual([]);
  });

  it("filters on BBV-mandatory indicators", async () => {
    const body = comparisonSchema.parse(await json(await compare("naam=rapportcijfer&bbvVerplicht=true")));
    expect(body.indicatoren).toEqual([]);
  });

  it("pages per indicator", async () => {
    const response = await compare("naam=(aantal)&pageSize=2&page=2");
    expect(response.headers.get("X-Total-Count")).toBe("6");
    const body = comparisonSchema.parse(await json(response));
    expect(body.indicatoren).toHaveLength(2);
    // Other parameters keep their place; page and pageSize are replaced in theirs.
    expect(body._links.next?.href).toBe("/api/v1/indicatoren/vergelijking?naam=%28aantal%29&pageSize=2&page=3");
  });

  it("needs a name or an id", async () => {
    const body = await problem(await compare("jaar=2021"), 400);
    expect(body.invalidParams).toEqual([
      { name: "naam", code: "invalid", reason: "Geef een deel van de indicatornaam (naam) of een of meer indicator-id's (id) op" },
    ]);
  });

  it("downloads as CSV, one row per value, with the decimal comma", async () => {
    const response = await compare("naam=tevredenheid&formaat=csv");
    const rows = byHeader(await csvRows(response));
    expect(rows.map((r) => [r.Gemeente, r.Jaar, r.Streefwaarde, r.Realisatie, r["Doel gehaald"]])).toEqual([
      ["Zoetermeer", "2023", "7,4", "7", "nee"],
      ["Zoetermeer", "2024", "7,4", "7", "nee"],
    ]);
  });
});
