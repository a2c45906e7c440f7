import "server-only";
import { findMunicipalityResourceBySlug } from "@/lib/auth/data";
import { can, municipalityResource, type SessionUser } from "@/lib/auth/permissions";
import type { MemberScope } from "@/lib/auth/scope";
import { authorizeMemberScope, getSessionUser } from "@/lib/auth/session";
import { listDocuments, listWorkDocuments, type DocumentSummary, type WorkDocument } from "@/lib/document/data";
import { transitionsFrom } from "@/lib/document/status";
import { getMunicipalityBySlug, type MunicipalityDetail } from "@/lib/municipality/data";
import { listProgrammesInDocument } from "@/lib/programme/data";
import { listRecentChanges } from "@/lib/audit/data";
import { historyHref, presentChanges, type ChangeSubject } from "@/lib/audit/format";
import { isDemoWorkspace } from "./demo-workspace";
import { documentBySlug } from "./document-slug";
import { documentOfYear } from "@/lib/cycle/owner";
import { lineTitle } from "@/lib/finance/labels";
import { indicatorValueTitle } from "@/lib/indicator/labels";
import { countFigureStatuses, listApprovalFacts, listEntryIndicators, listEntryLines, type StatusCounts } from "./data";
import { mayApproveFigure } from "./four-eyes";
import type { FigureKind } from "@/lib/figure-kinds";

// Request-facing reads of the workplace. Each resolves the session, checks
// that the user may read this municipality's concept data (a municipality the
// user has no role in is "not found", so its existence is not revealed), and
// reads through the member scope the gate minted.

export type Load<T> = { kind: "signin" } | { kind: "notfound" } | { kind: "ok"; data: T };

export interface MemberContext {
  user: SessionUser;
  scope: MemberScope;
  municipality: MunicipalityDetail;
}

export async function loadMemberContext(slug: string): Promise<Load<MemberContext>> {
  const user = await getSessionUser();
  if (!user) return { kind: "signin" };
  const resource = await findMunicipalityResourceBySlug(slug);
  if (!resource || !can(user, "municipality.readConcept", resource)) return { kind: "notfound" };
  const scope = authorizeMemberScope(user, resource.municipalityId);
  const municipality = await getMunicipalityBySlug(scope, slug);
  return municipality ? { kind: "ok", data: { user, scope, municipality } } : { kind: "notfound" };
}

export { documentSlug } from "./document-slug";

/** The document of a year: the one named by `?stuk=`, else the one a year page shows (lib/cycle documentOfYear). */
function chooseDocument(documents: WorkDocument[], year: number, kindSlug: string | undefined): WorkDocument | null {
  return kindSlug ? documentBySlug(documents, kindSlug) : documentOfYear(documents, year);
}

/** Threshold as strings: bigint does not belong in client component props. */
function thresholdProps(m: MunicipalityDetail) {
  return {
    amount: m.deviationThresholdAmount?.toString() ?? null,
    percent: m.deviationThresholdPercent,
    rule: m.deviationRule,
  };
}

/** The signed-in member, the year's documents and the one `?stuk=` names (or the year's own). */
export async function loadDocumentContext(slug: string, year: number, kindSlug: string | undefined) {
  const member = await loadMemberContext(slug);
  if (member.kind !== "ok") return member;
  const { scope, municipality } = member.data;
  const documents = await listWorkDocuments(scope, municipality.id, year);
  const document = chooseDocument(documents, year, kindSlug);
  if (!document) return { kind: "notfound" as const };
  const demo = isDemoWorkspace({ cbsCode: municipality.cbsCode, kind: document.kind, year: document.year });
  return { kind: "ok" as const, data: { ...member.data, documents, document, demo } };
}

export async function loadWorkspaceYear(slug: string, year: number, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality, document, documents, demo } = context.data;
  const [programmes, counts, changes] = await Promise.all([
    listProgrammesInDocument(scope, document.id),
    countFigureStatuses(scope, document),
    listRecentChanges(scope.municipalityId, [document.id], 10),
  ]);
  const resource = municipalityResource(municipality.id, { documentStatus: document.status });
  const empty: StatusCounts = { CONCEPT: 0, INGEDIEND: 0, GOEDGEKEURD: 0, TERUGGESTUURD: 0 };
  return {
    kind: "ok" as const,
    data: {
      municipality: { name: municipality.name, slug: municipality.slug },
      document,
      otherDocuments: documents.filter((d) => d.id !== document.id),
      demo,
      programmes: programmes.map((p) => ({
        id: p.id,
        number: p.number,
        name: p.name,
        counts: counts.get(p.id) ?? empty,
        mayEdit: can(user, "indicatorValue.edit", municipalityResource(municipality.id, { programmeId: p.id, documentStatus: document.status })),
      })),
      mayReview: can(user, "review.approve", resource),
      mayEditBudget: document.kind === "BEGROTING" && can(user, "budget.edit", resource),
      maySetStatus: can(user, "document.setStatus", resource),
      mayEditStructure: can(user, "structure.edit", resource),
      transitions: transitionsFrom(document.status),
      changes: presentChanges(changes, new Map([[document.id, { title: document.title }]])),
    },
  };
}

export async function loadProgrammeWorkspace(slug: string, year: number, number: string, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality, document, demo } = context.data;
  const programme = (await listProgrammesInDocument(scope, document.id)).find((p) => p.number === number);
  if (!programme) return { kind: "notfound" as const };
  const [indicators, lines] = await Promise.all([
    listEntryIndicators(scope, document, programme.id),
    listEntryLines(scope, document, programme.id),
  ]);
  const resource = municipalityResource(municipality.id, { programmeId: programme.id, documentStatus: document.status });
  const changes = await listRecentChanges(scope.municipalityId, [...indicators.map((i) => i.id), ...lines.map((l) => l.id)]);
  const subjects = new Map<string, ChangeSubject>([
    ...indicators.map((i) => [i.id, { title: indicatorValueTitle({ name: i.indicator.name, dimensionValue: i.dimensionValue }), format: i.indicator, href: historyHref(slug, "indicatorValue", i.id) }] as const),
    ...lines.map((l) => [l.id, { title: lineTitle(l), href: historyHref(slug, "financialLine", l.id) }] as const),
  ]);
  return {
    kind: "ok" as const,
    data: {
      municipality: { name: municipality.name, slug: municipality.slug, threshold: thresholdProps(municipality) },
      document,
      demo,
      programme: { id: programme.id, number: programme.number, name: programme.name },
      indicators,
      lines,
      mayEdit: can(user, "indicatorValue.edit", resource) && can(user, "financialLine.edit", resource),
      maySubmit: can(user, "indicatorValue.submit", resource) && can(user, "financialLine.submit", resource),
      // Every figure on the page lives in this programme and document: its own resource is this one.
      maySubmitFigure: {
        indicatorValue: can(user, "indicatorValue.submit", resource),
        financialLine: can(user, "financialLine.submit", resource),
      },
      mayReview: can(user, "review.approve", resource),
      // A begroting's amounts are the controller's grid (lib/budget), its streefwaarden per year the advisor's.
      budgetByController: document.kind === "BEGROTING",
      mayEditBudget: document.kind === "BEGROTING" && can(user, "budget.edit", resource),
      mayEditTargets: document.kind === "BEGROTING" && can(user, "indicatorValue.edit", resource),
      // The beginstand (lib/opening): amounts of earlier documents, outside a begroting.
      mayEditOpening: document.kind !== "BEGROTING" && can(user, "budget.edit", resource),
      // The indicator and begrotingsposten editors (lib/structure): controller and beheerder, concept document.
      mayEditStructure: can(user, "structure.edit", resource),
      changes: presentChanges(changes, subjects),
    },
  };
}

export async function loadReviewQueue(slug: string, year: number, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality, document, demo } = context.data;
  const programmes = await listProgrammesInDocument(scope, document.id);
  const perProgramme = await Promise.all(
    programmes.map(async (p) => {
      const [indicators, lines] = await Promise.all([
        listEntryIndicators(scope, document, p.id),
        listEntryLines(scope, document, p.id),
      ]);
      const [mayApproveIndicator, mayApproveLine] = await Promise.all([
        approvableBy(user.id, scope, "indicatorValue", indicators),
        approvableBy(user.id, scope, "financialLine", lines),
      ]);
      return {
        id: p.id,
        number: p.number,
        name: p.name,
        indicators: indicators.map((i) => ({ ...i, mayApprove: mayApproveIndicator(i.id) })),
        lines: lines.map((l) => ({ ...l, mayApprove: mayApproveLine(l.id) })),
      };
    }),
  );
  return {
    kind: "ok" as const,
    data: {
      municipality: { name: municipality.name, slug: municipality.slug, threshold: thresholdProps(municipality) },
      document,
      demo,
      mayReview: can(user, "review.approve", municipalityResource(municipality.id, { documentStatus: document.status })),
      programmes: perProgramme,
    },
  };
}

/**
 * Per submitted figure: would the four-eyes rule let this user approve it?
 * Only for the page to offer the button; decideFigure checks again.
 */
async function approvableBy(userId: string, scope: MemberScope, kind: FigureKind, rows: { id: string; reviewStatus: string }[]) {
  const submitted = rows.filter((r) => r.reviewStatus === "INGEDIEND").map((r) => r.id);
  const facts = await listApprovalFacts(scope, kind, submitted);
  return (id: string) => {
    const f = facts.get(id);
    return f !== undefined && mayApproveFigure(userId, f);
  };
}

/** For the workplace landing page: every document of each municipality the user reads, newest first. */
export async function loadWorkplaceDocuments(municipalityIds: string[]) {
  const user = await getSessionUser();
  if (!user) return new Map<string, DocumentSummary[]>();
  const entries = await Promise.all(
    municipalityIds
      .filter((id) => can(user, "municipality.readConcept", municipalityResource(id)))
      .map(async (id) => [id, await listDocuments(authorizeMemberScope(user, id), id)] as const),
  );
  return new Map(entries);
}

