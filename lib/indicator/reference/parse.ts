// Reads the BBV beleidsindicatoren (beleidsindicatoren.csv, see README.md) and
// maps each to the indicator it becomes. Pure and isomorphic, so the unit test
// parses the very file the server reads. No field of this file is quoted, so a
// split on ";" is the whole format; the header and field count are checked so
// a replaced file of another shape fails the test loudly.

import { municipalitySlug } from "@/lib/municipality/reference/parse";

export type BbvUnit = "PERCENTAGE" | "EURO" | "OVERIG";

export interface BbvIndicator {
  /** "bbv:<slug of the name>": the same indicator is never added twice to a municipality. */
  importKey: string;
  name: string;
  unit: BbvUnit;
  /** The unit exactly as printed when it is not a bare "%" or "€": "per 1.000 inwoners". */
  unitLabel: string | null;
  /** bron; null where the source printed none. */
  sourceName: string | null;
  /** The page the name and unit were read from. */
  seenAt: string;
}

const HEADER = "indicator;eenheid;bron;gezien_op";

/** "Niet-sporters" → "niet-sporters": the slug of the CBS municipality names, one rule for both. */
export const bbvSlug = municipalitySlug;

/**
 * Only a bare "%" or "€" maps onto the unit enum: "% van totale lasten" or
 * "x € 1.000" says more than the enum can, and a BBV indicator keeps its unit
 * as officially printed, so those stay OVERIG with the printed text.
 */
export function bbvUnit(printed: string): { unit: BbvUnit; unitLabel: string | null } {
  if (printed === "%") return { unit: "PERCENTAGE", unitLabel: null };
  if (printed === "€") return { unit: "EURO", unitLabel: null };
  return { unit: "OVERIG", unitLabel: printed };
}

export function parseBbvIndicators(text: string): BbvIndicator[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines[0] !== HEADER) throw new Error(`Unexpected header: ${lines[0]}`);
  const seen = new Set<string>();
  return lines.slice(1).map((line) => {
    const fields = line.split(";").map((f) => f.trim());
    if (fields.length !== 4) throw new Error(`Expected 4 fields in: ${line}`);
    const [name, unit, source, seenAt] = fields as [string, string, string, string];
    if (name === "" || unit === "") throw new Error(`Name and unit are required in: ${line}`);
    const importKey = `bbv:${bbvSlug(name)}`;
    if (seen.has(importKey)) throw new Error(`Duplicate indicator: ${name}`);
    seen.add(importKey);
    return { importKey, name, ...bbvUnit(unit), sourceName: source === "" ? null : source, seenAt };
  });
}
