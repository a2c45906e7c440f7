/**
 * The API speaks Dutch (NL API Design Rules: Dutch names where no official
 * English term exists). The database enums are partly English, so every enum
 * value crosses this one translation table on its way out; the zod enums of
 * the response schemas are built from the same tables, so the OpenAPI
 * description can never list a value the code does not produce.
 */
import { z } from "zod";
import { CATEGORY_LABELS, COLUMN_LABELS } from "@/lib/finance/labels";

function vocabulary<const T extends Record<string, string>>(map: T) {
  const values = Object.values(map) as [T[keyof T], ...T[keyof T][]];
  const keys = new Map(Object.entries(map).map(([key, value]) => [value, key as keyof T]));
  return {
    map,
    schema: z.enum(values),
    of: (key: keyof T): T[keyof T] => map[key],
    keyOf: (value: T[keyof T]): keyof T => keys.get(value)!,
  };
}

export const documentKind = vocabulary({
  BEGROTING: "begroting",
  BESTUURSRAPPORTAGE: "bestuursrapportage",
  JAARSTUKKEN: "jaarstukken",
});

export const documentStatus = vocabulary({
  CONCEPT: "concept",
  VASTGESTELD: "vastgesteld",
  GEPUBLICEERD: "gepubliceerd",
});

export const signConvention = vocabulary({
  EXPENSES_NEGATIVE: "lastenNegatief",
  ADVANTAGE_NEGATIVE: "voordeelNegatief",
  BOTH_POSITIVE: "beidePositief",
});

export const deviationRule = vocabulary({
  AMOUNT_OR_PERCENT: "bedragOfPercentage",
  AMOUNT_AND_PERCENT: "bedragEnPercentage",
});

export const goalLevel = vocabulary({
  GENERAL: "algemeneDoelstelling",
  GOAL: "doelstelling",
  SUBGOAL: "subdoel",
});

export const indicatorUnit = vocabulary({
  RAPPORTCIJFER: "rapportcijfer",
  PERCENTAGE: "percentage",
  AANTAL: "aantal",
  EURO: "euro",
  OVERIG: "overig",
});

export const indicatorDirection = vocabulary({
  HIGHER_IS_BETTER: "hogerIsBeter",
  LOWER_IS_BETTER: "lagerIsBeter",
  ON_TARGET: "opStreefwaarde",
});

export const indicatorFrequency = vocabulary({
  YEARLY: "jaarlijks",
  BIENNIAL: "tweejaarlijks",
  IRREGULAR: "onregelmatig",
});

export const achievement = vocabulary({
  GEHAALD: "gehaald",
  NIET_GEHAALD: "nietGehaald",
  GEEN_METING: "geenMeting",
  GEEN_STREEFWAARDE: "geenStreefwaarde",
});

/** Categories of lines and the rows derived from them (saldo, resultaat). */
export const rowKind = vocabulary({
  EXPENSES: "lasten",
  INCOME: "baten",
  RESERVE_ADDITION: "toevoegingenReserves",
  RESERVE_WITHDRAWAL: "onttrekkingenReserves",
  BALANCE: "saldo",
  RESULT: "resultaat",
});

export const amountColumn = vocabulary({
  ACTUAL_PREVIOUS_YEAR: "realisatieVorigJaar",
  BUDGET_ORIGINAL: "begrotingPrimitief",
  BUDGET_AMENDED: "begrotingNaWijziging",
  ACTUAL: "realisatie",
  DIFFERENCE: "verschil",
});

/** Who adopted a begrotingswijziging; null in the API for an unspecified one (the source does not say). */
export const amendmentAuthority = vocabulary({
  RAAD: "raad",
  COLLEGE_MANDAAT: "college, binnen het mandaat",
});

/** How a begroting na wijziging came about (lib/cycle amendedBudget). */
export const amendedBasis = vocabulary({
  computed: "berekend",
  printed: "zoals gedrukt",
});

/** The stage of a streefwaarde: the begroting's own year or a later year of its meerjarenraming. */
export const targetStage = vocabulary({
  PRIMITIEF: "primitieveBegroting",
  MEERJARENRAMING: "meerjarenraming",
});

/** Dutch column and row headings for CSV files (the JSON keys are the vocabulary above). */
export const AMOUNT_COLUMN_HEADINGS: Record<keyof typeof amountColumn.map, string> = COLUMN_LABELS;
export const ROW_KIND_HEADINGS: Record<keyof typeof rowKind.map, string> = CATEGORY_LABELS;
