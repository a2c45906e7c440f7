/**
 * CBS's content rules on the data rows, from the definitions of the
 * delivery's boekjaar (definitions.ts): known codes (DF001…DF007), no grijze
 * cellen (PM020), bedragen in range (PM021) and in whole euros (PM022).
 *
 * What only a list lent from another year refuses is a warning, not an
 * error (reference/README.md). Grijze cellen are an error for the years whose
 * own list we have, although CBS calls the grey/white split "indicatief … en
 * niet bindend" (Iv3-model gemeenten 2017) and fouten.json has no code for
 * it: the product's exports must stay inside it, and an import that crosses
 * it is most likely a wrong categorie.
 */
import { formatInteger } from "../../format/number";
import { IV3_DEFINITIONS_YEAR, type Iv3CodeLists } from "./definitions";
import { cbsError, ownError, PM, rowLabel } from "./messages";
import { bedragToEuros, IV3_MAX_ABS_BEDRAG } from "./units";
import type { Iv3Data, Iv3Error } from "./types";

export interface Findings {
  errors: Iv3Error[];
  warnings: Iv3Error[];
}

type Section = keyof Iv3Data;
type Row = Record<string, unknown>;

interface Check {
  key: string;
  code: string;
  allowed: (lists: Iv3CodeLists) => ReadonlySet<string> | readonly string[] | ReadonlyMap<string, string>;
  /** True when the list is the delivery's own year's (errors), false when lent (warnings). */
  own: (lists: Iv3CodeLists) => boolean;
}

const always = () => true;
const ownYear = (lists: Iv3CodeLists) => lists.ownYear;

const TAAKVELD: Check = { key: "taakveld", code: "DF001", allowed: (l) => l.taakvelden, own: always };
const LASTEN_CATEGORIE: Check = { key: "categorie", code: "DF002", allowed: (l) => l.lastenCategories, own: always };
const BATEN_CATEGORIE: Check = { key: "categorie", code: "DF002", allowed: (l) => l.batenCategories, own: always };
const BALANSCODE: Check = { key: "balanscode", code: "DF003", allowed: (l) => l.balanscodes, own: ownYear };
const STANDPER: Check = { key: "standper", code: "DF004", allowed: (l) => l.standper, own: ownYear };
const VERSLAGPERIODE: Check = { key: "verslagperiode", code: "DF007", allowed: (l) => l.verslagperioden, own: ownYear };

const SECTIONS: Record<Section, { checks: Check[]; grey?: { row: string; set: keyof Iv3CodeLists["grey"] }; money: boolean }> = {
  lasten: { checks: [TAAKVELD, LASTEN_CATEGORIE], grey: { row: "taakveld", set: "lasten" }, money: true },
  baten: { checks: [TAAKVELD, BATEN_CATEGORIE], grey: { row: "taakveld", set: "baten" }, money: true },
  balans_lasten: { checks: [BALANSCODE, LASTEN_CATEGORIE], grey: { row: "balanscode", set: "balans_lasten" }, money: true },
  balans_baten: { checks: [BALANSCODE, BATEN_CATEGORIE], grey: { row: "balanscode", set: "balans_baten" }, money: true },
  balans_standen: { checks: [BALANSCODE, STANDPER], money: true },
  kengetallen: { checks: [{ key: "kengetal", code: "DF005", allowed: (l) => l.kengetallen, own: ownYear }, VERSLAGPERIODE], money: false },
  beleidsindicatoren: { checks: [{ key: "beleidsindicator", code: "DF006", allowed: (l) => l.beleidsindicatoren, own: ownYear }, VERSLAGPERIODE], money: false },
};

function has(list: ReturnType<Check["allowed"]>, code: string): boolean {
  return Array.isArray(list) ? list.includes(code) : (list as ReadonlySet<string>).has(code);
}

function lentList(boekjaar: number): string {
  return ` Gecontroleerd met de codelijst van ${IV3_DEFINITIONS_YEAR}; die van ${boekjaar} kan afwijken.`;
}

function lentGrey(boekjaar: number): string {
  return ` Gecontroleerd met de grijze cellen van ${IV3_DEFINITIONS_YEAR}; die van ${boekjaar} kunnen afwijken.`;
}

function checkRow(section: Section, row: Row, index: number, lists: Iv3CodeLists, boekjaar: number, out: Findings): void {
  const spec = SECTIONS[section];
  const path = `data.${section}[${index}]`;
  let known = true;
  for (const check of spec.checks) {
    const code = String(row[check.key]);
    if (has(check.allowed(lists), code)) continue;
    known = false;
    const own = check.own(lists);
    const error = cbsError(check.code, { onderdeel: section, fout: code, extra: `${rowLabel(index)}.${own ? "" : lentList(boekjaar)}` }, `${path}.${check.key}`);
    (own ? out.errors : out.warnings).push(error);
  }
  if (known && spec.grey && lists.grey[spec.grey.set].has(`${String(row[spec.grey.row])}|${String(row.categorie)}`)) {
    const text = `Binnen het onderdeel ${section} is categorie ${String(row.categorie)} niet toegestaan bij ${spec.grey.row} ${String(row[spec.grey.row])} (een grijze cel). ${rowLabel(index)}.`;
    if (lists.ownYear) out.errors.push(ownError(PM.GREY_CELL, text, path));
    else out.warnings.push(ownError(PM.GREY_CELL, `${text}${lentGrey(boekjaar)}`, path));
  }
}

/** Whether the bedrag had to be rounded to whole euros; range errors go to `out`. */
function checkBedrag(section: Section, row: Row, index: number, out: Findings): boolean {
  const bedrag = row.bedrag as number;
  if (Math.abs(bedrag) >= IV3_MAX_ABS_BEDRAG) {
    out.errors.push(ownError(PM.BEDRAG_RANGE, `Binnen het onderdeel ${section} is het bedrag ${String(bedrag)} te groot om een bedrag van een gemeente te zijn. ${rowLabel(index)}.`, `data.${section}[${index}].bedrag`));
    return false;
  }
  return !bedragToEuros(bedrag).exact;
}

export function rowFindings(data: Iv3Data, lists: Iv3CodeLists, boekjaar: number): Findings {
  const out: Findings = { errors: [], warnings: [] };
  let rounded = 0;
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const rows = (data[section] ?? []) as Row[];
    rows.forEach((row, index) => {
      checkRow(section, row, index, lists, boekjaar, out);
      if (SECTIONS[section].money && checkBedrag(section, row, index, out)) rounded += 1;
    });
  }
  if (rounded > 0) {
    out.warnings.push(ownError(PM.BEDRAG_ROUNDED, `${rounded === 1 ? "Eén bedrag is" : `${formatInteger(rounded)} bedragen zijn`} nauwkeuriger dan op hele euro's (meer dan drie decimalen bij bedragen x € 1.000) en afgerond op hele euro's.`));
  }
  return out;
}
