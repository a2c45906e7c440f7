import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugSchema } from "@/lib/validation/fields";
import { RESERVED_SLUGS } from "../schema";
import { municipalitySlug, parseCbsMunicipalities, splitCsvLine } from "./parse";

// The copy in the repository, parsed as the server parses it.
const list = parseCbsMunicipalities(fs.readFileSync(path.join(__dirname, "gemeenten_2025.csv"), "utf8"));
const byCode = new Map(list.map((m) => [m.cbsCode, m]));

describe("the CBS list of municipalities 2025", () => {
  it("has the 342 municipalities, each code once", () => {
    expect(list).toHaveLength(342);
    expect(byCode.size).toBe(342);
  });

  it("reads the values exactly as the file has them", () => {
    expect(byCode.get("GM0518")).toEqual({
      cbsCode: "GM0518",
      cbsName: "'s-Gravenhage (gemeente)",
      name: "'s-Gravenhage",
      slug: "s-gravenhage",
      province: "Zuid-Holland",
      inhabitants: 568419,
    });
    expect(byCode.get("GM0088")).toEqual({
      cbsCode: "GM0088",
      cbsName: "Schiermonnikoog",
      name: "Schiermonnikoog",
      slug: "schiermonnikoog",
      province: "Fryslân",
      inhabitants: 968,
    });
    // The one quoted name keeps its comma; accents leave the slug.
    expect(byCode.get("GM0820")).toMatchObject({ name: "Nuenen, Gerwen en Nederwetten", slug: "nuenen-gerwen-en-nederwetten", province: "Noord-Brabant", inhabitants: 24291 });
    expect(byCode.get("GM1900")).toMatchObject({ name: "Súdwest-Fryslân", slug: "sudwest-fryslan" });
    // An official qualifier is part of the name.
    expect(byCode.get("GM0373")).toMatchObject({ name: "Bergen (NH.)", slug: "bergen-nh" });
  });

  it("covers the twelve provinces", () => {
    expect(new Set(list.map((m) => m.province)).size).toBe(12);
  });

  it("gives every municipality a distinct, valid slug that no page uses", () => {
    const slugs = list.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(342);
    for (const slug of slugs) {
      expect(slugSchema.safeParse(slug).success, slug).toBe(true);
      expect(RESERVED_SLUGS.has(slug), slug).toBe(false);
    }
  });
});

describe("the CSV reader", () => {
  it("splits quoted fields with commas and doubled quotes", () => {
    expect(splitCsvLine('GM1,"a, ""b""",c')).toEqual(["GM1", 'a, "b"', "c"]);
    expect(splitCsvLine("a,,")).toEqual(["a", "", ""]);
  });

  it("refuses a file of another shape instead of guessing", () => {
    expect(() => parseCbsMunicipalities("code;naam\r\nGM0001;X\r\n")).toThrow(/header/);
    expect(() => parseCbsMunicipalities("gm_code,gemeentenaam,provincie,gemeentegrootte,stedelijkheid,inwonertal\r\nGM0001,X,Y,a,b,12.5\r\n")).toThrow(/inhabitants/);
    expect(() => splitCsvLine('"open')).toThrow(/quote/);
  });

  it("derives slugs the way the demo slugs are written", () => {
    expect(municipalitySlug("Leidschendam-Voorburg")).toBe("leidschendam-voorburg");
    expect(municipalitySlug("'s-Hertogenbosch")).toBe("s-hertogenbosch");
  });
});
