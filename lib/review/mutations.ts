import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { ConflictError, NotFoundError, SelfReviewError } from "@/lib/auth/errors";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { lockOpenDocument } from "@/lib/document/mutations";
import {
  INDICATOR_ENTRY_FIELDS,
  readIndicatorEntryRows,
  type IndicatorEntryRow,
  writeIndicatorEntry,
  writeIndicatorReviewStatus,
} from "@/lib/indicator/mutations";
import {
  FINANCIAL_ENTRY_FIELDS,
  readFinancialEntryRows,
  writeFinancialEntry,
  writeFinancialReviewStatus,
} from "@/lib/finance/mutations";
import { thresholdFromSettings } from "@/lib/finance/rules";
import { indicatorValueErrors, planRow, type RowPlan } from "./entry-plan";
import { errorCountMessage, type EntryRowGroup, type ProgrammeEntryOutcome } from "./form-state";
import type { FigureKind, ProgrammeEntry } from "./schema";
import { chooseSubmission, submissionProblems, type SubmitCandidate } from "./submission";
import { nextReviewStatus, REVIEW_MESSAGES, type ReviewStatus } from "./workflow";
import { readApprovalFacts, readEntryConflicts } from "./data";
import { mayApproveFigure } from "./four-eyes";

// The programme form's transaction and the controller's decisions. Each
// re-checks, inside its own transaction, that the document is still open
// (lockOpenDocument) and that the figure is still the version the user saw.

/** Ends the transaction (rolling everything back) with an answer for the user. */
class EntryRefusal extends Error {
  constructor(readonly outcome: ProgrammeEntryOutcome) {
    super("entry refused");
  }
}

const ENTITY: Record<EntryRowGroup, string> = { indicators: "IndicatorValue", lines: "FinancialLine" };
const NOT_IN_PROGRAMME = "Een of meer cijfers horen niet (meer) bij dit programma. Laad de pagina opnieuw.";

interface PlannedRow {
  group: EntryRowGroup;
  index: number;
  id: string;
  plan: RowPlan;
  version: number;
  status: ReviewStatus;
  values: Record<string, string | null>;
}

/** One row of the form, by the group it is posted in. */
export interface EntryRowRef {
  group: EntryRowGroup;
  id: string;
}

export interface ProgrammeEntryCommand {
  entry: ProgrammeEntry;
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
  /** Indienen of this one figure only (its row's button); otherwise entry.intent "submit" submits them all. */
  submitFigure?: EntryRowRef;
}

/**
 * Saves every changed row of one programme form — and on "submit" sends every
 * concept figure of the programme, or the one figure asked for, to review —
 * in one transaction: all or nothing. Conflicts, a missing reason and missing
 * toelichtingen come back as an outcome for the form, with nothing saved.
 */
export async function saveProgrammeEntry(command: ProgrammeEntryCommand): Promise<ProgrammeEntryOutcome> {
  try {
    // A generous timeout: a programme may have hundreds of rows, each a conditional update plus audit entries.
    return await db().$transaction((tx) => runEntry(tx, command), { timeout: 30_000 });
  } catch (error) {
    if (!(error instanceof EntryRefusal)) throw error;
    const { outcome } = error;
    if (outcome.outcome !== "conflict") return outcome;
    // Read what the other person saved only now, after our rollback: it is what the user must see.
    return { outcome: "conflict", conflicts: await readEntryConflicts(command.municipalityId, outcome.conflicts) };
  }
}

async function runEntry(tx: Db, { entry, userId, municipalityId, submitFigure }: ProgrammeEntryCommand): Promise<ProgrammeEntryOutcome> {
  const { documentId, programmeId } = entry;
  // Submitting what the user has not seen in its newest version is a conflict; saving is not (entry-plan.ts).
  const submitsRow = (group: EntryRowGroup, id: string) =>
    submitFigure ? submitFigure.group === group && submitFigure.id === id : entry.intent === "submit";
  await lockOpenDocument(tx, documentId, municipalityId);
  const scope = { documentId, programmeId, municipalityId };
  const [indicatorRows, lineRows, settings] = await Promise.all([
    readIndicatorEntryRows(tx, scope),
    readFinancialEntryRows(tx, scope),
    tx.municipality
      .findUniqueOrThrow({
        where: { id: municipalityId },
        select: { deviationThresholdAmount: true, deviationThresholdPercent: true, deviationRule: true },
      })
      .then((m) => ({ ...m, deviationThresholdPercent: m.deviationThresholdPercent?.toString() ?? null })),
  ]);

  // The indicator's own decimals and range, known only here, before anything is planned or written.
  const valueErrors = checkIndicatorValues(indicatorRows, entry.indicators);
  if (Object.keys(valueErrors).length > 0) {
    throw new EntryRefusal({ outcome: "refused", message: errorCountMessage(valueErrors, ""), fieldErrors: valueErrors, formErrors: [] });
  }

  const planned: PlannedRow[] = [];
  const plan = <R extends { id: string; version: number; reviewStatus: ReviewStatus; values: Record<string, string | null> }>(
    group: EntryRowGroup,
    fields: readonly string[],
    rows: R[],
    typedRows: { id: string; version: number; base: Record<string, string | null>; [field: string]: unknown }[],
  ) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    typedRows.forEach((typed, index) => {
      const row = byId.get(typed.id);
      if (!row) throw new NotFoundError(NOT_IN_PROGRAMME);
      byId.delete(typed.id); // a row posted twice is refused as unknown the second time
      // Canonical strings on both sides: amounts arrive as bigint from the schema.
      const typedValues = Object.fromEntries(fields.map((f) => [f, canonicalText(typed[f])]));
      const rowPlan = planRow({
        fields,
        base: typed.base,
        typed: typedValues,
        current: row.values,
        typedVersion: typed.version,
        currentVersion: row.version,
        currentStatus: row.reviewStatus,
        intent: submitsRow(group, row.id) ? "submit" : "save",
      });
      const values = rowPlan.kind === "update" ? { ...row.values, ...typedValues } : row.values;
      planned.push({ group, index, id: row.id, plan: rowPlan, version: row.version, status: row.reviewStatus, values });
    });
  };
  plan("indicators", INDICATOR_ENTRY_FIELDS, indicatorRows, entry.indicators);
  plan("lines", FINANCIAL_ENTRY_FIELDS, lineRows, entry.lines);

  const conflicts = planned.filter((p) => p.plan.kind === "conflict");
  if (conflicts.length > 0) throw conflictRefusal(conflicts);
  const updates = planned.filter((p) => p.plan.kind === "update");
  const reason = entry.reason ?? null;
  if (!reason && updates.some((p) => p.plan.kind === "update" && p.plan.needsReason)) {
    throw new EntryRefusal({
      outcome: "refused",
      message: `${REVIEW_MESSAGES.reasonRequired}. Er is niets opgeslagen.`,
      fieldErrors: { reason: [REVIEW_MESSAGES.reasonRequired] },
      formErrors: [],
    });
  }

  for (const row of updates) {
    if (row.plan.kind !== "update") continue;
    const write = { id: row.id, documentId, expectedVersion: row.version, userId };
    const written =
      row.group === "indicators"
        ? await writeIndicatorEntry(tx, { ...write, values: pick(row.values, INDICATOR_ENTRY_FIELDS) })
        : await writeFinancialEntry(tx, { ...write, values: pick(row.values, FINANCIAL_ENTRY_FIELDS) });
    if (!written) throw conflictRefusal([row]);
    const audit = { userId, municipalityId, entityType: ENTITY[row.group], entityId: row.id, action: "update", reason };
    for (const change of row.plan.changes) await appendAudit(tx, { ...audit, ...change });
    if (row.status !== "CONCEPT") {
      await appendAudit(tx, { ...audit, field: "reviewStatus", oldValue: row.status, newValue: "CONCEPT" });
    }
    row.version += 1;
    row.status = "CONCEPT";
  }

  const asked = submitFigure ?? (entry.intent === "submit" ? "programme" : null);
  const submitted = asked ? await submitAsked(tx, planned, asked, { documentId, userId, municipalityId, settings }) : 0;
  return {
    outcome: "saved",
    changed: updates.length,
    submitted,
    returnedLeft: planned.filter((p) => p.status === "TERUGGESTUURD").length,
  };
}

function checkIndicatorValues(rows: IndicatorEntryRow[], typedRows: ProgrammeEntry["indicators"]): FieldErrors {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return Object.assign(
    {},
    ...typedRows.map((typed, index) => {
      const row = byId.get(typed.id);
      // An unknown row is refused by the planning below.
      if (!row) return {};
      const values = { target: typed.target, actual: typed.actual };
      return indicatorValueErrors({ index, rules: row.rules, base: typed.base, typed: values, confirmed: typed.confirmUnusual });
    }),
  );
}

function canonicalText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "bigint" ? value.toString() : String(value);
}

function pick<F extends string>(values: Record<string, string | null>, fields: readonly F[]): Record<F, string | null> {
  return Object.fromEntries(fields.map((f) => [f, values[f] ?? null])) as Record<F, string | null>;
}

function conflictRefusal(rows: PlannedRow[]): EntryRefusal {
  // Details are filled in after the rollback (saveProgrammeEntry).
  return new EntryRefusal({
    outcome: "conflict",
    conflicts: rows.map((r) => ({ group: r.group, id: r.id, by: null, at: "", version: 0, reviewStatus: "CONCEPT", current: {} })),
  });
}

/** Indienen of what the pressed button asked for: the programme's concept figures, or one row's figure. */
function submitAsked(tx: Db, planned: PlannedRow[], asked: EntryRowRef | "programme", context: SubmitContext): Promise<number> {
  const only = asked === "programme" ? undefined : planned.find((p) => p.group === asked.group && p.id === asked.id);
  if (asked !== "programme" && !only) throw new NotFoundError(NOT_IN_PROGRAMME);
  const chosen = chooseSubmission(planned, only);
  if ("refused" in chosen) throw new EntryRefusal({ outcome: "refused", message: chosen.refused, fieldErrors: chosen.fieldErrors, formErrors: [] });
  return submitFigures(tx, chosen.rows, context);
}

interface SubmitContext {
  documentId: string;
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
  settings: Parameters<typeof thresholdFromSettings>[0];
}

/**
 * Sends the candidates to review (CONCEPT → INGEDIEND), refused as a whole
 * while one lacks what the controller needs: the messages go next to the
 * fields. Both the programme's "Opslaan en indienen" and a row's "Indienen" end here.
 */
async function submitFigures(tx: Db, candidates: PlannedRow[], context: SubmitContext): Promise<number> {
  const directions = new Map(
    (await tx.indicatorValue.findMany({
      where: { id: { in: candidates.filter((c) => c.group === "indicators").map((c) => c.id) } },
      select: { id: true, indicator: { select: { direction: true } } },
    })).map((v) => [v.id, v.indicator.direction]),
  );
  const fieldErrors: FieldErrors = submissionProblems(
    thresholdFromSettings(context.settings),
    candidates.map((c): SubmitCandidate => ({ group: c.group, index: c.index, values: c.values, direction: directions.get(c.id) ?? null })),
  );
  if (Object.keys(fieldErrors).length > 0) {
    const count = Object.keys(fieldErrors).length;
    throw new EntryRefusal({
      outcome: "refused",
      message: `Indienen kan nog niet: ${count === 1 ? "1 veld mist" : `${count} velden missen`} wat de controller nodig heeft. Er is niets opgeslagen.`,
      fieldErrors,
      formErrors: [],
    });
  }
  for (const c of candidates) {
    const step = { id: c.id, documentId: context.documentId, expectedVersion: c.version, from: "CONCEPT" as const, to: "INGEDIEND" as const };
    const written = c.group === "indicators" ? await writeIndicatorReviewStatus(tx, step) : await writeFinancialReviewStatus(tx, step);
    if (!written) throw conflictRefusal([c]);
    await appendAudit(tx, {
      userId: context.userId,
      municipalityId: context.municipalityId,
      entityType: ENTITY[c.group],
      entityId: c.id,
      action: "submit",
      field: "reviewStatus",
      oldValue: "CONCEPT",
      newValue: "INGEDIEND",
    });
  }
  return candidates.length;
}

export interface FigureDecision {
  kind: FigureKind;
  id: string;
  expectedVersion: number;
  decision: "approve" | "return";
  comment: string | null;
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

/** Goedkeuren or terugsturen of one submitted figure by a controller. */
export async function decideFigure(input: FigureDecision): Promise<{ reviewStatus: ReviewStatus; version: number }> {
  const { kind, id, municipalityId } = input;
  return db().$transaction(async (tx) => {
    const select = { documentId: true, reviewStatus: true, version: true } as const;
    const row =
      kind === "indicatorValue"
        ? await tx.indicatorValue.findFirst({ where: { id, document: { municipalityId }, indicator: { municipalityId } }, select })
        : await tx.financialLine.findFirst({ where: { id, document: { municipalityId }, programme: { municipalityId } }, select });
    if (!row) throw new NotFoundError();
    await lockOpenDocument(tx, row.documentId, municipalityId);
    if (row.version !== input.expectedVersion) {
      throw new ConflictError("Dit cijfer is intussen gewijzigd. Vernieuw de pagina en beoordeel de huidige waarde.");
    }
    const next = nextReviewStatus(row.reviewStatus, input.decision);
    if (!next) throw new ConflictError(REVIEW_MESSAGES.notSubmitted);
    if (input.decision === "approve") {
      // Read after the version check: a change committed since then moves the version, and the write below fails.
      const facts = (await readApprovalFacts(tx, municipalityId, kind, [id])).get(id);
      if (!facts || !mayApproveFigure(input.userId, facts)) throw new SelfReviewError();
    }
    const step = { id, documentId: row.documentId, expectedVersion: row.version, from: row.reviewStatus, to: next, comment: input.comment };
    const written = kind === "indicatorValue" ? await writeIndicatorReviewStatus(tx, step) : await writeFinancialReviewStatus(tx, step);
    if (!written) throw new ConflictError();
    await appendAudit(tx, {
      userId: input.userId,
      municipalityId,
      entityType: kind === "indicatorValue" ? "IndicatorValue" : "FinancialLine",
      entityId: id,
      action: input.decision,
      field: "reviewStatus",
      oldValue: row.reviewStatus,
      newValue: next,
      reason: input.comment,
    });
    return { reviewStatus: next, version: row.version + 1 };
  });
}
