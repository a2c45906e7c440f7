/**
 * The one table of the names a kind of figure goes by (decision 009 §8).
 *
 * A figure kind has had several names: the audit trail before decision 009
 * wrote "IndicatorValue" / "FinancialLine", new writes say "IndicatorFigure" /
 * "BudgetFigure"; the forms post "indicatorValue" / "financialLine" (kept, so
 * bookmarked forms and the permission names stay as they are); the history
 * pages live under a Dutch URL segment. The figure a document owns for its own
 * year kept the id of its old row, so one figure's history is found under both
 * audit names. Everything that switches on one of these strings asks here.
 *
 * Pure and isomorphic.
 */

export const FIGURE_KINDS = ["indicatorValue", "financialLine"] as const;
/** The name a form and a permission use for a kind of figure. */
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface FigureKindNames {
  /** The form's and the gate's name. */
  kind: FigureKind;
  /** The audit entityType of new writes (the Prisma model). */
  entityType: "IndicatorFigure" | "BudgetFigure";
  /** The audit entityType rows written before decision 009 carry. */
  legacyEntityType: "IndicatorValue" | "FinancialLine";
  /** Where the figure's history lives: /werkplek/<gemeente>/geschiedenis/<segment>/<id>. */
  historySegment: "indicatorwaarde" | "financiele-regel";
  /** The group its rows are posted in ("indicators.0.value"). */
  formGroup: "indicators" | "lines";
  /** What it is called, in Dutch. */
  label: string;
  /** The fields its audit entries name whose values are amounts (euros) or decimals. */
  valueFormat: "decimal" | "amount";
}

export const FIGURE_KIND_NAMES: Record<FigureKind, FigureKindNames> = {
  indicatorValue: {
    kind: "indicatorValue",
    entityType: "IndicatorFigure",
    legacyEntityType: "IndicatorValue",
    historySegment: "indicatorwaarde",
    formGroup: "indicators",
    label: "Indicatorwaarde",
    valueFormat: "decimal",
  },
  financialLine: {
    kind: "financialLine",
    entityType: "BudgetFigure",
    legacyEntityType: "FinancialLine",
    historySegment: "financiele-regel",
    formGroup: "lines",
    label: "Financiële regel",
    valueFormat: "amount",
  },
};

const ALL = Object.values(FIGURE_KIND_NAMES);

export function isFigureKind(value: unknown): value is FigureKind {
  return typeof value === "string" && (FIGURE_KINDS as readonly string[]).includes(value);
}

/** The kind an audit entityType (old or new) names; null for anything that is not a figure. */
export function figureKindOfEntityType(entityType: string): FigureKind | null {
  return ALL.find((k) => k.entityType === entityType || k.legacyEntityType === entityType)?.kind ?? null;
}

/** Every audit entityType under which one figure's history may be stored, newest name first. */
export function auditEntityTypes(kind: FigureKind): string[] {
  const names = FIGURE_KIND_NAMES[kind];
  return [names.entityType, names.legacyEntityType];
}

export function figureKindOfHistorySegment(segment: string): FigureKind | null {
  return ALL.find((k) => k.historySegment === segment)?.kind ?? null;
}

export function figureKindOfFormGroup(group: string): FigureKind | null {
  return ALL.find((k) => k.formGroup === group)?.kind ?? null;
}

/**
 * The texts are reviewed like figures (decision 011), one review per report
 * row: a programme's, a goal's or an activity's texts in one document. Their
 * kind is the form's and the review queue's name; the audit entityType is the
 * Prisma model, as for figures. Texts never had another audit name.
 */
export const TEXT_KINDS = ["programmeText", "goalText", "activityText"] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export interface TextKindNames {
  kind: TextKind;
  entityType: "ProgrammeReport" | "GoalReport" | "Activity";
  /** What it is called, in Dutch ("Teksten van doelstelling 6.1"). */
  label: string;
}

export const TEXT_KIND_NAMES: Record<TextKind, TextKindNames> = {
  programmeText: { kind: "programmeText", entityType: "ProgrammeReport", label: "Teksten van het programma" },
  goalText: { kind: "goalText", entityType: "GoalReport", label: "Teksten van een doelstelling" },
  activityText: { kind: "activityText", entityType: "Activity", label: "Teksten van een activiteit" },
};

export function isTextKind(value: unknown): value is TextKind {
  return typeof value === "string" && (TEXT_KINDS as readonly string[]).includes(value);
}

/** The text kind an audit entityType names; null for anything that is not a text row. */
export function textKindOfEntityType(entityType: string): TextKind | null {
  return Object.values(TEXT_KIND_NAMES).find((k) => k.entityType === entityType)?.kind ?? null;
}
