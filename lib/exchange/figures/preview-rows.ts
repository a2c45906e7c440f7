/**
 * A cijfers plan's rows as the job page shows them (lib/exchange/preview):
 * "cijfer: 1.000 → 1.234.567", "toelichting: (leeg) → Meer aanvragen". Pure.
 */
import { formatInteger } from "@/lib/format/number";
import type { PreviewRow } from "../preview";
import type { Change, PlannedRow } from "./plan";

const FIELD_LABELS = { value: "cijfer", explanation: "toelichting", periodLabel: "periode" } as const;

function shown(group: PlannedRow["group"], field: Change["field"], value: string | null): string | null {
  if (value === null || value === "" || field !== "value") return value;
  return group === "lines" ? formatInteger(BigInt(value)) : value.replace(".", ",");
}

export function figurePreviewRows(rows: PlannedRow[]): PreviewRow[] {
  return rows.map((r) => ({
    at: r.at,
    name: r.name,
    action: r.changes.length > 0 ? "change" : "unchanged",
    changes: r.changes.map((c) => ({ label: FIELD_LABELS[c.field], old: shown(r.group, c.field, c.old), new: shown(r.group, c.field, c.new) })),
    problems: r.problems,
  }));
}
