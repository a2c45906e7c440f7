import "server-only";
import fs from "node:fs";
import path from "node:path";
import { parseTaakvelden, type Hoofdfunctie, type Taakveld } from "./parse";

// The CBS list of Iv3 taakvelden, read once per server process from the copy in
// this folder (README.md: source and licence). The form offers it, the
// begrotingsposten mutation refuses a code that is not on it.

export const TAAKVELDEN_YEAR = 2025;

// process.cwd(): the app and the tests run from the repository root.
const FILE = path.join(process.cwd(), "lib/finance/reference/taakvelden_gemeente_2025.csv");

let cached: { groups: Hoofdfunctie[]; byCode: Map<string, Taakveld> } | undefined;

function load() {
  if (!cached) {
    const groups = parseTaakvelden(fs.readFileSync(FILE, "utf8"));
    cached = { groups, byCode: new Map(groups.flatMap((g) => g.taakvelden).map((t) => [t.code, t])) };
  }
  return cached;
}

export function taakveldGroups(): readonly Hoofdfunctie[] {
  return load().groups;
}

export function taakveld(code: string): Taakveld | undefined {
  return load().byCode.get(code);
}
