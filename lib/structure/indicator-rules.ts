// Decisions of the indicator editor (issue 10, decision 011). Pure and isomorphic.

export const MIN_DECIMALS = 0;
/** IndicatorFigure.value is Decimal(18, 4). */
export const MAX_DECIMALS = 4;

/** "2" → null; anything else than a whole number 0–4 → why not. */
export function decimalsRefusal(typed: string): string | null {
  if (!/^\d+$/.test(typed) || Number(typed) < MIN_DECIMALS || Number(typed) > MAX_DECIMALS) {
    return `Vul een aantal decimalen in van ${MIN_DECIMALS} tot en met ${MAX_DECIMALS}`;
  }
  return null;
}

/** Canonical decimals ("7.4"), compared exactly: never through a float. */
export function compareDecimal(a: string, b: string): number {
  const sign = (s: string) => (s.startsWith("-") ? -1 : 1);
  if (sign(a) !== sign(b)) return sign(a);
  const [ai = "0", af = ""] = a.replace(/^-/, "").split(".");
  const [bi = "0", bf = ""] = b.replace(/^-/, "").split(".");
  const width = Math.max(af.length, bf.length);
  const norm = (i: string, f: string) => `${i.replace(/^0+(?=\d)/, "").padStart(20, "0")}${f.padEnd(width, "0")}`;
  const x = norm(ai, af);
  const y = norm(bi, bf);
  return x === y ? 0 : (x < y ? -1 : 1) * sign(a);
}

export function boundsRefusal(min: string | null, max: string | null): string | null {
  if (min !== null && max !== null && compareDecimal(min, max) > 0) {
    return "De hoogste waarde moet groter zijn dan of gelijk zijn aan de laagste waarde";
  }
  return null;
}

export interface OfficialIdentity {
  name: string | null;
  unit: string;
  unitLabel: string | null;
}

/**
 * A BBV beleidsindicator keeps its official name and unit: every municipality
 * reports the same thing under the same name, and waarstaatjegemeente.nl
 * compares them. Everything else (definition, bron, goal, bounds) is the
 * municipality's own.
 */
export function bbvChangeRefusal(current: OfficialIdentity & { bbvMandatory: boolean; importKey: string | null }, next: OfficialIdentity): Partial<Record<"name" | "unit" | "unitLabel", string>> {
  if (!current.bbvMandatory || !current.importKey?.startsWith("bbv:")) return {};
  const refusals: Partial<Record<"name" | "unit" | "unitLabel", string>> = {};
  if (next.name !== current.name) refusals.name = `Dit is een BBV-beleidsindicator: de officiële naam "${current.name}" blijft staan.`;
  if (next.unit !== current.unit) refusals.unit = "Dit is een BBV-beleidsindicator: de officiële eenheid blijft staan.";
  else if ((next.unitLabel ?? null) !== (current.unitLabel ?? null)) {
    refusals.unitLabel = `Dit is een BBV-beleidsindicator: de officiële eenheid "${current.unitLabel}" blijft staan.`;
  }
  return refusals;
}

/** The unit text stored: only an OVERIG unit has its own text. */
export function storedUnitLabel(unit: string, typed: string): string | null {
  return unit === "OVERIG" && typed !== "" ? typed : null;
}

/**
 * An adopted or published value was read in its unit: "12" per 1.000 inwoners
 * must not turn into "12 %" in the history. A unit may change only while no
 * vastgesteld document holds a value of the indicator.
 */
export function unitChangeRefusal(current: OfficialIdentity, next: OfficialIdentity, adoptedValues: number): string | null {
  const changed = current.unit !== next.unit || (current.unitLabel ?? null) !== (next.unitLabel ?? null);
  if (!changed || adoptedValues === 0) return null;
  return "Deze indicator heeft cijfers in een vastgesteld document: de eenheid kan niet meer veranderen. Verwijder hem uit dit document en voeg een nieuwe indicator toe.";
}
