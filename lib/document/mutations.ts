import "server-only";
import type { Db } from "@/lib/db";
import type { DocumentKind, DocumentOrigin, DocumentStatus } from "@/lib/generated/prisma/enums";

export interface SourceInput {
  key: string;
  municipalityId: string | null;
  title: string;
  publisher?: string | null;
  year?: number | null;
  url?: string | null;
  note?: string | null;
}

export async function upsertSource(db: Db, input: SourceInput) {
  const { key, ...data } = input;
  return db.source.upsert({ where: { key }, create: { key, ...data }, update: data });
}

export interface DocumentInput {
  municipalityId: string;
  kind: DocumentKind;
  year: number;
  /** 1, 2, ... for a bestuursrapportage; 0 (the default) otherwise. */
  sequence?: number;
  title: string;
  name?: string | null;
  /** A begroting's meerjarenraming: the years after `year` it projects. */
  projectionYears?: number;
  origin?: DocumentOrigin;
  status: DocumentStatus;
}

/** The one real document of (municipality, kind, year, sequence) — the key the migration's partial unique index guards. */
export function findRealDocument(db: Db, key: { municipalityId: string; kind: DocumentKind; year: number; sequence?: number }) {
  return db.pcDocument.findFirst({
    where: { ...key, sequence: key.sequence ?? 0, origin: { not: "RECONSTRUCTED" } },
    select: { id: true },
  });
}

export async function upsertDocument(db: Db, input: DocumentInput) {
  const { municipalityId, kind, year, sequence = 0, ...data } = input;
  const now = new Date();
  const dates = {
    adoptedAt: data.status === "CONCEPT" ? null : now,
    publishedAt: data.status === "GEPUBLICEERD" ? now : null,
  };
  const existing = await findRealDocument(db, { municipalityId, kind, year, sequence });
  if (existing) return db.pcDocument.update({ where: { id: existing.id }, data: { ...data, ...dates } });
  return db.pcDocument.create({ data: { municipalityId, kind, year, sequence, ...data, ...dates } });
}

const KIND_TITLES: Record<DocumentKind, string> = {
  BEGROTING: "Begroting",
  BESTUURSRAPPORTAGE: "Bestuursrapportage",
  JAARSTUKKEN: "Jaarstukken",
};

/**
 * The reconstructed document of a stage a document printed figures of
 * (decision 009 §5): one per printing document, kind and year, so its figures
 * are public exactly when the printing document is, and the real document of
 * that stage (if any) keeps its own structure.
 */
export async function ensureReconstruction(
  db: Db,
  input: { printing: { id: string; municipalityId: string; title: string }; kind: DocumentKind; year: number },
) {
  const { printing, kind, year } = input;
  const existing = await db.pcDocument.findFirst({
    where: { reconstructedFromId: printing.id, kind, year, origin: "RECONSTRUCTED" },
    select: { id: true },
  });
  if (existing) return existing;
  return db.pcDocument.create({
    data: {
      municipalityId: printing.municipalityId,
      kind,
      year,
      sequence: kind === "BESTUURSRAPPORTAGE" ? 1 : 0,
      title: `${KIND_TITLES[kind]} ${year} (zoals gedrukt in ${printing.title})`,
      origin: "RECONSTRUCTED",
      reconstructedFromId: printing.id,
      status: "CONCEPT",
    },
    select: { id: true },
  });
}

/**
 * Removes everything a document reports, and the reconstructions of what it
 * printed for other stages (not the programmes, goals, indicators and budget
 * lines, which outlive a year), so an import can write it anew.
 */
export async function clearDocumentContent(db: Db, documentId: string) {
  const where = { documentId };
  await db.pcDocument.deleteMany({ where: { reconstructedFromId: documentId, origin: "RECONSTRUCTED" } });
  await db.budgetAmendment.deleteMany({ where: { documentId, unspecified: true } });
  await db.printedFigure.deleteMany({ where });
  await db.budgetFigure.deleteMany({ where });
  await db.indicatorFigure.deleteMany({ where });
  await db.activity.deleteMany({ where });
  await db.documentSection.deleteMany({ where });
  await db.goalReport.deleteMany({ where });
  await db.programmeReport.deleteMany({ where });
}

// ---------------------------------------------------------------- locks and status
// (Imports kept with the code that needs them: appended while others edit the
// top of the file. Imports are hoisted, so this is equivalent.)
import { db as database } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { appendAudit } from "@/lib/audit/mutations";
import type { FieldErrors } from "@/lib/auth/result";
import { changesPublicVisibility, statusChangeRefusal, statusRefusalMessage } from "./status";


export interface DocumentStatusChange {
  documentId: string;
  expectedVersion: number;
  status: DocumentStatus;
  reason: string | null;
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

export type DocumentStatusOutcome =
  | { outcome: "changed"; status: DocumentStatus; version: number; publicChanged: boolean; slug: string }
  | { outcome: "refused"; message: string; fieldErrors: FieldErrors };

/**
 * Vaststellen, publiceren, or a step back (lib/document/status.ts has the
 * rules). Locks the document row for the transaction, checks the version the
 * beheerder saw, counts open figures, and writes the change with its audit entry.
 */
export async function setDocumentStatus(change: DocumentStatusChange): Promise<DocumentStatusOutcome> {
  const { documentId, municipalityId } = change;
  return database().$transaction(async (tx): Promise<DocumentStatusOutcome> => {
    const rows = await tx.$queryRaw<{ status: DocumentStatus; version: number; slug: string }[]>`
      SELECT d."status"::text AS "status", d."version", m."slug"
      FROM "PcDocument" d JOIN "Municipality" m ON m."id" = d."municipalityId"
      WHERE d."id" = ${documentId} AND d."municipalityId" = ${municipalityId}
        AND d."origin" <> 'RECONSTRUCTED'
      FOR UPDATE OF d`;
    const current = rows[0];
    if (!current) throw new NotFoundError();
    if (current.version !== change.expectedVersion) {
      throw new ConflictError("De status van dit document is intussen gewijzigd. Vernieuw de pagina en kies opnieuw.");
    }
    const notApproved = { documentId, reviewStatus: { not: "GOEDGEKEURD" as const } };
    // Exactly the figures this document owns (decision 009 §6).
    const openFigures =
      (await tx.indicatorFigure.count({ where: notApproved })) + (await tx.budgetFigure.count({ where: notApproved }));
    // Texts in review (submitted, returned) or carried over and never revised (decision 011). Each can
    // always be settled — approved, changed, or saved once — so the rule cannot lock a document out.
    const openText = { documentId, OR: [{ reviewStatus: { in: ["INGEDIEND" as const, "TERUGGESTUURD" as const] } }, { reviewStatus: "CONCEPT" as const, carriedFromId: { not: null } }] };
    const openTexts =
      (await tx.programmeReport.count({ where: openText })) + (await tx.goalReport.count({ where: openText })) + (await tx.activity.count({ where: openText }));
    const check = { from: current.status, to: change.status, reason: change.reason, openFigures, openTexts };
    const refusal = statusChangeRefusal(check);
    if (refusal) {
      const message = statusRefusalMessage(refusal, check);
      const fieldErrors: FieldErrors = refusal === "REASON_REQUIRED" ? { reason: [message] } : {};
      return { outcome: "refused", message, fieldErrors };
    }
    const now = new Date();
    await tx.pcDocument.update({
      where: { id: documentId },
      data: {
        status: change.status,
        version: { increment: 1 },
        adoptedAt: change.status === "CONCEPT" ? null : change.status === "VASTGESTELD" && current.status === "CONCEPT" ? now : undefined,
        publishedAt: change.status === "GEPUBLICEERD" ? now : null,
      },
    });
    await appendAudit(tx, {
      userId: change.userId,
      municipalityId,
      entityType: "PcDocument",
      entityId: documentId,
      action: "setStatus",
      field: "status",
      oldValue: current.status,
      newValue: change.status,
      reason: change.reason,
    });
    return {
      outcome: "changed",
      status: change.status,
      version: current.version + 1,
      publicChanged: changesPublicVisibility(current.status, change.status),
      slug: current.slug,
    };
  });
}

// ---------------------------------------------------------------- a new document from a starting point (issue 10)
import { ownedYears, stageOf } from "@/lib/cycle/stage";
import { nextReportSequence, readCopySource } from "./data";
import { planCopy, summarizePlan, type CopyPlan, type CopySummary } from "./plan-copy";
import type { CreateDocumentInput } from "./schema";

export interface NewDocumentPreview {
  title: string;
  kind: DocumentKind;
  year: number;
  sequence: number;
  projectionYears: number;
  /** Null for an empty document. */
  source: { id: string; title: string } | null;
  summary: CopySummary;
  programmeNames: Record<string, string>;
}

type Prepared = { outcome: "ok"; preview: NewDocumentPreview; plan: CopyPlan } | { outcome: "refused"; message: string; fieldErrors: FieldErrors };

const EXISTS_KIND: Record<DocumentKind, string> = { BEGROTING: "Er is al een begroting", BESTUURSRAPPORTAGE: "Er is al een bestuursrapportage", JAARSTUKKEN: "Er zijn al jaarstukken" };

function defaultTitle(kind: DocumentKind, year: number, sequence: number): string {
  return kind === "BESTUURSRAPPORTAGE" ? `${sequence}e bestuursrapportage ${year}` : `${KIND_TITLES[kind]} ${year}`;
}

const refused = (message: string, field?: string): Prepared => ({ outcome: "refused", message, fieldErrors: field ? { [field]: [message] } : {} });

/**
 * Reads the starting point and plans the new document: the preview shows the
 * result and the create writes exactly that plan, in its own transaction.
 */
async function prepareNewDocument(client: Db, input: CreateDocumentInput, municipalityId: string): Promise<Prepared> {
  const { kind, year } = input;
  const projectionYears = kind === "BEGROTING" ? input.projectionYears : 0;
  const sequence = kind === "BESTUURSRAPPORTAGE" ? await nextReportSequence(client, municipalityId, year) : 0;
  const title = input.name ?? defaultTitle(kind, year, sequence);
  if (kind !== "BESTUURSRAPPORTAGE" && (await findRealDocument(client, { municipalityId, kind, year }))) {
    return refused(`${EXISTS_KIND[kind]} ${year} voor deze gemeente. Kies een ander jaar.`, "year");
  }
  if (kind === "BESTUURSRAPPORTAGE") {
    // A second click on "aanmaken" must not make a second bestuursrapportage with the same name.
    const sameName = await client.pcDocument.findFirst({
      where: { municipalityId, kind, year, origin: { not: "RECONSTRUCTED" }, OR: [{ title }, { name: title }] },
      select: { id: true },
    });
    if (sameName) return refused(`Er is al een bestuursrapportage "${title}" in ${year}. Kies een andere naam.`, "name");
  }
  const read = input.sourceId ? await readCopySource(client, municipalityId, input.sourceId) : null;
  if (input.sourceId && !read) return refused("Dit startpunt bestaat niet (meer) bij deze gemeente. Kies een ander startpunt.", "sourceId");
  const target = { kind, year, projectionYears };
  const planned = planCopy(read?.source ?? null, target);
  if (!planned.ok) return refused(planned.message, "sourceId");
  // The plan only gives owned years; checked here too so a refusal is Dutch, not the DB trigger's error.
  const stray = [...planned.plan.budgetFigures, ...planned.plan.indicatorFigures].find((f) => stageOf(target, f.year) === null);
  if (stray) return refused(`Het jaar ${stray.year} hoort niet bij dit document (${ownedYears(target).join(", ")}).`, "sourceId");
  const programmeNames = Object.fromEntries([...(read?.programmes ?? [])].map(([id, p]) => [id, `${p.number} ${p.name}`]));
  return {
    outcome: "ok",
    plan: planned.plan,
    preview: {
      title,
      kind,
      year,
      sequence,
      projectionYears,
      source: read ? { id: read.source.document.id, title: read.title } : null,
      summary: summarizePlan(planned.plan, year),
      programmeNames,
    },
  };
}

export type PreviewOutcome = { outcome: "preview"; preview: NewDocumentPreview } | { outcome: "refused"; message: string; fieldErrors: FieldErrors };

/** What "Document aanmaken" would write, without writing anything. */
export async function previewNewDocument(input: CreateDocumentInput, municipalityId: AuthorizedMunicipalityId): Promise<PreviewOutcome> {
  const prepared = await prepareNewDocument(database(), input, municipalityId);
  return prepared.outcome === "ok" ? { outcome: "preview", preview: prepared.preview } : prepared;
}

export type CreateDocumentOutcome =
  | { outcome: "created"; id: string; preview: NewDocumentPreview }
  | { outcome: "refused"; message: string; fieldErrors: FieldErrors };

/**
 * Creates the document (origin ENTERED, CONCEPT) with its reports and figure
 * rows and one audit entry, in one transaction. The municipality row is
 * locked first, so two creates of one municipality run one after the other:
 * the second sees the first's document (and a bestuursrapportage its number).
 */
export async function createDocumentFromStart(
  input: CreateDocumentInput,
  ctx: { userId: string; municipalityId: AuthorizedMunicipalityId },
): Promise<CreateDocumentOutcome> {
  const { municipalityId, userId } = ctx;
  return database().$transaction(async (tx): Promise<CreateDocumentOutcome> => {
    await tx.$queryRaw`SELECT 1 FROM "Municipality" WHERE "id" = ${municipalityId} FOR UPDATE`;
    const prepared = await prepareNewDocument(tx, input, municipalityId);
    if (prepared.outcome !== "ok") return prepared;
    const { plan, preview } = prepared;
    const document = await tx.pcDocument.create({
      data: {
        municipalityId,
        kind: preview.kind,
        year: preview.year,
        sequence: preview.sequence,
        title: preview.title,
        name: input.name,
        projectionYears: preview.projectionYears,
        origin: "ENTERED",
        status: "CONCEPT",
      },
      select: { id: true },
    });
    const documentId = document.id;
    await tx.programmeReport.createMany({ data: plan.programmeReports.map((r) => ({ documentId, ...r })) });
    await tx.goalReport.createMany({ data: plan.goalReports.map(({ programmeId: _, ...r }) => ({ documentId, ...r })) });
    // Copied texts and activities start as concept drafts, "nog niet herzien" while carriedFromId is set (decision 011).
    await tx.activity.createMany({ data: plan.activities.map((a) => ({ documentId, ...a })) });
    await tx.indicatorFigure.createMany({
      data: plan.indicatorFigures.map(({ programmeId: _, ...f }) => ({ documentId, ...f, updatedById: userId })),
    });
    await tx.budgetFigure.createMany({ data: plan.budgetFigures.map(({ programmeId: _, category: __, ...f }) => ({ documentId, ...f, updatedById: userId })) });
    const { totals } = preview.summary;
    await appendAudit(tx, {
      userId,
      municipalityId,
      entityType: "PcDocument",
      entityId: documentId,
      action: "create",
      newValue: {
        title: preview.title,
        kind: preview.kind,
        year: preview.year,
        sequence: preview.sequence,
        source: preview.source,
        programmes: totals.programmes,
        goals: totals.goals,
        indicators: totals.indicators,
        budgetLines: totals.budgetLines,
        carriedFigures: totals.carriedFigures,
        emptySlots: totals.emptySlots,
        activities: totals.activities,
        textsCopied: totals.textsCopied,
      },
    });
    return { outcome: "created", id: documentId, preview };
  });
}
