/**
 * Errors in CBS's own words where CBS has a code (reference/fouten.json), and
 * our "PM" codes where it has none. One place for both, so the import screen
 * and a CBS helpdesk answer use the same code for the same problem.
 */
import { formatInteger } from "../../format/number";
import { cbsMelding } from "./definitions";
import type { Iv3Error } from "./types";

export interface Fill {
  fout?: string;
  goed?: string;
  extra?: string;
  onderdeel?: string;
}

// CBS's texts have stray spaces before dots and placeholders that may stay
// empty; the filled text is tidied so it reads as one sentence.
function tidy(text: string): string {
  const t = text
    .replace(/\s+/g, " ")
    .replace(/\s+([.,!])/g, "$1")
    .replace(/\.(\s*\.)+/g, ".")
    .trim();
  const sentence = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

export function cbsError(code: string, fill: Fill, path?: string): Iv3Error {
  const melding = cbsMelding(code);
  if (!melding) throw new Error(`Unknown CBS foutcode ${code}`);
  const text = melding.replace(/<(fout|goed|extra|onderdeel)>/g, (_, key: keyof Fill) => fill[key] ?? "");
  return path === undefined ? { code, message: tidy(text) } : { code, message: tidy(text), path };
}

/** Our own codes: where CBS's catalogue has no code for what we check. */
export const PM = {
  /** More data rows than we read. */
  TOO_MANY_ROWS: "PM001",
  /** The closing line of a capped list of errors or warnings. */
  MORE: "PM002",
  /** An element the schema does not know outside metadata and contact. */
  UNKNOWN_ELEMENT: "PM003",
  /** A value of the wrong shape where CBS has no code. */
  SHAPE: "PM004",
  /** Not a JSON object at all. */
  NOT_OBJECT: "PM005",
  OVERHEIDSLAAG: "PM010",
  OVERHEIDSNUMMER: "PM011",
  BOEKJAAR: "PM012",
  STATUS_PERIODE: "PM013",
  /** Warning: checked against the lists of another boekjaar. */
  OTHER_YEAR_LISTS: "PM014",
  /** A forbidden taakveld (or balanscode) × categorie cell. */
  GREY_CELL: "PM020",
  BEDRAG_RANGE: "PM021",
  /** Warning: a bedrag finer than a whole euro, rounded. */
  BEDRAG_ROUNDED: "PM022",
  /** Warning: the totals look like whole euros rather than thousands. */
  UNIT_SUSPECT: "PM024",
} as const;

export function ownError(code: string, message: string, path?: string): Iv3Error {
  return path === undefined ? { code, message } : { code, message, path };
}

/** "data.lasten[12].taakveld" from ajv's "/data/lasten/12/taakveld". */
export function dottedPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}

/** "rij 13": the 1-based row a person counts in the file's array. */
export function rowLabel(index: number): string {
  return `Rij ${index + 1}`;
}

/** At most `max` entries, then one line that says how many more there were. */
export function capped(list: readonly Iv3Error[], max: number, kind: "fout" | "waarschuwing"): Iv3Error[] {
  if (list.length <= max) return [...list];
  const rest = list.length - max;
  const noun = rest === 1 ? kind : kind === "fout" ? "fouten" : "waarschuwingen";
  return [...list.slice(0, max), ownError(PM.MORE, `En nog ${formatInteger(rest)} ${noun}.`)];
}
