// Reads the CBS list of Iv3 taakvelden (taakvelden_gemeente_2025.csv, see
// README.md). Pure and isomorphic, so the unit test parses the very file the
// server reads. The CSV reader is the one of the CBS municipality list (same
// RFC 4180 subset); the shape is checked loudly so a replaced file with other
// columns fails the test instead of offering wrong codes.
import { splitCsvLine } from "@/lib/municipality/reference/parse";

export interface Taakveld {
  /** "0.2", "6.812" */
  code: string;
  name: string;
}

export interface Hoofdfunctie {
  /** "0", "6" — the code without its trailing dot */
  code: string;
  /** As CBS prints it, in capitals: "BESTUUR EN ONDERSTEUNING". */
  name: string;
  taakvelden: Taakveld[];
}

const HEADER = "niveau,code,omschrijving";

export function parseTaakvelden(text: string): Hoofdfunctie[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l !== "");
  if (lines[0] !== HEADER) throw new Error(`Unexpected header: ${lines[0]}`);
  const groups: Hoofdfunctie[] = [];
  for (const line of lines.slice(1)) {
    const fields = splitCsvLine(line);
    if (fields.length !== 3) throw new Error(`Expected 3 fields in: ${line}`);
    const [level, code, name] = fields.map((f) => f.trim()) as [string, string, string];
    if (level === "0") continue; // "Totaal taakvelden": not a choice
    if (level === "1") {
      if (!/^\d+\.$/.test(code)) throw new Error(`Unexpected hoofdfunctie code: ${code}`);
      groups.push({ code: code.slice(0, -1), name, taakvelden: [] });
      continue;
    }
    if (level !== "2" || !/^\d+\.\d+[a-z]?$/.test(code)) throw new Error(`Unexpected row: ${line}`);
    const group = groups.at(-1);
    if (!group || !code.startsWith(`${group.code}.`)) throw new Error(`Taakveld ${code} outside its hoofdfunctie`);
    group.taakvelden.push({ code, name });
  }
  return groups;
}

/** "6.812 Maatschappelijke- en vrouwenopvang (WMO)", as the select and the overview show it. */
export function taakveldLabel(taakveld: Taakveld): string {
  return `${taakveld.code} ${taakveld.name}`;
}

/** "BESTUUR EN ONDERSTEUNING" → "0. Bestuur en ondersteuning", for an optgroup label. */
export function hoofdfunctieLabel(group: Hoofdfunctie): string {
  const lower = group.name.toLowerCase();
  return `${group.code}. ${lower.charAt(0).toUpperCase()}${lower.slice(1)}`;
}
