import { describe, expect, it } from "vitest";
import * as municipalities from "@/app/api/v1/gemeenten/route";
import * as municipality from "@/app/api/v1/gemeenten/[slug]/route";
import * as years from "@/app/api/v1/gemeenten/[slug]/jaren/route";
import { municipalityListSchema, municipalitySchema, yearListSchema } from "@/lib/api/schemas/gemeente";
import { byHeader, csvRows, get, json, params, problem } from "./api-support";

describe("GET /api/v1/gemeenten", () => {
  it("lists the four demo municipalities by name, with inhabitants from CBS", async () => {
    const body = municipalityListSchema.parse(await json(await municipalities.GET(get("/api/v1/gemeenten"), params())));
    expect(body.gemeenten.map((g) => g.naam)).toEqual(["Hilversum", "Leidschendam-Voorburg", "Midden-Groningen", "Zoetermeer"]);
    const zoetermeer = body.gemeenten[3]!;
    expect(zoetermeer).toMatchObject({
      slug: "zoetermeer",
      cbsCode: "GM0637",
      provincie: "Zuid-Holland",
      inwoners: { aantal: 129941, jaar: 2025, bronvermelding: "Bron: CBS" },
      jaren: [2024, 2022],
      _links: { self: { href: "/api/v1/gemeenten/zoetermeer" }, jaren: { href: "/api/v1/gemeenten/zoetermeer/jaren" } },
    });
  });

  it("searches by part of the name, ignoring case, accents and hyphens", async () => {
    for (const [naam, slug] of [["GRONINGEN", "midden-groningen"], ["gróningen", "midden-groningen"], ["leidschendam voorburg", "leidschendam-voorburg"]]) {
      const body = municipalityListSchema.parse(
        await json(await municipalities.GET(get(`/api/v1/gemeenten?naam=${encodeURIComponent(naam!)}`), params())),
      );
      expect(body.gemeenten.map((g) => g.slug)).toEqual([slug]);
    }
  });

  it("pages with page and pageSize, links in the body and in headers", async () => {
    const response = await municipalities.GET(get("/api/v1/gemeenten?page=2&pageSize=3"), params());
    expect(response.headers.get("X-Total-Count")).toBe("4");
    expect(response.headers.get("X-Pagination-Page")).toBe("2");
    expect(response.headers.get("X-Pagination-Limit")).toBe("3");
    expect(response.headers.get("Link")).toContain('</api/v1/gemeenten?page=1&pageSize=3>; rel="prev"');
    const body = municipalityListSchema.parse(await json(response));
    expect(body.gemeenten.map((g) => g.naam)).toEqual(["Zoetermeer"]);
    expect(body._links.prev).toEqual({ href: "/api/v1/gemeenten?page=1&pageSize=3" });
    expect(body._links.next).toBeUndefined();
  });

  it("refuses a page size above the maximum with every reason in Dutch", async () => {
    const body = await problem(await municipalities.GET(get("/api/v1/gemeenten?pageSize=500&page=0"), params()), 400);
    expect(body.invalidParams?.map((p) => p.name)).toEqual(["page", "pageSize"]);
    expect(body.detail).toContain("Gebruik een paginagrootte van 1 tot en met 100");
  });

  it("downloads as CSV with Dutch headers, the whole collection", async () => {
    const response = await municipalities.GET(get("/api/v1/gemeenten?formaat=csv&pageSize=1"), params());
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="gemeenten.csv"');
    const rows = byHeader(await csvRows(response));
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({ Gemeente: "Zoetermeer", "CBS-code": "GM0637", Inwoners: "129941", "Bron inwoners": "Bron: CBS" });
  });
});

describe("GET /api/v1/gemeenten/{slug}", () => {
  it("gives the settings readers need: sign convention and threshold", async () => {
    const body = municipalitySchema.parse(
      await json(await municipality.GET(get("/api/v1/gemeenten/midden-groningen"), params({ slug: "midden-groningen" }))),
    );
    expect(body.instellingen).toEqual({
      tekenconventie: "beidePositief",
      tekenconventieUitleg: "Bedragen x € 1.000. Lasten en baten positief; saldo van baten en lasten = baten − lasten; verschil = begroting − realisatie.",
      toelichtingsgrens: { bedrag: "100000", percentage: null, regel: "bedragOfPercentage" },
    });
    expect(body.inwoners).toEqual({ aantal: 61374, jaar: 2025, bronvermelding: "Bron: CBS" });
  });

  it("knows Hilversum's '- = voordeel' convention", async () => {
    const body = municipalitySchema.parse(await json(await municipality.GET(get("/api/v1/gemeenten/hilversum"), params({ slug: "hilversum" }))));
    expect(body.instellingen.tekenconventie).toBe("voordeelNegatief");
    expect(body.instellingen.toelichtingsgrens.bedrag).toBeNull();
  });

  it("answers 404 problem+json for an unknown municipality", async () => {
    const body = await problem(await municipality.GET(get("/api/v1/gemeenten/atlantis"), params({ slug: "atlantis" })), 404);
    expect(body).toMatchObject({ code: "notFound", instance: "/api/v1/gemeenten/atlantis" });
    expect(body.detail).toBe("Gemeente 'atlantis' bestaat niet of heeft nog niets gepubliceerd.");
  });

  it("answers 400 for a slug that cannot exist", async () => {
    const body = await problem(await municipality.GET(get("/api/v1/gemeenten/Zoetermeer!"), params({ slug: "Zoetermeer!" })), 400);
    expect(body.invalidParams).toEqual([
      { name: "slug", code: "invalid_format", reason: "Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld midden-groningen" },
    ]);
  });
});

describe("GET /api/v1/gemeenten/{slug}/jaren", () => {
  it("lists the years with published documents, newest first", async () => {
    const body = yearListSchema.parse(await json(await years.GET(get("/api/v1/gemeenten/zoetermeer/jaren"), params({ slug: "zoetermeer" }))));
    expect(body.jaren.map((j) => j.jaar)).toEqual([2024, 2022]);
    expect(body.jaren[0]!.documenten).toEqual([
      {
        soort: "jaarstukken",
        titel: "Jaarstukken 2024",
        status: "gepubliceerd",
        _links: { programmas: { href: "/api/v1/gemeenten/zoetermeer/jaren/2024/programmas?documentsoort=jaarstukken" } },
      },
    ]);
  });

  it("names Midden-Groningen's document as printed", async () => {
    const response = await years.GET(get("/api/v1/gemeenten/midden-groningen/jaren?formaat=csv"), params({ slug: "midden-groningen" }));
    expect(byHeader(await csvRows(response))).toEqual([{ Jaar: "2021", "Soort document": "jaarstukken", Titel: "Jaarrekening 2021", Status: "gepubliceerd" }]);
  });

  it("answers 404 for an unknown municipality", async () => {
    await problem(await years.GET(get("/api/v1/gemeenten/atlantis/jaren"), params({ slug: "atlantis" })), 404);
  });
});
