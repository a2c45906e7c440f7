// The demo municipalities (prisma/demo) were taken from the same CBS file the
// product reads (lib/municipality/reference); this keeps the two in step. It
// lives here, not beside the parser, because product code must not depend on
// the demo data — not even its tests.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoMunicipalities } from "@/prisma/demo/municipalities";
import { parseCbsMunicipalities } from "@/lib/municipality/reference/parse";

const file = path.join(__dirname, "../../lib/municipality/reference/gemeenten_2025.csv");
const byCode = new Map(parseCbsMunicipalities(fs.readFileSync(file, "utf8")).map((m) => [m.cbsCode, m]));

describe("the demo municipalities and the CBS list", () => {
  it("agree on name, slug, province and inhabitants", () => {
    for (const demo of demoMunicipalities) {
      expect(byCode.get(demo.cbsCode)).toMatchObject({ name: demo.name, slug: demo.slug, province: demo.province, inhabitants: demo.inhabitants });
    }
  });
});
