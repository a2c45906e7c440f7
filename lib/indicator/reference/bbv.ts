import "server-only";
import fs from "node:fs";
import path from "node:path";
import { parseBbvIndicators, type BbvIndicator } from "./parse";

// The BBV beleidsindicatoren, read once per server process from the copy in
// this folder (README.md: provenance). The client only names importKeys; the
// server takes name, unit and bron from here.

// process.cwd(): the app and the tests run from the repository root.
const FILE = path.join(process.cwd(), "lib/indicator/reference/beleidsindicatoren.csv");

let cached: BbvIndicator[] | undefined;

export function bbvIndicators(): readonly BbvIndicator[] {
  cached ??= parseBbvIndicators(fs.readFileSync(FILE, "utf8"));
  return cached;
}
