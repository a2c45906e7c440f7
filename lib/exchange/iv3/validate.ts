/**
 * Validation of an uploaded CBS Iv3 delivery (issue 11 point 3): first the
 * size, then CBS's JSON Schema (schema-errors.ts), then — once the structure
 * is right — CBS's content rules: the metadata this product needs and the
 * codes of every row (content-rows.ts). Errors carry CBS's foutcode where
 * the catalogue has one. Lists are capped so a huge bad file gives a short
 * answer; the caller should also cap the file's size before JSON.parse.
 *
 * Not checked: CBS's plausibility controls PF001–PF009 (their tolerances are
 * not in the definitions file) and the datum beyond the schema's pattern.
 */
import { formatInteger, formatThousands } from "../../format/number";
import { rowFindings, type Findings } from "./content-rows";
import { IV3_DEFINITIONS_YEAR, iv3CodeLists } from "./definitions";
import { capped, ownError, PM } from "./messages";
import { schemaErrors } from "./schema-errors";
import { stageProblem } from "./stage";
import type { Iv3Delivery, Iv3Error, Iv3Validation } from "./types";
import { bedragToEuros } from "./units";

/** The most data rows (all arrays of `data` together, plus opmerkingen) a delivery may have. */
export const IV3_MAX_ROWS = 100_000;
/** The most errors, and separately warnings, reported; then one line "En nog N fouten.". */
export const IV3_MAX_MESSAGES = 200;

/** Taakvelden exist since the Iv3 of 2017 (before: functies). */
const FIRST_BOEKJAAR = 2017;
const LAST_BOEKJAAR = 2100;
/** Far above the largest municipality's lasten (Amsterdam 2023: € 7,9 miljard). */
const SUSPECT_TOTAL_EUROS = 25_000_000_000n;

function rowCount(input: unknown): number {
  if (input === null || typeof input !== "object") return 0;
  const { data, opmerkingen } = input as Record<string, unknown>;
  const arrays = [opmerkingen, ...(data !== null && typeof data === "object" ? Object.values(data) : [])];
  return arrays.reduce<number>((sum, a) => sum + (Array.isArray(a) ? a.length : 0), 0);
}

function metadataFindings(delivery: Iv3Delivery): Findings {
  const { overheidslaag, overheidsnummer, boekjaar, status, periode } = delivery.metadata;
  const errors: Iv3Error[] = [];
  const warnings: Iv3Error[] = [];
  if (overheidslaag !== "Gemeente") {
    errors.push(ownError(PM.OVERHEIDSLAAG, `Dit is een levering van overheidslaag ${overheidslaag}; Programmamonitor leest alleen leveringen van een gemeente (overheidslaag Gemeente).`, "metadata.overheidslaag"));
  }
  if (!/^\d{4}$/.test(overheidsnummer)) {
    errors.push(ownError(PM.OVERHEIDSNUMMER, `Het overheidsnummer "${overheidsnummer}" is geen CBS-gemeentecode van vier cijfers, zoals 0637 voor Zoetermeer.`, "metadata.overheidsnummer"));
  }
  if (!Number.isInteger(boekjaar) || boekjaar < FIRST_BOEKJAAR || boekjaar > LAST_BOEKJAAR) {
    errors.push(ownError(PM.BOEKJAAR, `Het boekjaar ${String(boekjaar)} kan niet: Iv3 met taakvelden bestaat vanaf ${FIRST_BOEKJAAR}.`, "metadata.boekjaar"));
  } else if (boekjaar > IV3_DEFINITIONS_YEAR) {
    warnings.push(ownError(PM.OTHER_YEAR_LISTS, `Boekjaar ${boekjaar} is gecontroleerd met de Iv3-codelijsten van ${IV3_DEFINITIONS_YEAR}; die van ${boekjaar} kunnen afwijken.`, "metadata.boekjaar"));
  }
  const problem = stageProblem(status, periode);
  if (problem) errors.push(ownError(PM.STATUS_PERIODE, problem, "metadata.periode"));
  return { errors, warnings };
}

function unitWarning(delivery: Iv3Delivery): Iv3Error[] {
  const total = delivery.data.lasten.reduce((sum, row) => sum + bedragToEuros(row.bedrag).euros, 0n);
  if (total <= SUSPECT_TOTAL_EUROS) return [];
  return [
    ownError(
      PM.UNIT_SUSPECT,
      `De lasten tellen op tot ${formatThousands(total)} x € 1.000, meer dan € 25 miljard: meer dan van welke gemeente ook. Staan de bedragen misschien in hele euro's? Programmamonitor leest Iv3-bedragen als bedragen x € 1.000.`,
      "data.lasten",
    ),
  ];
}

function tooManyRows(count: number): Iv3Validation {
  const message = `Het bestand bevat ${formatInteger(count)} rijen; Programmamonitor leest een Iv3-levering van ten hoogste ${formatInteger(IV3_MAX_ROWS)} rijen.`;
  return { ok: false, errors: [ownError(PM.TOO_MANY_ROWS, message, "data")] };
}

export function validateIv3Delivery(input: unknown): Iv3Validation {
  const count = rowCount(input);
  if (count > IV3_MAX_ROWS) return tooManyRows(count);
  const structure = schemaErrors(input);
  if (structure.length > 0) return { ok: false, errors: capped(structure, IV3_MAX_MESSAGES, "fout") };
  const delivery = input as Iv3Delivery;
  const meta = metadataFindings(delivery);
  // Without a sane boekjaar there is no list to check the rows against.
  const rows = meta.errors.some((e) => e.code === PM.BOEKJAAR)
    ? { errors: [], warnings: [] }
    : rowFindings(delivery.data, iv3CodeLists(delivery.metadata.boekjaar), delivery.metadata.boekjaar);
  const errors = [...meta.errors, ...rows.errors];
  if (errors.length > 0) return { ok: false, errors: capped(errors, IV3_MAX_MESSAGES, "fout") };
  const warnings = [...meta.warnings, ...rows.warnings, ...unitWarning(delivery)];
  return { ok: true, delivery, warnings: capped(warnings, IV3_MAX_MESSAGES, "waarschuwing") };
}
