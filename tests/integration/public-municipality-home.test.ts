// The public address of a municipality (/<slug>): where the workplace's
// "openbare pagina" link goes, also before anything is published.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadPublicMunicipalityHome } from "@/lib/municipality/loaders";

const run = Date.now().toString().slice(-4);
const slug = `nog-niets-${run}`;

beforeAll(async () => {
  // A municipality with only a concept: the public must not learn what is in it.
  await db().municipality.create({
    data: {
      cbsCode: `GM9${run.slice(-3)}`,
      name: `Nogniets ${run}`,
      slug,
      documents: { create: { kind: "BEGROTING", year: 2026, title: `Conceptbegroting geheim ${run}`, status: "CONCEPT" } },
    },
  });
});

afterAll(async () => {
  await db().municipality.deleteMany({ where: { slug } });
});

describe("loadPublicMunicipalityHome", () => {
  it("leads a municipality with publications to its latest published year", async () => {
    expect(await loadPublicMunicipalityHome("zoetermeer")).toEqual({ kind: "published", slug: "zoetermeer", latestYear: 2024 });
  });

  it("says a municipality that only has a concept has published nothing, and gives only its name", async () => {
    const home = await loadPublicMunicipalityHome(slug);
    expect(home).toEqual({ kind: "nothingPublished", municipality: { name: `Nogniets ${run}`, slug } });
    expect(JSON.stringify(home)).not.toContain("geheim");
  });

  it("knows no municipality at an address that is none", async () => {
    expect(await loadPublicMunicipalityHome("bestaat-niet")).toBeNull();
  });
});
