/**
 * A validated Iv3 delivery as the product's budget lines: per taakveld the
 * lasten and the baten, summed over the economic categorieën, in whole euros
 * (units.ts: bedrag is x € 1.000, converted exactly).
 *
 * - Taakveld 0.10 "Mutaties reserves": its lasten are toevoegingen aan
 *   reserves (RESERVE_ADDITION), its baten onttrekkingen (RESERVE_WITHDRAWAL);
 *   the 2025 grijze cellen allow only categorie 7.1 "Mutatie reserves" there.
 * - Taakveld 0.11 "Resultaat van de rekening van baten en lasten" is not a
 *   budget line: it is the balancing item that makes total lasten equal
 *   total baten (CBS check PF006; in the 2023 fixture it equals baten − lasten
 *   of all other taakvelden). It is skipped and listed in `skipped`.
 * - Sign: canonical amounts are positive (decision 002). A negative Iv3
 *   bedrag is a correction and stays negative in the sum, so a taakveld's
 *   amount may be negative (Zoetermeer 2023, baten 6.72d: −102 x € 1.000).
 */
import { iv3CodeLists } from "./definitions";
import type { Iv3Delivery, Iv3LineCategory, Iv3Row } from "./types";
import { bedragToEuros } from "./units";

export interface Iv3LineAmount {
  /** The taakveld, e.g. "0.2". */
  functionCode: string;
  category: Iv3LineCategory;
  /** Whole euros, canonical sign. */
  amount: bigint;
  /** How many delivery rows were summed. */
  parts: number;
}

export interface Iv3SkippedAmount {
  functionCode: string;
  side: "lasten" | "baten";
  amount: bigint;
  parts: number;
  /** Dutch, for the import summary. */
  reason: string;
}

export interface Iv3Amounts {
  lines: Iv3LineAmount[];
  skipped: Iv3SkippedAmount[];
}

export const RESERVES_TAAKVELD = "0.10";
export const RESULT_TAAKVELD = "0.11";

const CATEGORY_ORDER: readonly Iv3LineCategory[] = ["EXPENSES", "INCOME", "RESERVE_ADDITION", "RESERVE_WITHDRAWAL"];

function categoryOf(side: "lasten" | "baten", taakveld: string): Iv3LineCategory {
  if (taakveld === RESERVES_TAAKVELD) return side === "lasten" ? "RESERVE_ADDITION" : "RESERVE_WITHDRAWAL";
  return side === "lasten" ? "EXPENSES" : "INCOME";
}

function sumPerTaakveld(rows: readonly Iv3Row[]): Map<string, { amount: bigint; parts: number }> {
  const sums = new Map<string, { amount: bigint; parts: number }>();
  for (const row of rows) {
    const sum = sums.get(row.taakveld) ?? { amount: 0n, parts: 0 };
    sums.set(row.taakveld, { amount: sum.amount + bedragToEuros(row.bedrag).euros, parts: sum.parts + 1 });
  }
  return sums;
}

export function iv3LineAmounts(delivery: Iv3Delivery): Iv3Amounts {
  const lines: Iv3LineAmount[] = [];
  const skipped: Iv3SkippedAmount[] = [];
  for (const side of ["lasten", "baten"] as const) {
    for (const [functionCode, { amount, parts }] of sumPerTaakveld(delivery.data[side])) {
      if (functionCode === RESULT_TAAKVELD) {
        skipped.push({ functionCode, side, amount, parts, reason: `Taakveld 0.11 (resultaat van de rekening van baten en lasten) is het saldo, geen begrotingspost.` });
        continue;
      }
      lines.push({ functionCode, category: categoryOf(side, functionCode), amount, parts });
    }
  }
  const order = new Map([...iv3CodeLists(delivery.metadata.boekjaar).taakvelden.keys()].map((code, i) => [code, i]));
  const rank = (code: string) => order.get(code) ?? order.size;
  lines.sort((a, b) => rank(a.functionCode) - rank(b.functionCode) || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
  return { lines, skipped };
}
