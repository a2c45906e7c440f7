import { describe, expect, it } from "vitest";
import { auditActionLabel, auditFieldLabel, formatAuditValue, formatDateTime, historyHref, presentChanges } from "./format";

describe("formatAuditValue: values as the figure itself is shown", () => {
  it.each([
    [{ entityType: "FinancialLine", field: "actual" }, "12548000", "€ 12.548.000"],
    [{ entityType: "FinancialLine", field: "budgetAmended" }, "-89", "€ -89"],
    [{ entityType: "IndicatorValue", field: "actual" }, "7.4", "7,4"],
    [{ entityType: "IndicatorValue", field: "target" }, "1234.5", "1.234,5"],
    [{ entityType: "IndicatorValue", field: "reviewStatus" }, "TERUGGESTUURD", "Teruggestuurd"],
    [{ entityType: "PcDocument", field: "status" }, "VASTGESTELD", "Vastgesteld"],
    [{ entityType: "IndicatorValue", field: "explanation" }, "<b>geen html</b>", "<b>geen html</b>"],
    [{ entityType: "IndicatorValue", field: "actual" }, null, "(leeg)"],
    [{ entityType: "PcDocument", field: null }, { title: "x" }, '{"title":"x"}'],
    // New writes (decision 009) format like the old entries of the same figure.
    [{ entityType: "BudgetFigure", field: "actual" }, "12548000", "€ 12.548.000"],
    [{ entityType: "BudgetFigure", field: "budgetOriginal" }, "1000", "€ 1.000"],
    [{ entityType: "BudgetFigure", field: "prognosis" }, "1000", "€ 1.000"],
    [{ entityType: "IndicatorFigure", field: "target" }, "7.4", "7,4"],
    [{ entityType: "IndicatorFigure", field: "prognosis" }, "7.4", "7,4"],
    [{ entityType: "PcDocument", field: "actual" }, "7.4", "7.4"],
  ])("%o %j -> %s", (entry, value, text) => {
    expect(formatAuditValue(entry, value)).toBe(text);
  });

  it("uses the indicator's unit and decimals when known", () => {
    expect(formatAuditValue({ entityType: "IndicatorValue", field: "actual" }, "34", { unit: "PERCENTAGE", decimals: 0, unitLabel: null })).toBe("34%");
    expect(formatAuditValue({ entityType: "IndicatorValue", field: "actual" }, "7", { unit: "RAPPORTCIJFER", decimals: 1, unitLabel: null })).toBe("7,0");
  });
});

describe("labels, dates and links", () => {
  it("speaks Dutch", () => {
    expect(auditActionLabel("return")).toBe("Teruggestuurd");
    expect(auditActionLabel("unknown-action")).toBe("unknown-action");
    expect(auditFieldLabel("budgetAmended")).toBe("Begroting na wijziging");
    expect(auditFieldLabel(null)).toBe("");
  });

  it("shows Dutch time, summer and winter", () => {
    expect(formatDateTime("2026-01-15T08:05:00.000Z")).toBe("15-01-2026 09:05");
    expect(formatDateTime("2026-07-01T22:30:00.000Z")).toBe("02-07-2026 00:30");
  });

  it("links figures to their history, nothing else", () => {
    expect(historyHref("zoetermeer", "IndicatorValue", "abc")).toBe("/werkplek/zoetermeer/geschiedenis/indicatorwaarde/abc");
    expect(historyHref("zoetermeer", "FinancialLine", "a/b")).toBe("/werkplek/zoetermeer/geschiedenis/financiele-regel/a%2Fb");
    expect(historyHref("zoetermeer", "PcDocument", "abc")).toBeNull();
    // By the new audit names and by the form's kind, to the same page as before.
    expect(historyHref("zoetermeer", "IndicatorFigure", "abc")).toBe("/werkplek/zoetermeer/geschiedenis/indicatorwaarde/abc");
    expect(historyHref("zoetermeer", "BudgetFigure", "abc")).toBe("/werkplek/zoetermeer/geschiedenis/financiele-regel/abc");
    expect(historyHref("zoetermeer", "financialLine", "abc")).toBe("/werkplek/zoetermeer/geschiedenis/financiele-regel/abc");
  });

  it("presents an entry row", () => {
    const [row] = presentChanges(
      [{ id: "1", at: "2026-01-15T08:05:00.000Z", user: null, entityType: "FinancialLine", entityId: "l1", action: "update", field: "actual", oldValue: null, newValue: "1000", reason: "correctie" }],
      new Map([["l1", { title: "Lasten: 6.1", href: "/x" }]]),
    );
    expect(row).toEqual({
      id: "1", at: "15-01-2026 09:05", user: "Systeem", action: "Gewijzigd", field: "Realisatie", oldValue: "(leeg)", newValue: "€ 1.000",
      reason: "correctie", subject: "Lasten: 6.1", subjectHref: "/x",
    });
  });
});
