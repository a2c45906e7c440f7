import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { ConflictError, NotFoundError, SelfReviewError } from "@/lib/auth/errors";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { DOCUMENT_LOCKED_MESSAGE } from "@/lib/document/status";
import { normalizeDecimal } from "@/lib/format/decimal";
import { FIGURE_KIND_NAMES, figureKindOfFormGroup, type FigureKind } from "@/lib/figure-kinds";
import { thresholdFromSettings } from "@/lib/finance/rules";
import type { ValueRuleIndicator } from "@/lib/indicator/value-rules";
import { figureLocked, ownStage, type OwningDocument } from "./cycle";
import { indicatorValueErrors, planRow, type RowPlan } from "./entry-plan";
import { errorCountMessage, type EntryRowGroup, type ProgrammeEntryOutcome } from "./form-state";
import { OWNED_AUDIT_FIELDS, PRIMITIEF_BY_CONTROLLER_MESSAGE, type OwnedStage } from "./owned-figures";
import type { ProgrammeEntry } from "./schema";
import { chooseSubmission, submissionProblems, type SubmitCandidate } from "./submission";
import { nextReviewStatus, REVIEW_MESSAGES, type ReviewStatus } from "./workflow";
import { entryIndicatorYears, figureKey, readAdoptedTargets, readAmendedBudgets, readApprovalFacts, readEntryConflicts, type EntryDocument } from "./data";
import { mayApproveFigure } from "./four-eyes";

// The programme form's transaction and the controller's decisions, on the
// figures a document owns for its own year (decision 009 §6). Each re-checks,
// inside its own transaction, that the owning document's figures are not
// locked (lib/cycle figureLocked, under a share lock on the document row) and
// that the figure is still the version the user saw.

/** Ends the transaction (rolling everything back) with an answer for the user. */
export class EntryRefusal extends Error {
  constructor(readonly outcome: ProgrammeEntryOutcome) {
    super("entry refused");
  }
}

const ENTITY = (group: EntryRowGroup) => FIGURE_KIND_NAMES[figureKindOfFormGroup(group)!].entityType;
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

/** The form's transaction body, also run by an import for each programme inside its one transaction (decision 012). */
export async function runEntry(tx: Db, { entry, userId, municipalityId, submitFigure }: ProgrammeEntryCommand): Promise<ProgrammeEntryOutcome> {
  const { documentId, programmeId } = entry;
  // Submitting what the user has not seen in its newest version is a conflict; saving is not (entry-plan.ts).
  const submitsRow = (group: EntryRowGroup, id: string) =>
    submitFigure ? submitFigure.group === group && submitFigure.id === id : entry.intent === "submit";
  const document = await lockOwningDocument(tx, documentId, municipalityId);
  if (document.kind === "BEGROTING" && entry.lines.length > 0) {
    throw new EntryRefusal({ outcome: "refused", message: PRIMITIEF_BY_CONTROLLER_MESSAGE, fieldErrors: {}, formErrors: [PRIMITIEF_BY_CONTROLLER_MESSAGE] });
  }
  const stage = ownStage(document);
  const scope = { document, programmeId, municipalityId };
  // One after another: the transaction has one connection (lib/db inOrder).
  const indicatorRows = await readOwnedIndicatorRows(tx, scope);
  const lineRows = await readOwnedLineRows(tx, scope);
  const settings = await tx.municipality
    .findUniqueOrThrow({
      where: { id: municipalityId },
      select: { deviationThresholdAmount: true, deviationThresholdPercent: true, deviationRule: true },
    })
    .then((m) => ({ ...m, deviationThresholdPercent: m.deviationThresholdPercent?.toString() ?? null }));

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
      // A field the post leaves out (periodLabel from an older form) keeps what is stored.
      const posted = (f: string) => typed[f] !== undefined;
      const typedValues = Object.fromEntries(fields.map((f) => [f, posted(f) ? canonicalText(typed[f]) : (row.values[f] ?? null)]));
      const base = { ...typed.base, ...Object.fromEntries(fields.filter((f) => !posted(f)).map((f) => [f, row.values[f] ?? null])) };
      const rowPlan = planRow({
        fields,
        base,
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
  plan("indicators", INDICATOR_FIELDS, indicatorRows, entry.indicators);
  plan("lines", LINE_FIELDS, lineRows, entry.lines);

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
        ? await writeIndicatorFigure(tx, { ...write, value: row.values.value ?? null, explanation: row.values.explanation ?? null, periodLabel: row.values.periodLabel ?? null })
        : await writeBudgetFigure(tx, { ...write, amount: row.values.amount ?? null, explanation: row.values.explanation ?? null });
    if (!written) throw conflictRefusal([row]);
    const audit = { userId, municipalityId, entityType: ENTITY(row.group), entityId: row.id, action: "update", reason };
    for (const change of row.plan.changes) await appendAudit(tx, { ...audit, ...change, field: auditField(row.group, stage, change.field) });
    if (row.status !== "CONCEPT") {
      await appendAudit(tx, { ...audit, field: "reviewStatus", oldValue: row.status, newValue: "CONCEPT" });
    }
    row.version += 1;
    row.status = "CONCEPT";
  }

  const asked = submitFigure ?? (entry.intent === "submit" ? "programme" : null);
  const context = { document, stage, userId, municipalityId, settings, indicatorRows, lineRows };
  const submitted = asked ? await submitAsked(tx, planned, asked, context) : 0;
  return {
    outcome: "saved",
    changed: updates.length,
    submitted,
    returnedLeft: planned.filter((p) => p.status === "TERUGGESTUURD").length,
  };
}

/** "value" is what the form calls the owned figure; the audit trail says which figure it is. */
function auditField(group: EntryRowGroup, stage: OwnedStage, field: string): string {
  return field === "value" || field === "amount" ? OWNED_AUDIT_FIELDS[group][stage] : field;
}

function checkIndicatorValues(rows: OwnedIndicatorRow[], typedRows: ProgrammeEntry["indicators"]): FieldErrors {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return Object.assign(
    {},
    ...typedRows.map((typed, index) => {
      const row = byId.get(typed.id);
      // An unknown row is refused by the planning below.
      if (!row) return {};
      return indicatorValueErrors({ index, rules: row.rules, base: typed.base, typed: { value: typed.value }, confirmed: typed.confirmUnusual });
    }),
  );
}

function canonicalText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "bigint" ? value.toString() : String(value);
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
  document: LockedDocument;
  stage: OwnedStage;
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
  settings: Parameters<typeof thresholdFromSettings>[0];
  indicatorRows: OwnedIndicatorRow[];
  lineRows: OwnedLineRow[];
}

/**
 * Sends the candidates to review (CONCEPT → INGEDIEND), refused as a whole
 * while one lacks what the controller needs: the messages go next to the
 * fields. Both the programme's "Opslaan en indienen" and a row's "Indienen"
 * end here. The adopted target and the computed begroting na wijziging that
 * the rules measure against are read here, inside the transaction.
 */
async function submitFigures(tx: Db, candidates: PlannedRow[], context: SubmitContext): Promise<number> {
  const { document, stage, municipalityId } = context;
  const indicators = new Map(context.indicatorRows.map((r) => [r.id, r]));
  const lines = new Map(context.lineRows.map((r) => [r.id, r]));
  const chosenIndicators = candidates.flatMap((c) => (c.group === "indicators" ? [indicators.get(c.id)!] : []));
  const chosenLines = candidates.flatMap((c) => (c.group === "lines" ? [lines.get(c.id)!] : []));
  const targets = stage === "PRIMITIEF" ? new Map() : await readAdoptedTargets(tx, municipalityId, document, chosenIndicators);
  const budgets = stage === "PRIMITIEF" ? new Map() : await readAmendedBudgets(tx, municipalityId, document, chosenLines.map((l) => l.budgetLineId));
  const fieldErrors: FieldErrors = submissionProblems(
    thresholdFromSettings(context.settings),
    candidates.map((c): SubmitCandidate => {
      if (c.group === "indicators") {
        const row = indicators.get(c.id)!;
        const target = targets.get(figureKey(row.indicatorId, row.dimensionValue))?.value ?? null;
        return { group: "indicators", index: c.index, values: c.values, context: { stage, direction: row.direction, target } };
      }
      const row = lines.get(c.id)!;
      const budget = budgets.get(row.budgetLineId)?.amount ?? null;
      return { group: "lines", index: c.index, values: c.values, context: { stage, category: row.category, budget } };
    }),
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
    const step = { id: c.id, documentId: document.id, expectedVersion: c.version, from: "CONCEPT" as const, to: "INGEDIEND" as const };
    const kind = figureKindOfFormGroup(c.group)!;
    const written = await writeReviewStatus(tx, kind, step);
    if (!written) throw conflictRefusal([c]);
    await appendAudit(tx, {
      userId: context.userId,
      municipalityId,
      entityType: ENTITY(c.group),
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
        ? await tx.indicatorFigure.findFirst({ where: { id, document: { municipalityId }, indicator: { municipalityId } }, select })
        : await tx.budgetFigure.findFirst({ where: { id, document: { municipalityId }, budgetLine: { municipalityId } }, select });
    if (!row) throw new NotFoundError();
    await lockOwningDocument(tx, row.documentId, municipalityId);
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
    const written = await writeReviewStatus(tx, kind, step);
    if (!written) throw new ConflictError();
    await appendAudit(tx, {
      userId: input.userId,
      municipalityId,
      entityType: FIGURE_KIND_NAMES[kind].entityType,
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

// ---------------------------------------------------------------- the owning document and its rows

export type LockedDocument = EntryDocument & OwningDocument;

export const RECONSTRUCTED_LOCKED_MESSAGE =
  "Deze cijfers zijn overgenomen uit een ander document zoals het ze drukte: ze veranderen alleen door een nieuwe import.";

/**
 * For every figure write, inside its transaction: takes a share lock on the
 * owning document's row and refuses unless lib/cycle says its figures are
 * open. The lock makes a concurrent vaststellen wait until this transaction
 * ends, so a document is never locked between our check and our write.
 */
export async function lockOwningDocument(tx: Db, documentId: string, municipalityId: string): Promise<LockedDocument> {
  const rows = await tx.$queryRaw<LockedDocument[]>`
    SELECT "id", "kind"::text AS "kind", "year", "projectionYears", "status"::text AS "status", "origin"::text AS "origin"
    FROM "PcDocument"
    WHERE "id" = ${documentId} AND "municipalityId" = ${municipalityId}
    FOR SHARE`;
  const document = rows[0];
  if (!document) throw new NotFoundError();
  if (figureLocked(document)) {
    throw new ConflictError(document.origin === "RECONSTRUCTED" ? RECONSTRUCTED_LOCKED_MESSAGE : DOCUMENT_LOCKED_MESSAGE);
  }
  return document;
}

const INDICATOR_FIELDS = ["value", "explanation", "periodLabel"] as const;
const LINE_FIELDS = ["amount", "explanation"] as const;

interface OwnedRow {
  id: string;
  version: number;
  reviewStatus: ReviewStatus;
  values: Record<string, string | null>;
}

interface OwnedIndicatorRow extends OwnedRow {
  indicatorId: string;
  dimensionValue: string;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "ON_TARGET";
  /** What lib/indicator/value-rules.ts checks a typed value against. */
  rules: ValueRuleIndicator;
}

interface OwnedLineRow extends OwnedRow {
  budgetLineId: string;
  category: "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
}

interface RowScope {
  document: LockedDocument;
  programmeId: string;
  municipalityId: AuthorizedMunicipalityId;
}

const canonicalOrNull = (d: { toString(): string } | null) => (d === null ? null : normalizeDecimal(d.toString()));

/** The indicator figures the document owns for its own year in the programme: nothing else can be posted. */
async function readOwnedIndicatorRows(tx: Db, { document, programmeId, municipalityId }: RowScope): Promise<OwnedIndicatorRow[]> {
  const rows = await tx.indicatorFigure.findMany({
    where: {
      documentId: document.id,
      year: { in: entryIndicatorYears(document) },
      document: { municipalityId },
      indicator: { programmeId, municipalityId },
    },
    select: {
      id: true,
      version: true,
      reviewStatus: true,
      indicatorId: true,
      dimensionValue: true,
      value: true,
      explanation: true,
      periodLabel: true,
      indicator: { select: { direction: true, unit: true, decimals: true, minValue: true, maxValue: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    reviewStatus: r.reviewStatus,
    indicatorId: r.indicatorId,
    dimensionValue: r.dimensionValue,
    direction: r.indicator.direction,
    rules: {
      unit: r.indicator.unit,
      decimals: r.indicator.decimals,
      minValue: canonicalOrNull(r.indicator.minValue),
      maxValue: canonicalOrNull(r.indicator.maxValue),
    },
    values: { value: canonicalOrNull(r.value), explanation: r.explanation, periodLabel: r.periodLabel },
  }));
}

/** The budget figures the document owns for its own year in the programme. */
async function readOwnedLineRows(tx: Db, { document, programmeId, municipalityId }: RowScope): Promise<OwnedLineRow[]> {
  const rows = await tx.budgetFigure.findMany({
    where: {
      documentId: document.id,
      year: document.year,
      document: { municipalityId },
      budgetLine: { programmeId, municipalityId },
    },
    select: { id: true, version: true, reviewStatus: true, budgetLineId: true, amount: true, explanation: true, budgetLine: { select: { category: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    reviewStatus: r.reviewStatus,
    budgetLineId: r.budgetLineId,
    category: r.budgetLine.category,
    values: { amount: r.amount === null ? null : r.amount.toString(), explanation: r.explanation },
  }));
}

interface FigureWrite {
  id: string;
  documentId: string;
  expectedVersion: number;
  userId: string;
  explanation: string | null;
}

/** Writes the typed value; the figure goes back to CONCEPT. False when the version moved on. */
async function writeIndicatorFigure(tx: Db, input: FigureWrite & { value: string | null; periodLabel: string | null }): Promise<boolean> {
  const { count } = await tx.indicatorFigure.updateMany({
    where: { id: input.id, documentId: input.documentId, version: input.expectedVersion },
    data: { value: input.value, explanation: input.explanation, periodLabel: input.periodLabel, reviewStatus: "CONCEPT", version: { increment: 1 }, updatedById: input.userId },
  });
  return count === 1;
}

async function writeBudgetFigure(tx: Db, input: FigureWrite & { amount: string | null }): Promise<boolean> {
  const { count } = await tx.budgetFigure.updateMany({
    where: { id: input.id, documentId: input.documentId, version: input.expectedVersion },
    data: {
      amount: input.amount === null ? null : BigInt(input.amount),
      explanation: input.explanation,
      reviewStatus: "CONCEPT",
      version: { increment: 1 },
      updatedById: input.userId,
    },
  });
  return count === 1;
}

interface ReviewStep {
  id: string;
  documentId: string;
  expectedVersion: number;
  from: ReviewStatus;
  to: ReviewStatus;
  comment?: string | null;
}

/** A review step (indienen, goedkeuren, terugsturen). False when the version or status moved on. */
async function writeReviewStatus(tx: Db, kind: FigureKind, step: ReviewStep): Promise<boolean> {
  const where = { id: step.id, documentId: step.documentId, version: step.expectedVersion, reviewStatus: step.from };
  const data = {
    reviewStatus: step.to,
    version: { increment: 1 },
    ...(step.comment !== undefined ? { reviewComment: step.comment } : {}),
  };
  const { count } =
    kind === "indicatorValue" ? await tx.indicatorFigure.updateMany({ where, data }) : await tx.budgetFigure.updateMany({ where, data });
  return count === 1;
}
