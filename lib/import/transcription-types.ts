// The transcription format: a faithful transcription of a published annual
// report, as lib/import/transcription-import.ts loads it (the demo data set in
// prisma/demo is written in it).
//
// Figures are kept EXACTLY as printed (strings such as "-12.548", "7,4", "3,3%")
// in the municipality's own sign convention; the seed converts them to the
// canonical form through the app's own modules, and the fixture test renders
// them back and compares with these strings. What a document does not print
// is left out (undefined), never guessed.

export type SignConventionName = "EXPENSES_NEGATIVE" | "ADVANTAGE_NEGATIVE" | "BOTH_POSITIVE";
export type DocumentKindName = "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
export type GoalLevelName = "GENERAL" | "GOAL" | "SUBGOAL";
export type IndicatorUnitName = "RAPPORTCIJFER" | "PERCENTAGE" | "AANTAL" | "EURO" | "OVERIG";
export type IndicatorDirectionName = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "ON_TARGET";
export type IndicatorFrequencyName = "YEARLY" | "BIENNIAL" | "IRREGULAR";
export type FinancialCategoryName = "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
export type PrintedRowName = FinancialCategoryName | "BALANCE" | "RESULT";
export type AmountColumnName = "ACTUAL_PREVIOUS_YEAR" | "BUDGET_ORIGINAL" | "BUDGET_AMENDED" | "ACTUAL" | "DIFFERENCE";

/** An amount exactly as printed in a table "x € 1.000", e.g. "-12.548" or "0". */
export type PrintedThousands = string;

/** Where in the source a figure or text was printed, e.g. "Doelstelling 6.1, tabel 'Type 2023 2024' (p. 7)". */
export type Location = string;

export interface DemoMunicipality {
  cbsCode: string;
  name: string;
  slug: string;
  province: string;
  /** From CBS (see prisma/demo/reference/README.md). */
  inhabitants: number;
  inhabitantsYear: number;
  /** How this municipality prints its tables; omitted when no source shows it. */
  signConvention?: SignConventionName;
  /** As printed, e.g. Midden-Groningen: "100.000" (euros). */
  deviationThresholdAmount?: string;
  deviationThresholdPercent?: string;
  /** Where the threshold / convention was printed. */
  settingsLocation?: Location;
}

export interface DemoSource {
  /** Stable key, e.g. "zoetermeer-jaarstukken-2024-programma-6". */
  key: string;
  /** The published document, e.g. "Gemeente Zoetermeer, Jaarstukken 2024, Programma 6 Dienstverlening en participatie". */
  title: string;
  publisher: string;
  year: number;
  /** What the excerpt holds and lacks, and which excerpt file it came from. */
  note: string;
}

export interface DemoSection {
  heading: string;
  body: string;
  location: Location;
}

export interface DemoGoal {
  level: GoalLevelName;
  /** "6.1"; null where the document prints no code. */
  code: string | null;
  title: string;
  /** Wat willen we bereiken? */
  intended?: string;
  /** Wat hebben we bereikt? (narrative of the year) */
  achieved?: string;
  /** Wat hebben we daarvoor gedaan? */
  done?: string;
  /** Toelichting financiën / financiën op hoofdlijnen, verbatim. */
  financeExplanation?: string;
  /** Further narrative blocks under this goal (e.g. "Verkiezingen"). */
  sections?: DemoSection[];
  location: Location;
  children?: DemoGoal[];
}

export interface DemoActivity {
  /** Goal the activity belongs to (its code); omitted when it hangs under the programme. */
  goalCode?: string;
  code?: string;
  title: string;
  description?: string;
  achieved?: string;
  done?: string;
  location: Location;
}

export interface DemoIndicatorValue {
  year: number;
  /** e.g. "balie" / "digitaal" for an indicator split by channel. */
  dimensionValue?: string;
  /** Exactly as printed: "7,4", "34%", "1.387". */
  target?: string;
  actual?: string;
  benchmark?: string;
  benchmarkLabel?: string;
  /** "Doel gehaald: Ja/Nee" as printed for this year. */
  printedGoalAchieved?: boolean;
  explanation?: string;
  location: Location;
}

export interface DemoIndicator {
  /** Unique within the municipality; used to merge values printed in several documents. */
  key: string;
  goalCode?: string;
  /** null only where the excerpt leaves the name out. */
  name: string | null;
  definition?: string;
  unit: IndicatorUnitName;
  unitLabel?: string;
  decimals: number;
  /** Own bounds as printed decimals ("-100"), only where a printed value lies outside its unit's usual range; say why in a comment. */
  minValue?: string;
  maxValue?: string;
  direction: IndicatorDirectionName;
  sourceName?: string;
  frequency: IndicatorFrequencyName;
  bbvMandatory: boolean;
  groupLabel?: string;
  dimensionName?: string;
  values: DemoIndicatorValue[];
}

export interface DemoFinancialLine {
  label: string;
  category: FinancialCategoryName;
  goalCode?: string;
  product?: string;
  functionCode?: string;
  /** Printed values per column; DIFFERENCE is kept as a printed figure, not stored as an amount. */
  values: Partial<Record<AmountColumnName, PrintedThousands>>;
  explanation?: string;
}

export interface DemoFinancialTotal {
  label: string;
  row: PrintedRowName;
  /** Set for a goal's subtotal. */
  goalCode?: string;
  values: Partial<Record<AmountColumnName, PrintedThousands>>;
  /** Printed share of the municipal total per column, e.g. { ACTUAL: "3,3%" }. */
  shareOfMunicipalTotal?: Partial<Record<AmountColumnName, string>>;
}

export interface DemoFinanceTable {
  title: string;
  location: Location;
  /**
   * AMOUNT_COLUMNS: rows are lines, columns are begroting/realisatie/verschil (Midden-Groningen, Hilversum).
   * CATEGORY_COLUMNS: rows are goals, columns are lasten/baten/toevoegingen/onttrekkingen/saldo (Zoetermeer).
   */
  layout: "AMOUNT_COLUMNS" | "CATEGORY_COLUMNS";
  /** The columns in print order (for AMOUNT_COLUMNS), e.g. ["BUDGET_AMENDED", "ACTUAL", "DIFFERENCE"]. */
  columns: AmountColumnName[];
  /** Column headings exactly as printed, in print order. */
  printedHeadings: string[];
  lines: DemoFinancialLine[];
  totals: DemoFinancialTotal[];
}

export interface DemoProgramme {
  number: string;
  name: string;
  /** Heading as printed when it differs from number + name. */
  printedTitle?: string;
  introduction?: string;
  location: Location;
  /** Narrative blocks at programme level. */
  sections?: DemoSection[];
  /** The goal tree; usually one GENERAL goal with GOAL children. */
  goals: DemoGoal[];
  activities?: DemoActivity[];
  indicators?: DemoIndicator[];
  finance?: DemoFinanceTable[];
}

export interface DemoDocument {
  municipality: string; // cbsCode
  kind: DocumentKindName;
  year: number;
  title: string;
  source: DemoSource;
  /** Document-level narrative (e.g. a bestuurlijke samenvatting). */
  sections?: DemoSection[];
  programmes: DemoProgramme[];
}
