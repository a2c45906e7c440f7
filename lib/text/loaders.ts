import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { listProgrammesInDocument } from "@/lib/programme/data";
import { loadDocumentContext } from "@/lib/review/loaders";
import { mayApproveFigure } from "@/lib/review/four-eyes";
import type { MemberScope } from "@/lib/auth/scope";
import type { TextKind } from "@/lib/figure-kinds";
import { listProgrammeTexts, listTextApprovalFacts, type ProgrammeTexts, type TextRow } from "./data";

// Request-facing reads of the texts: the session and the member scope come
// from lib/review's loadDocumentContext (a municipality the user has no role in
// is "not found"); what the user may do is `can`, for the page to offer it —
// the actions check again.

export async function loadProgrammeTexts(slug: string, year: number, number: string, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality, document, demo } = context.data;
  const programme = (await listProgrammesInDocument(scope, document.id)).find((p) => p.number === number);
  if (!programme) return { kind: "notfound" as const };
  const texts = await listProgrammeTexts(scope, document.id, programme.id);
  const resource = municipalityResource(municipality.id, { programmeId: programme.id, documentStatus: document.status });
  return {
    kind: "ok" as const,
    data: {
      municipality: { name: municipality.name, slug: municipality.slug },
      document,
      demo,
      programme: { id: programme.id, number: programme.number, name: programme.name },
      texts,
      mayEdit: can(user, "text.edit", resource),
      maySubmit: can(user, "text.submit", resource),
      mayReview: can(user, "review.approve", resource),
    },
  };
}

export type ReviewTextRow = TextRow & { mayApprove: boolean };

/**
 * The texts of one programme for the review queue, each with whether the
 * four-eyes rule would let this user approve it (only for offering the
 * button; decideTexts checks again).
 */
export async function listReviewTexts(userId: string, scope: MemberScope, documentId: string, programmeId: string) {
  const texts = await listProgrammeTexts(scope, documentId, programmeId);
  const rows: TextRow[] = [...(texts.programme ? [texts.programme] : []), ...texts.goals, ...texts.activities];
  const approvable = new Map<string, boolean>();
  for (const kind of ["programmeText", "goalText", "activityText"] as TextKind[]) {
    const submitted = rows.filter((r) => r.kind === kind && r.reviewStatus === "INGEDIEND").map((r) => r.id);
    const facts = await listTextApprovalFacts(scope, kind, submitted);
    for (const id of submitted) {
      const f = facts.get(id);
      approvable.set(id, f !== undefined && mayApproveFigure(userId, f));
    }
  }
  const mark = <T extends TextRow>(r: T) => ({ ...r, mayApprove: approvable.get(r.id) ?? false });
  return {
    programme: texts.programme ? mark(texts.programme) : null,
    goals: texts.goals.map(mark),
    activities: texts.activities.map(mark),
  } satisfies { [K in keyof ProgrammeTexts]: unknown };
}

/** The review queue's texts: per programme of the document, its texts with four-eyes marks. */
export async function loadReviewTexts(slug: string, year: number, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, document } = context.data;
  const programmes = await listProgrammesInDocument(scope, document.id);
  const entries = await Promise.all(programmes.map(async (p) => [p.id, await listReviewTexts(user.id, scope, document.id, p.id)] as const));
  return { kind: "ok" as const, data: { documentKind: document.kind, byProgramme: new Map(entries) } };
}

export type ReviewTexts = Awaited<ReturnType<typeof listReviewTexts>>;
