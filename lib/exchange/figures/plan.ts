/**
 * Step 2 of importing a "cijfers" file (decision 012): what the matched rows
 * would change, judged by the programme form's own schema, with every problem
 * per row. The result is the preview the user confirms and the entries the
 * form's transaction then writes (lib/exchange/figures/apply.ts). Pure.
 */
import { programmeEntrySchema } from "@/lib/review/schema";
import type { Matched, MatchedRow, OwnedIndicatorFigure, OwnedLineFigure } from "./match";

export interface Change {
  field: "value" | "explanation" | "periodLabel";
  old: string | null;
  new: string | null;
}

export interface PlannedRow {
  at: string;
  group: "indicators" | "lines";
  figureId: string;
  programmeId: string;
  name: string | null;
  changes: Change[];
  problems: string[];
}

export interface FigurePlan {
  rows: PlannedRow[];
  fileProblems: string[];
  /**
   * Per programme, only the rows that change, as the form would post them:
   * what the form's transaction writes once the schema has read them again.
   * Plain JSON (no bigint), so the job can keep it. Empty when any row has a problem.
   */
  entries: RawEntry[];
}

export type RawRow = ReturnType<typeof rawRow>;
export interface RawEntry {
  documentId: string;
  programmeId: string;
  intent: "save" | "submit";
  indicators: RawRow[];
  lines: RawRow[];
}

export interface PlanContext {
  documentId: string;
  intent: "save" | "submit";
  /** Why this user may not write this programme's figures of this kind; null when they may (lib/auth can). */
  refusal: (programmeId: string, group: "indicators" | "lines") => string | null;
}

const isIndicator = (f: OwnedIndicatorFigure | OwnedLineFigure): f is OwnedIndicatorFigure => "year" in f;
const currentValue = (f: OwnedIndicatorFigure | OwnedLineFigure) => (isIndicator(f) ? f.value : f.amount);
/** A stored canonical value as the form would show it: "7.4" → "7,4". */
const shown = (canonical: string | null) => (canonical === null ? "" : canonical.replace(".", ","));

function rawRow(row: MatchedRow) {
  const f = row.figure;
  const value = row.typed.value ?? shown(currentValue(f));
  const explanation = row.typed.explanation ?? f.explanation ?? "";
  const base = isIndicator(f)
    ? { value: f.value ?? "", explanation: f.explanation ?? "", periodLabel: f.periodLabel ?? "" }
    : { amount: f.amount ?? "", explanation: f.explanation ?? "" };
  if (!isIndicator(f)) return { id: f.id, version: String(f.version), base, amount: value, explanation };
  return { id: f.id, version: String(f.version), base, value, explanation, periodLabel: row.typed.periodLabel ?? f.periodLabel ?? "" };
}

function changesOf(row: MatchedRow, parsed: { value?: string | null; amount?: bigint | null; explanation: string | null; periodLabel?: string | null }): Change[] {
  const f = row.figure;
  const next = parsed.amount !== undefined ? (parsed.amount === null ? null : parsed.amount.toString()) : (parsed.value ?? null);
  const pairs: Change[] = [
    { field: "value", old: currentValue(f), new: next },
    { field: "explanation", old: f.explanation, new: parsed.explanation },
  ];
  if (isIndicator(f)) pairs.push({ field: "periodLabel", old: f.periodLabel, new: parsed.periodLabel ?? null });
  return pairs.filter((c) => c.old !== c.new);
}

export function planFigureImport(matched: Matched, context: PlanContext): FigurePlan {
  const rows: PlannedRow[] = matched.refused.map((r) => ({ at: r.at, group: "lines", figureId: "", programmeId: "", name: null, changes: [], problems: r.problems }));
  const byProgramme = new Map<string, MatchedRow[]>();
  for (const row of matched.rows) byProgramme.set(row.figure.programmeId, [...(byProgramme.get(row.figure.programmeId) ?? []), row]);
  const entries: RawEntry[] = [];
  for (const [programmeId, programmeRows] of byProgramme) {
    const planned = programmeRows.map((row) => plannedRow(row, context.refusal(programmeId, row.group)));
    const indicators = programmeRows.filter((r) => r.group === "indicators");
    const lines = programmeRows.filter((r) => r.group === "lines");
    const raw: RawEntry = { documentId: context.documentId, programmeId, intent: context.intent, indicators: indicators.map(rawRow), lines: lines.map(rawRow) };
    const parsed = programmeEntrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [group, index] = issue.path as [string, number];
        const source = (group === "indicators" ? indicators : lines)[index];
        const target = planned.find((p) => source && p.figureId === source.figure.id);
        target?.problems.push(issue.message);
      }
    } else {
      const entry = parsed.data;
      indicators.forEach((r, i) => setChanges(planned, r, changesOf(r, entry.indicators[i]!)));
      lines.forEach((r, i) => setChanges(planned, r, changesOf(r, entry.lines[i]!)));
      const changed = new Set(planned.filter((p) => p.changes.length > 0).map((p) => p.figureId));
      const keep = <T extends { id: string }>(list: T[]) => list.filter((r) => changed.has(r.id));
      if (changed.size > 0 || context.intent === "submit") entries.push({ ...raw, indicators: keep(raw.indicators), lines: keep(raw.lines) });
    }
    rows.push(...planned);
  }
  const blocked = matched.fileProblems.length > 0 || rows.some((r) => r.problems.length > 0);
  return { rows, fileProblems: matched.fileProblems, entries: blocked ? [] : entries };
}

function plannedRow(row: MatchedRow, refusal: string | null): PlannedRow {
  const f = row.figure;
  return { at: row.at, group: row.group, figureId: f.id, programmeId: f.programmeId, name: isIndicator(f) ? f.name : f.label, changes: [], problems: refusal ? [refusal] : [] };
}

function setChanges(planned: PlannedRow[], row: MatchedRow, changes: Change[]) {
  const target = planned.find((p) => p.figureId === row.figure.id);
  if (target) target.changes = changes;
}
