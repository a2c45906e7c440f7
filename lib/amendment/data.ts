import "server-only";
import { db, type Db } from "@/lib/db";
import { municipalityResource, type MunicipalityResource } from "@/lib/auth/permissions";
import type { MemberScope } from "@/lib/auth/scope";
import { amendedBudget, canAmendLine, targetAfterAmendments, type AmendedBudget, type LineAmendment } from "@/lib/cycle";
import { countedAmendmentIds, totalsPerCategory, writeRefusal, type Category } from "./rules";
import type { AmendmentAuthorityValue } from "./schema";

// Reads of begrotingswijzigingen for the werkplek: one year of one
// municipality, a fixed number of queries whatever the number of lines or
// wijzigingen. Bigints leave as strings: they do not cross into client props.

type AmendmentStatus = "CONCEPT" | "VASTGESTELD" | "VERWORPEN";

/** Where a wijziging lives, read from the database before the gate (never from what the client sent). */
export async function findAmendmentResource(amendmentId: string): Promise<MunicipalityResource | null> {
  const amendment = await db().budgetAmendment.findUnique({ where: { id: amendmentId }, select: { municipalityId: true } });
  return amendment ? municipalityResource(amendment.municipalityId) : null;
}

export interface AmendmentSummary {
  id: string;
  number: string;
  date: string | null;
  authority: AmendmentAuthorityValue | null;
  decisionReference: string | null;
  reason: string;
  status: AmendmentStatus;
  unspecified: boolean;
  /** The document that printed (unspecified) or proposed it. */
  documentTitle: string | null;
  totals: Record<Category, string>;
}

const summarySelect = {
  id: true,
  number: true,
  date: true,
  authority: true,
  decisionReference: true,
  reason: true,
  status: true,
  unspecified: true,
  version: true,
  year: true,
  document: { select: { title: true } },
  lines: { select: { delta: true, budgetLine: { select: { category: true } } } },
} as const;

function toSummary(a: {
  id: string;
  number: string;
  date: Date | null;
  authority: AmendmentAuthorityValue | null;
  decisionReference: string | null;
  reason: string;
  status: AmendmentStatus;
  unspecified: boolean;
  document: { title: string } | null;
  lines: { delta: bigint; budgetLine: { category: Category } }[];
}): AmendmentSummary {
  const totals = totalsPerCategory(a.lines.map((l) => ({ category: l.budgetLine.category, delta: l.delta })));
  return {
    id: a.id,
    number: a.number,
    date: a.date?.toISOString().slice(0, 10) ?? null,
    authority: a.authority,
    decisionReference: a.decisionReference,
    reason: a.reason,
    status: a.status,
    unspecified: a.unspecified,
    documentTitle: a.document?.title ?? null,
    totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.toString()])) as Record<Category, string>,
  };
}

/** The wijzigingen of a year, newest first by date (undated last), then by number. */
export async function listAmendments(scope: MemberScope, year: number): Promise<AmendmentSummary[]> {
  const rows = await db().budgetAmendment.findMany({
    where: { municipalityId: scope.municipalityId, year },
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { number: "asc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

// ---------------------------------------------------------------- one wijziging with its lines

export interface BudgetState {
  amount: string | null;
  basis: AmendedBudget["basis"];
}

export interface AmendmentLineRow {
  budgetLineId: string;
  programme: string;
  category: Category;
  label: string;
  product: string | null;
  primitief: string | null;
  /** This wijziging's delta on the line, canonical direction. */
  delta: string | null;
  /** Begroting na wijziging without this wijziging, and with it (adopted). */
  before: BudgetState;
  after: BudgetState;
  /** canAmendLine's Dutch reason when the line takes no amount. */
  refusal: string | null;
}

export interface AmendmentTargetRow {
  indicatorId: string;
  dimensionValue: string;
  name: string;
  programme: string;
  decimals: number;
  /** The streefwaarde of the year after the other adopted wijzigingen. */
  current: string | null;
  value: string | null;
  reason: string | null;
}

export interface AmendmentDetail extends AmendmentSummary {
  year: number;
  version: number;
  /** Why it is read-only; null for an editable concept. */
  lockedReason: string | null;
  lines: AmendmentLineRow[];
  targets: AmendmentTargetRow[];
}

const REAL_FIRST = (origin: string) => (origin === "RECONSTRUCTED" ? 1 : 0);

/**
 * Primitief (the year's begroting; a real one before a reconstruction) and the
 * printed na-wijziging (Hilversum: the only budget figure) of the year's lines.
 */
export async function yearLineFacts(client: Db, municipalityId: string, year: number) {
  const [figures, printed] = await Promise.all([
    client.budgetFigure.findMany({
      where: { year, budgetLine: { municipalityId }, document: { municipalityId, kind: "BEGROTING", year } },
      select: { budgetLineId: true, amount: true, document: { select: { origin: true } } },
    }),
    client.printedFigure.findMany({
      where: { column: "BUDGET_AMENDED", budgetLineId: { not: null }, document: { municipalityId, year } },
      select: { budgetLineId: true, amount: true },
    }),
  ]);
  const primitief = new Map<string, bigint | null>();
  for (const f of [...figures].sort((a, b) => REAL_FIRST(b.document.origin) - REAL_FIRST(a.document.origin))) {
    // Sorted reconstructed first, so a real begroting's figure overwrites it.
    if (f.amount !== null || !primitief.has(f.budgetLineId)) primitief.set(f.budgetLineId, f.amount);
  }
  const printedAmended = new Map<string, bigint | null>();
  for (const p of printed) if (p.budgetLineId && p.amount !== null) printedAmended.set(p.budgetLineId, p.amount);
  return {
    primitief: (id: string) => primitief.get(id) ?? null,
    printedAmended: (id: string) => printedAmended.get(id) ?? null,
  };
}

/** The budget lines that belong to a year: a figure of the year, a printed figure of the year's documents, or on a wijziging of the year. */
export async function yearBudgetLines(client: Db, municipalityId: string, year: number) {
  return client.budgetLine.findMany({
    where: {
      municipalityId,
      OR: [
        { figures: { some: { year, document: { municipalityId } } } },
        { printedFigures: { some: { document: { municipalityId, year } } } },
        { amendmentLines: { some: { amendment: { municipalityId, year } } } },
      ],
    },
    orderBy: [{ programme: { sortOrder: "asc" } }, { programme: { number: "asc" } }, { sortOrder: "asc" }, { label: "asc" }],
    select: { id: true, category: true, label: true, product: true, programme: { select: { number: true, name: true } } },
  });
}

function budgetState(b: AmendedBudget): BudgetState {
  return { amount: b.amount?.toString() ?? null, basis: b.basis };
}

type YearAmendment = {
  id: string;
  number: string;
  date: Date | null;
  status: AmendmentStatus;
  unspecified: boolean;
  documentId: string | null;
  document: { kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN"; sequence: number } | null;
};

export async function loadAmendmentDetail(scope: MemberScope, year: number, amendmentId: string): Promise<AmendmentDetail | null> {
  const municipalityId = scope.municipalityId;
  const client = db();
  const amendment = await client.budgetAmendment.findFirst({
    where: { id: amendmentId, municipalityId, year },
    select: { ...summarySelect, lines: { select: { delta: true, budgetLineId: true, budgetLine: { select: { category: true } } } } },
  });
  if (!amendment) return null;
  const [lines, facts, yearAmendments, amendmentLines, targetFigures, targetAmendments] = await Promise.all([
    yearBudgetLines(client, municipalityId, year),
    yearLineFacts(client, municipalityId, year),
    client.budgetAmendment.findMany({
      where: { municipalityId, year },
      select: { id: true, number: true, date: true, status: true, unspecified: true, documentId: true, document: { select: { kind: true, sequence: true } } },
    }),
    client.budgetAmendmentLine.findMany({ where: { amendment: { municipalityId, year } }, select: { amendmentId: true, budgetLineId: true, delta: true } }),
    client.indicatorFigure.findMany({
      where: { year, document: { municipalityId, kind: "BEGROTING" }, indicator: { municipalityId } },
      select: {
        indicatorId: true,
        dimensionValue: true,
        value: true,
        document: { select: { year: true, origin: true } },
        indicator: { select: { name: true, decimals: true, programme: { select: { number: true, name: true } } } },
      },
    }),
    client.targetAmendment.findMany({
      where: { year, amendment: { municipalityId, year } },
      select: { amendmentId: true, indicatorId: true, dimensionValue: true, value: true, reason: true },
    }),
  ]);

  const byId = new Map<string, YearAmendment>(yearAmendments.map((a) => [a.id, a]));
  const counted = countedAmendmentIds(yearAmendments);
  const others = new Map<string, LineAmendment[]>();
  for (const l of amendmentLines) {
    const a = byId.get(l.amendmentId)!;
    if (a.id === amendment.id || !counted.has(a.id)) continue;
    const list = others.get(l.budgetLineId) ?? [];
    list.push({ amendmentId: a.id, number: a.number, date: a.date, status: a.status, delta: l.delta, unspecified: a.unspecified, proposedByDocumentId: a.documentId });
    others.set(l.budgetLineId, list);
  }
  const own = new Map(amendment.lines.map((l) => [l.budgetLineId, l.delta]));
  const effective = amendment.status !== "VERWORPEN";

  const lineRows: AmendmentLineRow[] = lines.map((line) => {
    const primitief = facts.primitief(line.id);
    const printedAmended = facts.printedAmended(line.id);
    const check = canAmendLine({ primitief, printedAmended });
    const rest = others.get(line.id) ?? [];
    const delta = own.get(line.id) ?? null;
    const before = amendedBudget({ primitief, printedAmended, amendments: rest });
    const withThis =
      delta !== null && effective && check.ok
        ? [...rest, { amendmentId: amendment.id, number: amendment.number, date: amendment.date, status: "VASTGESTELD" as const, delta, unspecified: amendment.unspecified, proposedByDocumentId: null }]
        : rest;
    return {
      budgetLineId: line.id,
      programme: `${line.programme.number} ${line.programme.name}`,
      category: line.category,
      label: line.label,
      product: line.product,
      primitief: primitief?.toString() ?? null,
      delta: delta?.toString() ?? null,
      before: budgetState(before),
      after: budgetState(withThis === rest ? before : amendedBudget({ primitief, printedAmended, amendments: withThis })),
      refusal: check.ok ? null : check.reason,
    };
  });

  return {
    ...toSummary(amendment),
    year,
    version: amendment.version,
    lockedReason: writeRefusal(amendment),
    lines: lineRows,
    targets: targetRows(year, amendment.id, targetFigures, targetAmendments, byId),
  };
}

type TargetFigure = {
  indicatorId: string;
  dimensionValue: string;
  value: { toString(): string } | null;
  document: { year: number; origin: string };
  indicator: { name: string | null; decimals: number; programme: { number: string; name: string } | null };
};
type TargetAmendmentRow = { amendmentId: string; indicatorId: string; dimensionValue: string; value: { toString(): string } | null; reason: string | null };

/**
 * Per indicator value of the year: the begroting's streefwaarde (the year's own
 * begroting before the newest meerjarenraming, a real document before a
 * reconstruction), after the other adopted wijzigingen; and what this one sets.
 */
function targetRows(year: number, amendmentId: string, figures: TargetFigure[], amendments: TargetAmendmentRow[], byId: Map<string, YearAmendment>): AmendmentTargetRow[] {
  const rank = (f: TargetFigure) => (f.document.year === year ? 100000 : f.document.year) * 2 + (f.document.origin === "RECONSTRUCTED" ? 0 : 1);
  const best = new Map<string, TargetFigure>();
  for (const f of figures) {
    const key = `${f.indicatorId}\u0000${f.dimensionValue}`;
    const seen = best.get(key);
    if (!seen || rank(f) > rank(seen)) best.set(key, f);
  }
  return [...best.entries()]
    .map(([key, f]) => {
      const mine = amendments.find((t) => t.amendmentId === amendmentId && `${t.indicatorId}\u0000${t.dimensionValue}` === key);
      const others = amendments
        .filter((t) => t.amendmentId !== amendmentId && `${t.indicatorId}\u0000${t.dimensionValue}` === key)
        .map((t) => {
          const a = byId.get(t.amendmentId)!;
          return { amendmentId: a.id, number: a.number, date: a.date, status: a.status, value: t.value?.toString() ?? null, reason: t.reason };
        });
      const current = targetAfterAmendments({ target: f.value?.toString() ?? null, amendments: others });
      return {
        indicatorId: f.indicatorId,
        dimensionValue: f.dimensionValue,
        name: f.indicator.name ?? "Indicator zonder naam in de bron",
        programme: f.indicator.programme ? `${f.indicator.programme.number} ${f.indicator.programme.name}` : "",
        decimals: f.indicator.decimals,
        current: current.value,
        value: mine?.value?.toString() ?? null,
        reason: mine?.reason ?? null,
      };
    })
    .sort((a, b) => a.programme.localeCompare(b.programme, "nl", { numeric: true }) || a.name.localeCompare(b.name, "nl") || a.dimensionValue.localeCompare(b.dimensionValue, "nl"));
}
