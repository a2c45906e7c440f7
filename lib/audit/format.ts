/**
 * How an audit entry reads in the workplace: Dutch words for actions and
 * fields, and old/new values formatted the way the figure itself is shown
 * (amounts "€ 1.234", decimals "7,4", statuses by name). Pure and isomorphic.
 */
import { formatDecimal, formatEuro, formatIndicatorValue, type IndicatorUnit } from "@/lib/format/number";
import { isCanonicalDecimal } from "@/lib/format/decimal";
import { DOCUMENT_STATUS_LABELS } from "@/lib/document/status";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/review/workflow";
import type { DocumentStatus } from "@/lib/auth/permissions";
import { FIGURE_KIND_NAMES, figureKindOfEntityType, isFigureKind } from "@/lib/figure-kinds";

export const EMPTY_VALUE = "(leeg)";

const ACTION_LABELS: Record<string, string> = {
  update: "Gewijzigd",
  submit: "Ingediend",
  approve: "Goedgekeurd",
  return: "Teruggestuurd",
  setStatus: "Status gewijzigd",
  import: "Geïmporteerd",
  create: "Aangemaakt",
  delete: "Verwijderd",
  reset: "Opnieuw klaargezet",
  invite: "Uitgenodigd",
  password_link: "Wachtwoordlink gemaakt",
  password_set: "Wachtwoord ingesteld",
  password_change: "Wachtwoord gewijzigd",
  disable: "Geblokkeerd",
  enable: "Gedeblokkeerd",
};

const FIELD_LABELS: Record<string, string> = {
  target: "Streefwaarde",
  actual: "Realisatie",
  budgetAmended: "Begroting na wijziging",
  budgetOriginal: "Begroting primitief",
  budgetProjection: "Meerjarenraming",
  prognosis: "Prognose",
  explanation: "Toelichting",
  reviewStatus: "Beoordeling",
  status: "Documentstatus",
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function auditFieldLabel(field: string | null): string {
  return field === null ? "" : (FIELD_LABELS[field] ?? field);
}

export interface IndicatorFormat {
  unit: IndicatorUnit;
  decimals: number;
  unitLabel: string | null;
}

const AMOUNT_FIELDS = new Set(["budgetAmended", "budgetOriginal", "budgetProjection", "actual", "actualPreviousYear", "prognosis"]);
const DECIMAL_FIELDS = new Set(["target", "actual", "benchmark", "prognosis"]);

/** One old or new value as a reader sees it. */
export function formatAuditValue(
  entry: { entityType: string; field: string | null },
  value: unknown,
  indicator?: IndicatorFormat | null,
): string {
  if (value === null || value === undefined || value === "") return EMPTY_VALUE;
  const { field } = entry;
  // Old entries ("IndicatorValue", "FinancialLine") and new ones format alike (lib/figure-kinds.ts).
  const kind = figureKindOfEntityType(entry.entityType);
  const format = kind ? FIGURE_KIND_NAMES[kind].valueFormat : null;
  if (typeof value === "string" && field !== null) {
    if (field === "reviewStatus" && value in REVIEW_STATUS_LABELS) return REVIEW_STATUS_LABELS[value as ReviewStatus];
    if (field === "status" && value in DOCUMENT_STATUS_LABELS) return DOCUMENT_STATUS_LABELS[value as DocumentStatus];
    if (format === "amount" && AMOUNT_FIELDS.has(field) && /^-?\d+$/.test(value)) return formatEuro(BigInt(value));
    if (format === "decimal" && DECIMAL_FIELDS.has(field) && isCanonicalDecimal(value)) {
      if (indicator) return formatIndicatorValue(value, indicator.unit, indicator.decimals, indicator.unitLabel);
      return formatDecimal(value, value.split(".")[1]?.length ?? 0);
    }
    return value;
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

const TIME_ZONE = "Europe/Amsterdam";

/**
 * "14-03-2026 09:05", in Dutch time. Built from parts so the result does not
 * depend on which locale data the runtime ships (see lib/format/number.ts).
 */
export function formatDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}-${part("month")}-${part("year")} ${part("hour")}:${part("minute")}`;
}

/** Where the history of a figure lives in the workplace: by its form kind or any of its audit names. */
export function historyHref(slug: string, kindOrEntityType: string, entityId: string): string | null {
  const kind = isFigureKind(kindOrEntityType) ? kindOrEntityType : figureKindOfEntityType(kindOrEntityType);
  if (!kind) return null;
  return `/werkplek/${slug}/geschiedenis/${FIGURE_KIND_NAMES[kind].historySegment}/${encodeURIComponent(entityId)}`;
}

export interface ChangeSubject {
  title: string;
  format?: IndicatorFormat | null;
  href?: string | null;
}

/** One audit entry as a row of a "geschiedenis" or "recente wijzigingen" table. */
export interface ChangeRow {
  id: string;
  at: string;
  user: string;
  action: string;
  field: string;
  oldValue: string;
  newValue: string;
  reason: string | null;
  subject: string | null;
  subjectHref: string | null;
}

export function presentChanges(
  entries: {
    id: string;
    at: string;
    user: string | null;
    entityType: string;
    entityId: string;
    action: string;
    field: string | null;
    oldValue: unknown;
    newValue: unknown;
    reason: string | null;
  }[],
  subjects: Map<string, ChangeSubject>,
): ChangeRow[] {
  return entries.map((e) => {
    const subject = subjects.get(e.entityId);
    const format = subject?.format ?? null;
    return {
      id: e.id,
      at: formatDateTime(e.at),
      user: e.user ?? "Systeem",
      action: auditActionLabel(e.action),
      field: auditFieldLabel(e.field),
      oldValue: e.field === null && e.oldValue == null ? "" : formatAuditValue(e, e.oldValue, format),
      newValue: e.field === null && e.newValue == null ? "" : formatAuditValue(e, e.newValue, format),
      reason: e.reason,
      subject: subject?.title ?? null,
      subjectHref: subject?.href ?? null,
    };
  });
}
