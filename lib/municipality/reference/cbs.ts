import "server-only";
import fs from "node:fs";
import path from "node:path";
import { parseCbsMunicipalities, type CbsMunicipality } from "./parse";

// The CBS list of municipalities, read once per server process from the copy
// in this folder (README.md: source and licence). The server fills in a new
// municipality's values from here; the client only names a code.

/** The year CBS counted the inhabitants for (Gemeenteklassen 2025), stored as inhabitantsYear. */
export const CBS_MUNICIPALITIES_YEAR = 2025;

// process.cwd(): the app and the tests run from the repository root (scripts/start.mjs, scripts/test.mjs).
const FILE = path.join(process.cwd(), "lib/municipality/reference/gemeenten_2025.csv");

let cached: { list: CbsMunicipality[]; byCode: Map<string, CbsMunicipality> } | undefined;

function load() {
  if (!cached) {
    const list = parseCbsMunicipalities(fs.readFileSync(FILE, "utf8"));
    cached = { list, byCode: new Map(list.map((m) => [m.cbsCode, m])) };
  }
  return cached;
}

export function cbsMunicipalities(): readonly CbsMunicipality[] {
  return load().list;
}

export function cbsMunicipality(cbsCode: string): CbsMunicipality | undefined {
  return load().byCode.get(cbsCode);
}

/** The list grouped by province (alphabetical), within a province in CBS's own order ('s-Gravenhage under G). */
export function cbsMunicipalitiesByProvince(): { province: string; municipalities: { cbsCode: string; name: string }[] }[] {
  const collator = new Intl.Collator("nl");
  const groups = new Map<string, { cbsCode: string; name: string }[]>();
  for (const m of load().list) {
    const group = groups.get(m.province) ?? [];
    group.push({ cbsCode: m.cbsCode, name: m.name });
    groups.set(m.province, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([province, municipalities]) => ({ province, municipalities }));
}
