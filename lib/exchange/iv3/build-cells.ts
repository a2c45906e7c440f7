/**
 * Where a budget line goes in the Iv3 matrix: side, taakveld and categorie.
 *
 * Our budget lines carry a taakveld but no economic categorie, so the split
 * over categorieën is lost and cannot be recovered: a file built here says
 * per taakveld how much, not what kind of spending. Every amount of a side
 * goes on one categorie per taakveld: 3.8 "Overige goederen en diensten"
 * (lasten and baten alike), the broadest categorie and allowed (white) on
 * nearly every taakveld; where it is grey, the first white categorie in
 * CBS's order (0.9 lasten → 2.1 Belastingen, 0.7 baten → 4.3.1
 * Inkomensoverdrachten – Rijk, 0.10 and 0.11 → 7.1 Mutatie reserves). CBS
 * statistics by categorie (such as the EMU-saldo) cannot be drawn from such
 * a file; the delivery says so in its opmerkingen.
 */
import { RESERVES_TAAKVELD, RESULT_TAAKVELD } from "./amounts";
import type { Iv3CodeLists } from "./definitions";
import type { Iv3LineCategory } from "./types";

export type Side = "lasten" | "baten";

export const PREFERRED_CATEGORIE = "3.8";

export interface Cell {
  side: Side;
  taakveld: string;
  categorie: string;
}

/** The categorie a side of a taakveld gets, or null when every categorie is grey. */
export function categorieFor(side: Side, taakveld: string, lists: Iv3CodeLists): string | null {
  const candidates = [PREFERRED_CATEGORIE, ...(side === "lasten" ? lists.lastenCategories : lists.batenCategories)];
  const white = candidates.find((c) => !lists.grey[side].has(`${taakveld}|${c}`));
  // The grijze cellen of 2025 are lent to earlier years as a warning only
  // (reference/README.md): a cell grey in 2025 may be white in its own year.
  return white ?? (lists.ownYear ? null : PREFERRED_CATEGORIE);
}

/** The matrix cell of a budget line, or the Dutch reason it has none. */
export function cellFor(line: { functionCode: string; category: Iv3LineCategory }, lists: Iv3CodeLists): Cell | { reason: string } {
  const code = line.functionCode.trim();
  const reserve = line.category === "RESERVE_ADDITION" || line.category === "RESERVE_WITHDRAWAL";
  // BBV: every mutatie of a reserve is booked on taakveld 0.10, whatever
  // programme or taakveld the line otherwise belongs to.
  const taakveld = reserve ? RESERVES_TAAKVELD : code;
  const side: Side = line.category === "EXPENSES" || line.category === "RESERVE_ADDITION" ? "lasten" : "baten";
  if (taakveld === "") return { reason: "De begrotingspost heeft geen taakveld." };
  if (!reserve && taakveld === RESERVES_TAAKVELD) {
    return { reason: "Op taakveld 0.10 staan in Iv3 alleen mutaties van reserves; kies voor deze begrotingspost toevoeging aan of onttrekking uit een reserve." };
  }
  if (taakveld === RESULT_TAAKVELD) return { reason: "Taakveld 0.11 (resultaat) wordt uit de andere bedragen berekend, niet uit begrotingsposten." };
  if (!lists.taakvelden.has(taakveld)) return { reason: `Taakveld ${taakveld} staat niet op de Iv3-lijst van ${lists.taakveldenYear}.` };
  const categorie = categorieFor(side, taakveld, lists);
  if (categorie === null) return { reason: `Bij taakveld ${taakveld} staat CBS geen enkele categorie ${side} toe.` };
  return { side, taakveld, categorie };
}
