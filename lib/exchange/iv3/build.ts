/**
 * A municipality's budget lines of one year and stage as a CBS Iv3 delivery
 * that passes validateIv3Delivery: lasten and baten per taakveld on one
 * categorie each (build-cells.ts: the split over categorieën is lost), in
 * thousands of euros with up to three decimals so no euro is lost (CBS's own
 * Excel→JSON tool writes whole numbers; the schema allows decimals).
 *
 * Lines that have no place in the matrix are not forced in but returned in
 * `omitted` with a Dutch reason. For the begroting and the jaarrekening
 * (periode 0 and 5), where CBS checks total lasten = total baten (PF006),
 * taakveld 0.11 gets the balancing resultaat, as municipalities deliver it.
 * The balans_* arrays are required and left empty: the product has no
 * balance sheet. The contact, when given, must meet CBS's patterns (a
 * non-empty naam, an e-mailadres).
 */
import { RESULT_TAAKVELD } from "./amounts";
import { cellFor, categorieFor, type Cell, type Side } from "./build-cells";
import { iv3CodeLists, type Iv3CodeLists } from "./definitions";
import { stageProblem } from "./stage";
import type { Iv3Contact, Iv3Delivery, Iv3LineCategory, Iv3Row, Iv3Status } from "./types";
import { eurosToBedrag } from "./units";

export interface Iv3BuildLine {
  functionCode: string;
  category: Iv3LineCategory;
  /** Whole euros, canonical sign. */
  amount: bigint;
}

export interface Iv3BuildInput {
  /** The CBS code, "0637" (a leading "GM" is dropped). */
  municipalityCode: string;
  municipalityName: string;
  year: number;
  periode: number;
  status: Iv3Status;
  /** The moment of the export, written as metadata.datum. */
  date: Date;
  lines: readonly Iv3BuildLine[];
  contact?: Iv3Contact;
}

export interface Iv3OmittedLine extends Iv3BuildLine {
  reason: string;
}

export interface Iv3Build {
  delivery: Iv3Delivery;
  omitted: Iv3OmittedLine[];
}

export const IV3_SOFTWARE = "Programmamonitor";

/** Clearly not a person: CBS requires a contact, the product may not know one. */
export const PLACEHOLDER_CONTACT: Iv3Contact = {
  naam: "Contactpersoon niet opgegeven (Programmamonitor)",
  email: "contactpersoon.onbekend@example.org",
  telefoon: "niet opgegeven",
};

const OPMERKING =
  "Gemaakt door Programmamonitor uit begrotingsposten per taakveld. De verdeling over economische categorieën is niet bekend: lasten en baten staan per taakveld op één categorie (meestal 3.8 Overige goederen en diensten).";

function checkInput(input: Iv3BuildInput): string {
  const code = input.municipalityCode.replace(/^GM/i, "");
  if (!/^\d{4}$/.test(code)) throw new Error(`Geen CBS-gemeentecode: ${input.municipalityCode}`);
  if (!Number.isInteger(input.year) || input.year < 2017 || input.year > 2100) throw new Error(`Geen Iv3-boekjaar: ${input.year}`);
  const problem = stageProblem(input.status, input.periode);
  if (problem) throw new Error(problem);
  return code;
}

// CBS's datum pattern accepts seconds and a zone, not milliseconds.
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function sumCells(lines: readonly Iv3BuildLine[], lists: Iv3CodeLists) {
  const cells = new Map<string, Cell & { euros: bigint }>();
  const omitted: Iv3OmittedLine[] = [];
  for (const line of lines) {
    const cell = cellFor(line, lists);
    if ("reason" in cell) {
      omitted.push({ functionCode: line.functionCode, category: line.category, amount: line.amount, reason: cell.reason });
      continue;
    }
    const key = `${cell.side}|${cell.taakveld}|${cell.categorie}`;
    cells.set(key, { ...cell, euros: (cells.get(key)?.euros ?? 0n) + line.amount });
  }
  return { cells: [...cells.values()], omitted };
}

function resultCell(cells: readonly (Cell & { euros: bigint })[], lists: Iv3CodeLists): (Cell & { euros: bigint }) | null {
  const total = (side: Side) => cells.filter((c) => c.side === side).reduce((sum, c) => sum + c.euros, 0n);
  const result = total("baten") - total("lasten");
  if (result === 0n) return null;
  const side: Side = result > 0n ? "lasten" : "baten";
  const categorie = categorieFor(side, RESULT_TAAKVELD, lists);
  if (categorie === null) throw new Error("No categorie allowed for taakveld 0.11");
  return { side, taakveld: RESULT_TAAKVELD, categorie, euros: result > 0n ? result : -result };
}

function rowsOf(cells: readonly (Cell & { euros: bigint })[], side: Side, lists: Iv3CodeLists): Iv3Row[] {
  const taakveldRank = new Map([...lists.taakvelden.keys()].map((code, i) => [code, i]));
  const categories = side === "lasten" ? lists.lastenCategories : lists.batenCategories;
  return cells
    .filter((c) => c.side === side)
    .sort((a, b) => (taakveldRank.get(a.taakveld) ?? 0) - (taakveldRank.get(b.taakveld) ?? 0) || categories.indexOf(a.categorie) - categories.indexOf(b.categorie))
    .map((c) => ({ taakveld: c.taakveld, categorie: c.categorie, bedrag: eurosToBedrag(c.euros) }));
}

export function buildIv3Delivery(input: Iv3BuildInput): Iv3Build {
  const overheidsnummer = checkInput(input);
  const lists = iv3CodeLists(input.year);
  const { cells, omitted } = sumCells(input.lines, lists);
  const result = input.periode === 0 || input.periode === 5 ? resultCell(cells, lists) : null;
  const all = result ? [...cells, result] : cells;
  const delivery: Iv3Delivery = {
    metadata: {
      overheidslaag: "Gemeente",
      overheidsnummer,
      overheidsnaam: input.municipalityName,
      boekjaar: input.year,
      periode: input.periode,
      status: input.status,
      datum: isoSeconds(input.date),
      details_openbaar: false,
      financieel_pakket: IV3_SOFTWARE,
      export_software: IV3_SOFTWARE,
    },
    contact: input.contact ?? PLACEHOLDER_CONTACT,
    opmerkingen: [{ tekst: OPMERKING, auteur: IV3_SOFTWARE }],
    data: { lasten: rowsOf(all, "lasten", lists), baten: rowsOf(all, "baten", lists), balans_lasten: [], balans_baten: [], balans_standen: [] },
  };
  return { delivery, omitted };
}
