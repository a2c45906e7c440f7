import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { ConflictError, NotFoundError, SelfReviewError } from "@/lib/auth/errors";
import { appendAudit } from "@/lib/audit/mutations";
import { TEXT_KIND_NAMES, type TextKind } from "@/lib/figure-kinds";
import { lockOwningDocument } from "@/lib/review/mutations";
import { mayApproveFigure } from "@/lib/review/four-eyes";
import { nextReviewStatus, type ReviewStatus } from "@/lib/review/workflow";
import { readTextApprovalFacts, readTextRow, type TextRowRead } from "./data";
import { TEXT_FIELDS, editableFields, type TextField, type TextSubject } from "./questions";
import { planTextSave, TEXT_MESSAGES } from "./rules";
import type { SaveTextsInput } from "./schema";

// Writes of the texts (decision 011): one transaction per save or decision,
// an audit entry per changed field, the version the user saw checked by the
// conditional update itself, and the owning document share-locked and checked
// open (lib/review lockOwningDocument), as for figures.

export interface TextWriteContext {
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

const SUBJECT: Record<TextKind, TextSubject> = { programmeText: "programme", goalText: "goal", activityText: "activity" };

export type SaveTextsOutcome =
  | { outcome: "saved"; changed: number; reviewStatus: ReviewStatus; submitted: boolean }
  | { outcome: "refused"; message: string };

interface RowWrite {
  data: Partial<Record<TextField, string | null>> & {
    carriedFromId?: null;
    reviewStatus?: ReviewStatus;
    reviewComment?: string | null;
    updatedById?: string;
  };
}

/** The conditional update on the version the transaction read: 0 rows means someone else was first. */
async function writeRow(tx: Db, kind: TextKind, id: string, version: number, { data }: RowWrite): Promise<boolean> {
  const where = { id, version };
  const update = { ...data, version: { increment: 1 } };
  const { count } =
    kind === "programmeText"
      ? await tx.programmeReport.updateMany({ where, data: update })
      : kind === "goalText"
        ? await tx.goalReport.updateMany({ where, data: update })
        : await tx.activity.updateMany({ where, data: update });
  return count === 1;
}

async function readOpenRow(tx: Db, kind: TextKind, id: string, municipalityId: AuthorizedMunicipalityId): Promise<TextRowRead> {
  const row = await readTextRow(tx, municipalityId, kind, id);
  if (!row) throw new NotFoundError();
  await lockOwningDocument(tx, row.documentId, municipalityId);
  return row;
}

function postedTexts(input: SaveTextsInput): Partial<Record<TextField, string | null>> {
  const posted: Partial<Record<TextField, string | null>> = {};
  for (const field of TEXT_FIELDS) if (input[field] !== undefined) posted[field] = input[field];
  return posted;
}

/**
 * Opslaan (and with intent "submit" indienen) of one subject's texts. Only
 * the columns the document kind asks for are written; saving clears the
 * "nog niet herzien" marker.
 */
export async function saveTexts(input: SaveTextsInput, ctx: TextWriteContext): Promise<SaveTextsOutcome> {
  const { municipalityId, userId } = ctx;
  return db().$transaction(async (tx): Promise<SaveTextsOutcome> => {
    const row = await readOpenRow(tx, input.kind, input.id, municipalityId);
    const plan = planTextSave(row, {
      expectedVersion: input.version,
      editable: editableFields(row.documentKind, SUBJECT[input.kind], { hasGoals: row.hasGoals }),
      posted: postedTexts(input),
      submit: input.intent === "submit",
    });
    if (plan.outcome === "refused") {
      if (plan.conflict) throw new ConflictError(plan.message);
      return { outcome: "refused", message: plan.message };
    }
    if (plan.changes.length === 0 && plan.reviewStatus === null) {
      return { outcome: "saved", changed: 0, reviewStatus: row.reviewStatus, submitted: false };
    }
    const data: RowWrite["data"] = { ...plan.data };
    if (plan.changes.length > 0) data.updatedById = userId;
    if (plan.clearCarried) data.carriedFromId = null;
    if (plan.reviewStatus) data.reviewStatus = plan.reviewStatus;
    if (!(await writeRow(tx, input.kind, row.id, row.version, { data }))) throw new ConflictError(TEXT_MESSAGES.stale);

    const entityType = TEXT_KIND_NAMES[input.kind].entityType;
    for (const change of plan.changes) {
      await appendAudit(tx, { userId, municipalityId, entityType, entityId: row.id, action: "update", ...change });
    }
    if (plan.submitted) {
      await appendAudit(tx, {
        userId,
        municipalityId,
        entityType,
        entityId: row.id,
        action: "submit",
        field: "reviewStatus",
        oldValue: plan.changes.some((c) => c.field !== "carriedFromId") ? "CONCEPT" : row.reviewStatus,
        newValue: "INGEDIEND",
      });
    }
    const changed = plan.changes.filter((c) => c.field !== "carriedFromId").length;
    return { outcome: "saved", changed, reviewStatus: plan.reviewStatus ?? row.reviewStatus, submitted: plan.submitted };
  });
}

export interface TextDecision {
  kind: TextKind;
  id: string;
  expectedVersion: number;
  decision: "approve" | "return";
  comment: string | null;
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

/** Goedkeuren or terugsturen (controller): exactly the version looked at, never one's own texts (four eyes). */
export async function decideTexts(input: TextDecision): Promise<{ reviewStatus: ReviewStatus; version: number }> {
  const { kind, id, municipalityId, userId } = input;
  return db().$transaction(async (tx) => {
    const row = await readOpenRow(tx, kind, id, municipalityId);
    if (row.version !== input.expectedVersion) throw new ConflictError(TEXT_MESSAGES.decidedStale);
    const next = nextReviewStatus(row.reviewStatus, input.decision);
    if (!next) throw new ConflictError(TEXT_MESSAGES.notSubmitted);
    if (input.decision === "approve") {
      const facts = (await readTextApprovalFacts(tx, municipalityId, kind, [id])).get(id);
      if (!facts || !mayApproveFigure(userId, facts)) throw new SelfReviewError(TEXT_MESSAGES.selfReview);
    }
    const written = await writeRow(tx, kind, id, row.version, { data: { reviewStatus: next, reviewComment: input.comment } });
    if (!written) throw new ConflictError(TEXT_MESSAGES.decidedStale);
    await appendAudit(tx, {
      userId,
      municipalityId,
      entityType: TEXT_KIND_NAMES[kind].entityType,
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
