import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { listWorkDocuments, type WorkDocument } from "@/lib/document/data";
import { listProgrammesInDocument } from "@/lib/programme/data";
import { documentBySlug } from "@/lib/review/document-slug";
import { isDemoWorkspace } from "@/lib/review/demo-workspace";
import { loadMemberContext, type Load } from "@/lib/review/loaders";
import { listBudgetGrid, listTargetGrid, type BudgetGrid, type GridDocument, type TargetGridRow } from "./data";

// Request-facing reads of the begroting's grids. A member of the municipality
// reads them (concept data); whether the form shows follows `can`, which the
// actions check again: budget.edit for the amounts, indicatorValue.edit on the
// programme for the streefwaarden.

/** The begroting of the year: the one `?stuk=` names when it is one, else the year's begroting. */
function chooseBegroting(documents: WorkDocument[], kindSlug: string | undefined): WorkDocument | null {
  const named = kindSlug ? documentBySlug(documents, kindSlug) : documents.find((d) => d.kind === "BEGROTING") ?? null;
  return named?.kind === "BEGROTING" ? named : null;
}

interface GridPageBase {
  municipality: { id: string; name: string; slug: string };
  document: GridDocument & { version: number; sequence: number };
  programme: { id: string; number: string; name: string };
  demo: boolean;
  open: boolean;
}

async function gridContext(slug: string, year: number, number: string, kindSlug: string | undefined) {
  const member = await loadMemberContext(slug);
  if (member.kind !== "ok") return member;
  const { user, scope, municipality } = member.data;
  const document = chooseBegroting(await listWorkDocuments(scope, municipality.id, year), kindSlug);
  if (!document) return { kind: "notfound" as const };
  const programme = (await listProgrammesInDocument(scope, document.id)).find((p) => p.number === number);
  if (!programme) return { kind: "notfound" as const };
  const base: GridPageBase = {
    municipality: { id: municipality.id, name: municipality.name, slug: municipality.slug },
    document,
    programme: { id: programme.id, number: programme.number, name: programme.name },
    demo: isDemoWorkspace({ cbsCode: municipality.cbsCode, kind: document.kind, year: document.year }),
    open: document.status === "CONCEPT",
  };
  const resource = municipalityResource(municipality.id, { programmeId: programme.id, documentStatus: document.status });
  return { kind: "ok" as const, data: { user, scope, base, resource } };
}

export interface BudgetGridPage extends GridPageBase {
  grid: BudgetGrid;
  mayEdit: boolean;
}

export async function loadBudgetGridPage(slug: string, year: number, number: string, kindSlug: string | undefined): Promise<Load<BudgetGridPage>> {
  const context = await gridContext(slug, year, number, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, base, resource } = context.data;
  const grid = await listBudgetGrid(scope.municipalityId, base.document, base.programme.id);
  return { kind: "ok", data: { ...base, grid, mayEdit: base.open && can(user, "budget.edit", resource) } };
}

export interface TargetGridPage extends GridPageBase {
  years: number[];
  rows: TargetGridRow[];
  mayEdit: boolean;
  maySubmit: boolean;
}

export async function loadTargetGridPage(slug: string, year: number, number: string, kindSlug: string | undefined): Promise<Load<TargetGridPage>> {
  const context = await gridContext(slug, year, number, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, base, resource } = context.data;
  const { years, rows } = await listTargetGrid(scope.municipalityId, base.document, base.programme.id);
  return {
    kind: "ok",
    data: { ...base, years, rows, mayEdit: base.open && can(user, "indicatorValue.edit", resource), maySubmit: base.open && can(user, "indicatorValue.submit", resource) },
  };
}
