/**
 * The begroting grids' words and small rules, shared by the forms and the
 * mutations so the page says what the server refuses with. Pure and isomorphic.
 */
import type { FieldErrors } from "@/lib/auth/result";
import type { Stage } from "@/lib/cycle/stage";

export const NOT_A_BEGROTING_MESSAGE =
  "Bedragen en streefwaarden per jaar horen bij een begroting in concept. Kies de begroting van dit jaar.";

export const STRAY_CELL_MESSAGE = "Deze cel hoort niet (meer) bij dit programma of deze begroting. Laad de pagina opnieuw.";

/** What the budget grid says of its amounts, instead of a review status. */
export const ADOPTED_WITH_BEGROTING = "wordt vastgesteld met de begroting";

/** The column heading of an owned year: "Begroting 2094" for the own year, "Raming 2095" for a meerjarenraming year. */
export function budgetYearLabel(stage: Stage | null, year: number): string {
  return stage === "PRIMITIEF" ? `Begroting ${year}` : `Raming ${year}`;
}

/** The audit trail's field: the own year's primitieve begroting or a meerjarenraming amount. */
export function budgetAuditField(stage: Stage | null): string {
  return stage === "PRIMITIEF" ? "budgetOriginal" : "budgetProjection";
}

export function gridErrorMessage(fieldErrors: FieldErrors): string {
  const count = Object.values(fieldErrors).flat().length;
  return count === 1 ? "Er is 1 cel niet goed ingevuld. Er is niets opgeslagen." : `Er zijn ${count} cellen niet goed ingevuld. Er is niets opgeslagen.`;
}

const amounts = (n: number) => (n === 1 ? "1 bedrag" : `${n} bedragen`);

export function budgetSavedMessage(o: { changed: number; confirmed: number }): string {
  if (o.changed === 0 && o.confirmed === 0) return "Er was niets gewijzigd.";
  const parts: string[] = [];
  if (o.changed > 0) parts.push(`Opgeslagen: ${amounts(o.changed)} gewijzigd.`);
  if (o.confirmed > 0) parts.push(`${amounts(o.confirmed)} ongewijzigd vastgelegd voor de begroting.`);
  return parts.join(" ");
}

const targets = (n: number) => (n === 1 ? "1 streefwaarde" : `${n} streefwaarden`);

export function targetSavedMessage(o: { changed: number; submitted: number }): string {
  if (o.changed === 0 && o.submitted === 0) return "Er was niets gewijzigd.";
  const parts: string[] = [];
  if (o.changed > 0) parts.push(`Opgeslagen: ${targets(o.changed)} gewijzigd.`);
  if (o.submitted > 0) parts.push(`${targets(o.submitted)} ingediend ter beoordeling.`);
  return parts.join(" ");
}

/** The key of one indicator value (indicator × dimension) as a grid subject. */
export const targetSubject = (indicatorId: string, dimensionValue: string) => `${indicatorId}\u0001${dimensionValue}`;
