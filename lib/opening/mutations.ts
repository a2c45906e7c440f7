import "server-only";
import { db, type Db } from "@/lib/db";
import type { AuthorizedMunicipalityId } from "@/lib/auth/scope";
import type { FieldErrors } from "@/lib/auth/result";
import { appendAudit } from "@/lib/audit/mutations";
import { ensureReconstruction } from "@/lib/document/mutations";
import { checkIndicatorValue } from "@/lib/indicator/value-rules";
import { findOpeningDocument, readOpeningFacts, readOpeningRows, type OpeningDocument } from "./data";
import { OPENING_COLUMN_LABELS, openingColumnRefusal, openingColumns, openingTarget, planOpening, type OpeningCell, type OpeningColumn } from "./rules";
import type { SaveOpeningInput } from "./schema";

// Writes of the beginstand: read, decide (lib/opening/rules.ts), then write
// every changed cell in one transaction with an audit entry each — or nothing.

export interface WriteContext {
  userId: string;
  municipalityId: AuthorizedMunicipalityId;
}

export type SaveOpeningOutcome = { outcome: "saved"; changed: number } | { outcome: "refused"; message: string; fieldErrors: FieldErrors };

const STALE = "Iemand anders heeft dit cijfer intussen opgeslagen. Laad de pagina opnieuw; er is niets overschreven.";

type Write = { cell: OpeningCell; column: OpeningColumn; subject: { kind: "line"; id: string } | { kind: "indicator"; id: string; dimensionValue: string } };

function refused(message: string, fieldErrors: FieldErrors = {}): SaveOpeningOutcome {
  return { outcome: "refused", message, fieldErrors };
}

/** Turns the posted rows into cells (with field errors for what the rules refuse). */
function cellsOf(input: SaveOpeningInput, rows: Awaited<ReturnType<typeof readOpeningRows>>, columns: OpeningColumn[], year: number) {
  const errors: FieldErrors = {};
  const writes: Write[] = [];
  const add = (name: string, message: string) => (errors[name] = [...(errors[name] ?? []), message]);
  input.lines.forEach((posted, i) => {
    const line = rows.lines.find((l) => l.id === posted.budgetLineId);
    if (!line) return add(`lines.${i}.budgetLineId`, "Deze begrotingspost hoort niet bij dit programma in dit document.");
    const pairs: [OpeningColumn, bigint | null | undefined, number | null, string][] = [
      ["PRIMITIEF", posted.primitief, posted.primitiefVersion, `lines.${i}.primitief`],
      ["VORIG_JAAR", posted.previousActual, posted.previousActualVersion, `lines.${i}.previousActual`],
    ];
    for (const [column, value, seen, name] of pairs) {
      if (value === undefined) continue;
      const stored = line.stored[column];
      const typed = value === null ? null : value.toString();
      const refusal = openingColumnRefusal(column, columns, year);
      if (refusal && typed !== (stored?.value ?? null)) add(name, refusal);
      writes.push({ column, subject: { kind: "line", id: line.id }, cell: { key: name, stored: stored?.value ?? null, storedVersion: stored?.version ?? null, typed, seenVersion: seen } });
    }
  });
  input.indicators.forEach((posted, i) => {
    const name = `indicators.${i}.target`;
    const indicator = rows.indicators.find((r) => r.indicatorId === posted.indicatorId && r.dimensionValue === posted.dimensionValue);
    if (!indicator) return add(`indicators.${i}.indicatorId`, "Deze indicator hoort niet bij dit programma in dit document.");
    if (posted.target === undefined) return;
    const typed = posted.target;
    const refusal = openingColumnRefusal("PRIMITIEF", columns, year);
    if (refusal && typed !== (indicator.stored?.value ?? null)) add(name, refusal);
    const problem = checkIndicatorValue(typed, indicator);
    if (problem?.severity === "error") add(name, problem.message);
    writes.push({
      column: "PRIMITIEF",
      subject: { kind: "indicator", id: indicator.indicatorId, dimensionValue: indicator.dimensionValue },
      cell: { key: name, stored: indicator.stored?.value ?? null, storedVersion: indicator.stored?.version ?? null, typed, seenVersion: posted.targetVersion },
    });
  });
  return { errors, writes };
}

async function writeCell(tx: Db, document: OpeningDocument, write: Write, ctx: WriteContext) {
  const target = openingTarget(write.column, document.year);
  const reconstruction = await ensureReconstruction(tx, { printing: document, kind: target.kind, year: target.year });
  // A beginstand copies what an adopted document printed: it is reviewed as that document was, and
  // public exactly when the document printing it is (lib/auth/visibility.ts).
  const common = { reviewStatus: "GOEDGEKEURD" as const, updatedById: ctx.userId };
  const { cell, subject } = write;
  const saved =
    subject.kind === "line"
      ? await tx.budgetFigure.upsert({
          where: { budgetLineId_year_documentId: { budgetLineId: subject.id, year: target.year, documentId: reconstruction.id } },
          create: { budgetLineId: subject.id, year: target.year, documentId: reconstruction.id, amount: cell.typed === null ? null : BigInt(cell.typed), ...common },
          update: { amount: cell.typed === null ? null : BigInt(cell.typed), ...common, version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.indicatorFigure.upsert({
          where: { indicatorId_dimensionValue_year_documentId: { indicatorId: subject.id, dimensionValue: subject.dimensionValue, year: target.year, documentId: reconstruction.id } },
          create: { indicatorId: subject.id, dimensionValue: subject.dimensionValue, year: target.year, documentId: reconstruction.id, value: cell.typed, ...common },
          update: { value: cell.typed, ...common, version: { increment: 1 } },
          select: { id: true },
        });
  await appendAudit(tx, {
    userId: ctx.userId,
    municipalityId: ctx.municipalityId,
    entityType: subject.kind === "line" ? "BudgetFigure" : "IndicatorFigure",
    entityId: saved.id,
    action: "update",
    field: subject.kind === "line" ? "amount" : "value",
    oldValue: cell.stored,
    newValue: cell.typed,
    reason: `Beginstand in ${document.title}: ${OPENING_COLUMN_LABELS[write.column].toLowerCase()}`,
  });
}

export async function saveOpening(input: SaveOpeningInput, ctx: WriteContext): Promise<SaveOpeningOutcome> {
  return db().$transaction(async (tx) => {
    const document = await findOpeningDocument(tx, ctx.municipalityId, input.documentId);
    if (!document) return refused("Dit document bestaat niet (meer).");
    if (document.status !== "CONCEPT") return refused(`${document.title} is niet meer in concept: de beginstand kan niet meer worden gewijzigd.`);
    const columns = openingColumns(document, await readOpeningFacts(tx, ctx.municipalityId, document.year));
    if (columns.length === 0) return refused(`${document.title} heeft geen beginstand nodig: de cijfers komen uit de documenten in de monitor.`);
    const rows = await readOpeningRows(tx, document, input.programmeId);
    const { errors, writes } = cellsOf(input, rows, columns, document.year);
    if (Object.keys(errors).length > 0) return refused("Er is niets opgeslagen: verbeter de gemarkeerde velden.", errors);
    const plan = planOpening(writes.map((w) => w.cell));
    if (!plan.ok) return refused(STALE, Object.fromEntries(plan.conflicts.map((key) => [key, [STALE]])));
    const changed = writes.filter((w) => plan.writes.includes(w.cell));
    for (const write of changed) await writeCell(tx, document, write, ctx);
    return { outcome: "saved", changed: changed.length };
  });
}
