/**
 * Realisatie vorig jaar (decision 009 §4): read from the previous year's
 * REALISATIE figure, never typed again.
 */
import type { DocumentOrigin } from "./owner";
import type { Stage } from "./stage";

export interface YearFigure {
  year: number;
  stage: Stage;
  amount: bigint | null;
  /** The owner's origin, so a real jaarstukken wins over one reconstructed from a later document's column. */
  origin?: DocumentOrigin;
}

/**
 * The REALISATIE amount of year − 1; null when there is none (or it is an
 * empty slot). Two real realisaties of one year cannot both be right, so that
 * is an error rather than a silent pick.
 */
export function previousYearActual<T extends YearFigure>(figures: T[], year: number): bigint | null {
  const actuals = figures.filter((f) => f.year === year - 1 && f.stage === "REALISATIE");
  const real = actuals.filter((f) => f.origin !== "RECONSTRUCTED");
  const chosen = real.length > 0 ? real : actuals;
  if (chosen.length > 1) throw new Error(`Meer dan één realisatie van ${year - 1} voor dezelfde post.`);
  return chosen[0]?.amount ?? null;
}
