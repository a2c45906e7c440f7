import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import type { MemberScope } from "@/lib/auth/scope";
import { listWorkDocuments, type WorkDocument } from "@/lib/document/data";
import { documentOfYear } from "@/lib/cycle/owner";
import { figureLocked } from "@/lib/cycle";
import { listProgrammesInDocument } from "@/lib/programme/data";
import { loadMemberContext, type Load } from "@/lib/review/loaders";
import { documentBySlug } from "@/lib/review/document-slug";
import { taakveldGroups } from "@/lib/finance/reference/taakvelden";
import { hoofdfunctieLabel, taakveldLabel } from "@/lib/finance/reference/parse";
import { bbvIndicators } from "@/lib/indicator/reference/bbv";
import { listDocumentBudgetLines, type EditorBudgetLine } from "./budget-line/data";
import { listDocumentIndicators, listGoalOptions, listImportKeysIn, MAX_EDITOR_ROWS, type EditorIndicator, type GoalOption } from "./indicator/data";

// Request-facing reads of the indicator and begrotingsposten editors: a member
// of the municipality reads; the forms show when `can(structure.edit)` on the
// chosen document allows, which every action checks again.

export interface EditorContext {
  municipality: { id: string; name: string; slug: string };
  document: WorkDocument;
  programme: { id: string; number: string; name: string };
  goals: GoalOption[];
  mayEdit: boolean;
  /** Why the forms are not shown, when they are not. */
  readOnlyReason: string | null;
  maxRows: number;
}

async function editorContext(slug: string, year: number, number: string, kindSlug: string | undefined): Promise<Load<EditorContext & { scope: MemberScope }>> {
  const member = await loadMemberContext(slug);
  if (member.kind !== "ok") return member;
  const { user, scope, municipality } = member.data;
  const documents = await listWorkDocuments(scope, municipality.id, year);
  const document = kindSlug ? documentBySlug(documents, kindSlug) : documentOfYear(documents, year);
  if (!document) return { kind: "notfound" };
  const programme = (await listProgrammesInDocument(scope, document.id)).find((p) => p.number === number);
  if (!programme) return { kind: "notfound" };
  const locked = figureLocked(document);
  const mayEdit = !locked && can(user, "structure.edit", municipalityResource(municipality.id, { programmeId: programme.id, documentStatus: document.status }));
  const readOnlyReason = locked
    ? "Dit document is geen concept meer: de indicatoren en begrotingsposten staan vast."
    : mayEdit
      ? null
      : "De indeling van een document wijzigen doen de controller en de beheerder.";
  return {
    kind: "ok",
    data: {
      scope,
      municipality: { id: municipality.id, name: municipality.name, slug: municipality.slug },
      document,
      programme: { id: programme.id, number: programme.number, name: programme.name },
      goals: await listGoalOptions(scope, programme.id, document.year),
      mayEdit,
      readOnlyReason,
      maxRows: MAX_EDITOR_ROWS,
    },
  };
}

export interface BbvChoice {
  importKey: string;
  name: string;
  unit: string;
  sourceName: string | null;
  /** Where the municipality already has it; null when it can be added. */
  presentIn: string | null;
}

export interface IndicatorEditorPage extends EditorContext {
  indicators: EditorIndicator[];
  bbv: BbvChoice[];
}

const UNIT_SHORT: Record<string, string> = { PERCENTAGE: "%", EURO: "€" };

export async function loadIndicatorEditor(slug: string, year: number, number: string, kindSlug: string | undefined): Promise<Load<IndicatorEditorPage>> {
  const context = await editorContext(slug, year, number, kindSlug);
  if (context.kind !== "ok") return context;
  const { scope, ...data } = context.data;
  const set = bbvIndicators();
  const [indicators, present] = await Promise.all([
    listDocumentIndicators(scope, data.document.id, data.programme.id),
    listImportKeysIn(scope, set.map((i) => i.importKey)),
  ]);
  const bbv = set.map((i) => ({ importKey: i.importKey, name: i.name, unit: i.unitLabel ?? UNIT_SHORT[i.unit] ?? "", sourceName: i.sourceName, presentIn: present.get(i.importKey) ?? null }));
  return { kind: "ok", data: { ...data, indicators, bbv } };
}

export interface TaakveldGroup {
  label: string;
  options: { code: string; label: string }[];
}

export interface BudgetLineEditorPage extends EditorContext {
  lines: EditorBudgetLine[];
  taakvelden: TaakveldGroup[];
}

export async function loadBudgetLineEditor(slug: string, year: number, number: string, kindSlug: string | undefined): Promise<Load<BudgetLineEditorPage>> {
  const context = await editorContext(slug, year, number, kindSlug);
  if (context.kind !== "ok") return context;
  const { scope, ...data } = context.data;
  const lines = await listDocumentBudgetLines(scope, data.document.id, data.programme.id);
  const taakvelden = taakveldGroups().map((g) => ({ label: hoofdfunctieLabel(g), options: g.taakvelden.map((t) => ({ code: t.code, label: taakveldLabel(t) })) }));
  return { kind: "ok", data: { ...data, lines, taakvelden } };
}
