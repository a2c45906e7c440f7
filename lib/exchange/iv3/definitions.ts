/**
 * CBS's Iv3 reference files (reference/README.md: source, date, sha256), read
 * once per process from process.cwd() like lib/finance/reference/taakvelden.ts,
 * but without "server-only": this module also runs under `node --import tsx`.
 *
 * Which list applies follows the delivery's boekjaar (reference/README.md):
 * ≥ 2025 the 2025 definitions; ≤ 2024 the 2024 taakvelden, the 2025
 * categorieën, and the rest of 2025 borrowed (`ownYear: false`, so the
 * validator reports what only those lists refuse as warnings).
 */
import fs from "node:fs";
import path from "node:path";

const DIR = path.join(process.cwd(), "lib/exchange/iv3/reference");
const DEFINITIONS_YEAR = 2025;

interface CodeNode {
  code: string;
  omschrijving: string;
  subcodes?: CodeNode[];
}

interface DefinitionsFile {
  codelijsten: Record<string, { codelijst: CodeNode[] }>;
  grijze_cellen: Record<"lasten" | "baten", { taakveld: string; categorie: string }[]> &
    Record<"balans_lasten" | "balans_baten", { balanscode: string; categorie: string }[]>;
}

export interface Iv3CodeLists {
  /** The year of the taakvelden list used: 2024 or 2025. */
  taakveldenYear: number;
  /** Leaves in CBS's order ("0.1" … "8.3"), with their names. */
  taakvelden: ReadonlyMap<string, string>;
  lastenCategories: readonly string[];
  batenCategories: readonly string[];
  balanscodes: ReadonlySet<string>;
  kengetallen: ReadonlySet<string>;
  beleidsindicatoren: ReadonlySet<string>;
  verslagperioden: ReadonlySet<string>;
  standper: ReadonlySet<string>;
  /** Forbidden cells as "row|categorie": lasten and baten per taakveld, balans per balanscode. */
  grey: Readonly<Record<"lasten" | "baten" | "balans_lasten" | "balans_baten", ReadonlySet<string>>>;
  /** False for boekjaar ≤ 2024: grijze cellen, balanscodes, kengetallen and beleidsindicatoren are then the 2025 ones, lent. */
  ownYear: boolean;
}

function read(name: string): string {
  return fs.readFileSync(path.join(DIR, name), "utf8");
}

let files: { schema: object; fouten: Map<string, string>; definitions: DefinitionsFile; taakvelden2024: Map<string, string> } | undefined;

function load() {
  if (!files) {
    const fouten = JSON.parse(read("fouten.json")) as { fouten_overzicht: { foutcode: string; melding: string }[] };
    files = {
      schema: JSON.parse(read("iv3_data_schema_v2_1_1.json")) as object,
      fouten: new Map(fouten.fouten_overzicht.map((f) => [f.foutcode, f.melding])),
      definitions: JSON.parse(read("iv3_definities_Gemeente_2025.json")) as DefinitionsFile,
      taakvelden2024: parseTaakvelden2024(read("taakvelden_gemeente_2024.csv")),
    };
  }
  return files;
}

/** The JSON Schema of a delivery, as CBS published it. */
export function iv3Schema(): object {
  return load().schema;
}

/** CBS's melding for a foutcode, with its <fout>/<goed>/<extra> placeholders. */
export function cbsMelding(code: string): string | undefined {
  return load().fouten.get(code);
}

// niveau 2 rows are taakvelden; the code is the second field and never quoted.
function parseTaakvelden2024(text: string): Map<string, string> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l !== "");
  if (lines[0] !== "niveau,code,omschrijving") throw new Error(`Unexpected header: ${lines[0]}`);
  const result = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const match = /^(\d),([^,]+),(.*)$/.exec(line);
    if (!match) throw new Error(`Unexpected row: ${line}`);
    if (match[1] === "2") result.set(match[2]!, match[3]!.replace(/^"|"$/g, ""));
  }
  return result;
}

function leaves(nodes: readonly CodeNode[]): CodeNode[] {
  return nodes.flatMap((n) => (n.subcodes ? leaves(n.subcodes) : [n]));
}

function list(definitions: DefinitionsFile, name: string): CodeNode[] {
  const entry = definitions.codelijsten[name];
  if (!entry) throw new Error(`Code list ${name} missing from the Iv3 definitions`);
  return leaves(entry.codelijst);
}

// "Rek_2023", "1-1-2025": the 2025 list names years relative to the boekjaar;
// another boekjaar gets the same codes moved by the difference.
function shiftYears(codes: readonly string[], shift: number): Set<string> {
  return new Set(codes.map((c) => c.replace(/\d{4}/g, (y) => String(Number(y) + shift))));
}

function greySet(rows: readonly Record<string, string>[], rowKey: string): Set<string> {
  return new Set(rows.map((r) => `${r[rowKey]}|${r.categorie}`));
}

const byYear = new Map<number, Iv3CodeLists>();

export function iv3CodeLists(boekjaar: number): Iv3CodeLists {
  const cached = byYear.get(boekjaar);
  if (cached) return cached;
  const { definitions, taakvelden2024 } = load();
  const codes = (name: string) => list(definitions, name).map((n) => n.code);
  const modern = boekjaar >= DEFINITIONS_YEAR;
  const g = definitions.grijze_cellen;
  const lists: Iv3CodeLists = {
    taakveldenYear: modern ? DEFINITIONS_YEAR : 2024,
    taakvelden: modern ? new Map(list(definitions, "taakveld").map((n) => [n.code, n.omschrijving])) : taakvelden2024,
    lastenCategories: codes("categorie_lasten"),
    batenCategories: codes("categorie_baten"),
    balanscodes: new Set(codes("balanscode")),
    kengetallen: new Set(codes("kengetallen")),
    beleidsindicatoren: new Set(codes("beleidsindicatoren")),
    verslagperioden: shiftYears(codes("verslagperiode"), boekjaar - DEFINITIONS_YEAR),
    standper: shiftYears(codes("standper"), boekjaar - DEFINITIONS_YEAR),
    grey: {
      lasten: greySet(g.lasten, "taakveld"),
      baten: greySet(g.baten, "taakveld"),
      balans_lasten: greySet(g.balans_lasten, "balanscode"),
      balans_baten: greySet(g.balans_baten, "balanscode"),
    },
    ownYear: modern,
  };
  byYear.set(boekjaar, lists);
  return lists;
}

/** The last boekjaar whose own lists are in reference/; later years borrow them (with a warning). */
export const IV3_DEFINITIONS_YEAR = DEFINITIONS_YEAR;
