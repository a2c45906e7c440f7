import { describe, expect, it } from "vitest";
import {
  FIGURE_KINDS,
  FIGURE_KIND_NAMES,
  auditEntityTypes,
  figureKindOfEntityType,
  figureKindOfFormGroup,
  figureKindOfHistorySegment,
  isFigureKind,
  isTextKind,
  textKindOfEntityType,
  TEXT_KIND_NAMES,
} from "./figure-kinds";

describe("figure kinds: every name of a kind of figure in one table", () => {
  it("finds a figure's kind by its old and its new audit name, so its whole history reads as one", () => {
    expect(figureKindOfEntityType("IndicatorValue")).toBe("indicatorValue");
    expect(figureKindOfEntityType("IndicatorFigure")).toBe("indicatorValue");
    expect(figureKindOfEntityType("FinancialLine")).toBe("financialLine");
    expect(figureKindOfEntityType("BudgetFigure")).toBe("financialLine");
    expect(figureKindOfEntityType("Membership")).toBeNull();
    expect(auditEntityTypes("indicatorValue")).toEqual(["IndicatorFigure", "IndicatorValue"]);
    expect(auditEntityTypes("financialLine")).toEqual(["BudgetFigure", "FinancialLine"]);
  });

  it("maps the history URL segment and the form group both ways", () => {
    for (const kind of FIGURE_KINDS) {
      const names = FIGURE_KIND_NAMES[kind];
      expect(figureKindOfHistorySegment(names.historySegment)).toBe(kind);
      expect(figureKindOfFormGroup(names.formGroup)).toBe(kind);
    }
    expect(figureKindOfHistorySegment("lid")).toBeNull();
    expect(isFigureKind("indicatorValue")).toBe(true);
    expect(isFigureKind("IndicatorValue")).toBe(false);
  });

  it("gives no two kinds the same name", () => {
    const names = FIGURE_KINDS.flatMap((k) => Object.values(FIGURE_KIND_NAMES[k]).filter((v) => v !== FIGURE_KIND_NAMES[k].valueFormat));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("text kinds: the texts reviewed per report row (decision 011)", () => {
  it("names each text kind by its Prisma model in the audit trail, and nothing else", () => {
    expect(Object.values(TEXT_KIND_NAMES).map((k) => [k.kind, k.entityType])).toEqual([
      ["programmeText", "ProgrammeReport"],
      ["goalText", "GoalReport"],
      ["activityText", "Activity"],
    ]);
    expect(textKindOfEntityType("GoalReport")).toBe("goalText");
    expect(textKindOfEntityType("IndicatorFigure")).toBeNull();
    expect(isTextKind("activityText")).toBe(true);
    expect(isTextKind("indicatorValue")).toBe(false);
  });
});
