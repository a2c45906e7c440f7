import "server-only";
import { db, inOrder, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import { NotFoundError } from "@/lib/auth/errors";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { EMPTY_INDICATOR_FIGURE } from "@/lib/indicator/mutations";
import { bbvIndicators } from "@/lib/indicator/reference/bbv";
import { bbvChangeRefusal, storedUnitLabel, unitChangeRefusal } from "../indicator-rules";
import type { AddBbvIndicatorsInput, AddIndicatorInput, EditIndicatorInput, IndicatorFieldsInput, MoveIndicatorInput, RemoveIndicatorInput } from "../indicator-schema";
import { planRemoval, type Removal } from "../subject-removal";
import { applyRemoval, assertProgrammeInDocument, goalOfProgramme, lockConceptDocument, moveInList, references, type LockedDocument } from "../subject/mutations";

// Writes of the indicator editor (issue 10, decision 011): each in one
// transaction that locks the concept document, with an audit entry per change.

export const ENTITY_TYPE = "Indicator";

export interface WriteContext {
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

export type Refused = { outcome: "refused"; message: string; fieldErrors: FieldErrors };

export const refused = (fieldErrors: FieldErrors): Refused => {
  const count = Object.keys(fieldErrors).length;
  return { outcome: "refused", message: count === 1 ? "Er is 1 fout in het formulier. Er is niets opgeslagen." : `Er zijn ${count} fouten in het formulier. Er is niets opgeslagen.`, fieldErrors };
};

const GOAL_REFUSAL: FieldErrors = { goalId: ["Kies een doelstelling van dit programma"] };

/** The columns an indicator's fields are stored in. */
function columns(input: IndicatorFieldsInput, goalId: string | null) {
  return {
    name: input.name,
    definition: input.definition === "" ? null : input.definition,
    unit: input.unit,
    unitLabel: storedUnitLabel(input.unit, input.unitLabel),
    decimals: input.decimals,
    minValue: input.minValue,
    maxValue: input.maxValue,
    direction: input.direction,
    sourceName: input.sourceName === "" ? null : input.sourceName,
    frequency: input.frequency,
    bbvMandatory: input.bbvMandatory,
    dimensionName: input.dimensionName === "" ? null : input.dimensionName,
    goalId,
  };
}

type Columns = ReturnType<typeof columns>;

/** The next position at the end of the programme's list. */
async function nextSortOrder(tx: Db, programmeId: string): Promise<number> {
  const last = await tx.indicator.aggregate({ where: { programmeId }, _max: { sortOrder: true } });
  return (last._max.sortOrder ?? 0) + 1;
}

/** An empty figure row per year the document owns: the data entry fills them in. */
async function createEmptyRows(tx: Db, indicatorId: string, document: LockedDocument, userId: string) {
  await tx.indicatorFigure.createMany({
    data: document.years.map((year) => ({ ...EMPTY_INDICATOR_FIGURE, indicatorId, documentId: document.id, year, updatedById: userId })),
    skipDuplicates: true,
  });
}

async function createOne(tx: Db, data: Columns & { programmeId: string; importKey?: string | null }, document: LockedDocument, ctx: WriteContext, sortOrder: number) {
  const created = await tx.indicator.create({ data: { ...data, municipalityId: ctx.municipalityId, sortOrder }, select: { id: true } });
  await createEmptyRows(tx, created.id, document, ctx.userId);
  await appendAudit(tx, {
    userId: ctx.userId,
    municipalityId: ctx.municipalityId,
    entityType: ENTITY_TYPE,
    entityId: created.id,
    action: "create",
    newValue: { ...data, minValue: data.minValue, maxValue: data.maxValue, documentId: document.id, years: document.years },
  });
  return created.id;
}

export async function addIndicator(input: AddIndicatorInput, ctx: WriteContext): Promise<{ outcome: "added"; id: string } | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    await assertProgrammeInDocument(tx, document.id, input.programmeId, ctx.municipalityId);
    const goalId = await goalOfProgramme(tx, input.goalId, input.programmeId);
    if (goalId === false) return refused(GOAL_REFUSAL);
    const id = await createOne(tx, { ...columns(input, goalId), programmeId: input.programmeId }, document, ctx, await nextSortOrder(tx, input.programmeId));
    return { outcome: "added" as const, id };
  });
}

/** The indicator, when this document reports on it. */
async function indicatorInDocument(tx: Db, indicatorId: string, documentId: string, municipalityId: string) {
  const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, municipalityId, figures: { some: { documentId } } } });
  if (!indicator || !indicator.programmeId) throw new NotFoundError();
  return { ...indicator, programmeId: indicator.programmeId };
}

const auditText = (value: unknown) => (value == null ? null : String(value));

export async function editIndicator(input: EditIndicatorInput, ctx: WriteContext): Promise<{ outcome: "saved"; changed: number; name: string } | Refused> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const current = await indicatorInDocument(tx, input.indicatorId, document.id, ctx.municipalityId);
    const goalId = await goalOfProgramme(tx, input.goalId, current.programmeId);
    if (goalId === false) return refused(GOAL_REFUSAL);
    const next = columns(input, goalId);
    const official = bbvChangeRefusal(current, next);
    if (Object.keys(official).length > 0) {
      return refused(Object.fromEntries(Object.entries(official).map(([field, message]) => [field, [message]])));
    }
    const adoptedValues = await tx.indicatorFigure.count({ where: { indicatorId: current.id, value: { not: null }, document: { status: { not: "CONCEPT" } } } });
    const unitRefusal = unitChangeRefusal(current, next, adoptedValues);
    if (unitRefusal) return refused({ unit: [unitRefusal] });
    // A BBV indicator stays flagged: the set is mandatory, not the municipality's choice.
    if (current.importKey?.startsWith("bbv:")) next.bbvMandatory = true;
    let changed = 0;
    for (const field of Object.keys(next) as (keyof Columns)[]) {
      const oldValue = auditText(current[field]);
      const newValue = auditText(next[field]);
      if (oldValue === newValue) continue;
      changed++;
      await appendAudit(tx, { userId: ctx.userId, municipalityId: ctx.municipalityId, entityType: ENTITY_TYPE, entityId: current.id, action: "update", field, oldValue, newValue });
    }
    if (changed > 0) await tx.indicator.update({ where: { id: current.id }, data: next });
    return { outcome: "saved" as const, changed, name: next.name };
  });
}

/** The document's indicators of a programme in their order: what "omhoog" and "omlaag" move within. */
async function orderedInDocument(tx: Db, documentId: string, programmeId: string) {
  return tx.indicator.findMany({
    where: { programmeId, figures: { some: { documentId } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, sortOrder: true, name: true },
  });
}

export async function moveIndicator(input: MoveIndicatorInput, ctx: WriteContext): Promise<{ outcome: "moved" | "unchanged"; name: string | null }> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const current = await indicatorInDocument(tx, input.indicatorId, document.id, ctx.municipalityId);
    const list = await orderedInDocument(tx, document.id, current.programmeId);
    const audit = { userId: ctx.userId, municipalityId: ctx.municipalityId, entityType: ENTITY_TYPE, entityId: current.id };
    const moved = await moveInList(tx, list, current.id, input.direction, audit, (id, sortOrder) => tx.indicator.update({ where: { id }, data: { sortOrder } }));
    return { outcome: moved ? ("moved" as const) : ("unchanged" as const), name: current.name };
  });
}

export async function removeIndicator(input: RemoveIndicatorInput, ctx: WriteContext): Promise<{ outcome: "removed"; removal: Removal; name: string; year: number }> {
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    const current = await indicatorInDocument(tx, input.indicatorId, document.id, ctx.municipalityId);
    const [figures, targets] = await inOrder([
      tx.indicatorFigure.findMany({ where: { indicatorId: current.id }, select: { document: { select: { id: true, year: true, status: true } } } }),
      tx.targetAmendment.findMany({ where: { indicatorId: current.id }, select: { amendment: { select: { year: true } } } }),
    ]);
    const removal = planRemoval(document.year, references(figures, targets.map((t) => t.amendment.year), document.id));
    await applyRemoval(
      tx,
      removal,
      { userId: ctx.userId, municipalityId: ctx.municipalityId, entityType: ENTITY_TYPE, entityId: current.id, documentId: document.id, deleted: { name: current.name }, retiredFromYear: current.retiredFromYear },
      {
        deleteSubject: () => tx.indicator.delete({ where: { id: current.id } }),
        deleteDocumentRows: () => tx.indicatorFigure.deleteMany({ where: { indicatorId: current.id, documentId: document.id } }),
        retire: (fromYear) => tx.indicator.update({ where: { id: current.id }, data: { retiredFromYear: fromYear } }),
      },
    );
    return { outcome: "removed" as const, removal, name: current.name ?? "De indicator", year: document.year };
  });
}

export interface BbvOutcome {
  outcome: "added";
  added: string[];
  /** Already in the municipality (same importKey): not added again. */
  skipped: string[];
}

/** The chosen BBV beleidsindicatoren, in the set's order, in one transaction; none twice in a municipality. */
export async function addBbvIndicators(input: AddBbvIndicatorsInput, ctx: WriteContext): Promise<BbvOutcome | Refused> {
  const chosen = new Set(input.keys);
  const set = bbvIndicators().filter((i) => chosen.has(i.importKey));
  if (set.length !== chosen.size) return refused({ keys: ["Een gekozen beleidsindicator staat niet in de BBV-lijst. Laad de pagina opnieuw."] });
  return db().$transaction(async (tx) => {
    const document = await lockConceptDocument(tx, input.documentId, ctx.municipalityId);
    await assertProgrammeInDocument(tx, document.id, input.programmeId, ctx.municipalityId);
    const goalId = await goalOfProgramme(tx, input.goalId, input.programmeId);
    if (goalId === false) return refused(GOAL_REFUSAL);
    // The municipality row is locked too: two people adding the set at once would otherwise both pass the check.
    await tx.$queryRaw`SELECT 1 FROM "Municipality" WHERE "id" = ${ctx.municipalityId} FOR UPDATE`;
    const existing = new Set(
      (await tx.indicator.findMany({ where: { municipalityId: ctx.municipalityId, importKey: { in: set.map((i) => i.importKey) } }, select: { importKey: true } })).map((i) => i.importKey),
    );
    let sortOrder = await nextSortOrder(tx, input.programmeId);
    const added: string[] = [];
    const skipped: string[] = [];
    for (const bbv of set) {
      if (existing.has(bbv.importKey)) {
        skipped.push(bbv.name);
        continue;
      }
      const data = {
        programmeId: input.programmeId,
        importKey: bbv.importKey,
        name: bbv.name,
        definition: null,
        unit: bbv.unit,
        unitLabel: bbv.unitLabel,
        // BBV figures are published with at most one decimal by waarstaatjegemeente.nl.
        decimals: 1,
        minValue: null,
        maxValue: null,
        direction: "HIGHER_IS_BETTER" as const,
        sourceName: bbv.sourceName,
        frequency: "YEARLY" as const,
        bbvMandatory: true,
        dimensionName: null,
        goalId,
        groupLabel: "BBV-beleidsindicatoren",
      };
      await createOne(tx, data, document, ctx, sortOrder++);
      added.push(bbv.name);
    }
    return { outcome: "added" as const, added, skipped };
  });
}
