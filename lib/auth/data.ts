import "server-only";
import { db } from "@/lib/db";
import type { FigureKind, TextKind } from "@/lib/figure-kinds";
import { figureLocked, type OwningDocument } from "@/lib/review/cycle";

type OwningDocumentState = Pick<OwningDocument, "status" | "origin">;
import { municipalityResource, type MunicipalityResource } from "./permissions";

// The reads authorization itself needs: where a thing lives, taken from the
// database — never from what the client sent — and the failed sign-ins that
// rate limiting counts. These run before the gate, so they return nothing but
// ids and statuses.

/**
 * An indicator figure: its indicator's municipality and programme, and its
 * owning document's status. A reconstruction's figures are locked whatever its
 * status (they change only through an import), so it is reported as vastgesteld.
 */
export async function findIndicatorValueResource(indicatorFigureId: string): Promise<MunicipalityResource | null> {
  const figure = await db().indicatorFigure.findUnique({
    where: { id: indicatorFigureId },
    select: {
      indicator: { select: { municipalityId: true, programmeId: true } },
      document: { select: { municipalityId: true, status: true, origin: true } },
    },
  });
  // A figure whose document belongs to another municipality than its indicator is corrupt: refuse it.
  if (!figure || figure.indicator.municipalityId !== figure.document.municipalityId) return null;
  return municipalityResource(figure.indicator.municipalityId, {
    programmeId: figure.indicator.programmeId,
    documentStatus: gateStatus(figure.document),
  });
}

/** A budget figure: its line's municipality and programme, and its owning document's status. */
export async function findFinancialLineResource(budgetFigureId: string): Promise<MunicipalityResource | null> {
  const figure = await db().budgetFigure.findUnique({
    where: { id: budgetFigureId },
    select: {
      budgetLine: { select: { municipalityId: true, programmeId: true } },
      document: { select: { municipalityId: true, status: true, origin: true } },
    },
  });
  if (!figure || figure.budgetLine.municipalityId !== figure.document.municipalityId) return null;
  return municipalityResource(figure.document.municipalityId, {
    programmeId: figure.budgetLine.programmeId,
    documentStatus: gateStatus(figure.document),
  });
}

/**
 * The status the gate sees: a document whose figures lib/cycle calls locked
 * (a reconstruction in CONCEPT among them) is read-only, like a vastgesteld one.
 */
function gateStatus(document: OwningDocumentState) {
  return figureLocked(document) && document.status === "CONCEPT" ? ("VASTGESTELD" as const) : document.status;
}

/** A P&C document (for vaststellen / publiceren). */
export async function findDocumentResource(documentId: string): Promise<MunicipalityResource | null> {
  const document = await db().pcDocument.findUnique({
    where: { id: documentId },
    select: { municipalityId: true, status: true, origin: true },
  });
  if (!document) return null;
  return municipalityResource(document.municipalityId, { documentStatus: gateStatus(document) });
}

/** A municipality by id (settings, memberships, reading concept data). */
export async function findMunicipalityResource(municipalityId: string): Promise<MunicipalityResource | null> {
  const municipality = await db().municipality.findUnique({ where: { id: municipalityId }, select: { id: true } });
  return municipality ? municipalityResource(municipality.id) : null;
}

/** A membership (role) of a user: where it lives is the municipality whose beheerder may change it. */
export async function findMembershipResource(membershipId: string): Promise<MunicipalityResource | null> {
  const membership = await db().membership.findUnique({ where: { id: membershipId }, select: { municipalityId: true } });
  return membership ? municipalityResource(membership.municipalityId) : null;
}

/** A municipality by its slug, as it appears in a URL. */
export async function findMunicipalityResourceBySlug(slug: string): Promise<MunicipalityResource | null> {
  const municipality = await db().municipality.findUnique({ where: { slug }, select: { id: true } });
  return municipality ? municipalityResource(municipality.id) : null;
}

/**
 * Failed attempts for an account since the window start, or since its last
 * successful sign-in when that is later (signing in correctly clears the count).
 */
export async function countAccountFailures(email: string, since: Date): Promise<number> {
  const lastSuccess = await db().loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db().loginAttempt.count({
    where: { email, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
  });
}

/** Failed attempts from a client address since the window start, for any account. */
export async function countIpFailures(ip: string, since: Date): Promise<number> {
  return db().loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } });
}

/**
 * A programme as reported in one document (the data-entry form): both must
 * exist and belong to the same municipality, which is where the resource lives.
 */
export async function findProgrammeInDocumentResource(
  documentId: string,
  programmeId: string,
): Promise<MunicipalityResource | null> {
  const [document, programme] = await Promise.all([
    db().pcDocument.findUnique({ where: { id: documentId }, select: { municipalityId: true, status: true, origin: true } }),
    db().programme.findUnique({ where: { id: programmeId }, select: { municipalityId: true } }),
  ]);
  if (!document || !programme || document.municipalityId !== programme.municipalityId) return null;
  return municipalityResource(document.municipalityId, { programmeId, documentStatus: gateStatus(document) });
}

/** An indicator figure or a budget figure, by the kind the review form names (lib/figure-kinds.ts). */
export function findFigureResource(
  kind: FigureKind,
  id: string,
): Promise<MunicipalityResource | null> {
  return kind === "indicatorValue" ? findIndicatorValueResource(id) : findFinancialLineResource(id);
}

/**
 * The texts of a programme, goal or activity in one document (decision 011):
 * the programme they belong to and the document's status, both from the
 * database; a row whose programme is another municipality's is refused.
 */
export async function findTextResource(kind: TextKind, id: string): Promise<MunicipalityResource | null> {
  const document = { select: { municipalityId: true, status: true, origin: true } } as const;
  const programme = { select: { id: true, municipalityId: true } } as const;
  const row =
    kind === "programmeText"
      ? await db().programmeReport.findUnique({ where: { id }, select: { document, programme } })
      : kind === "goalText"
        ? await db().goalReport.findUnique({ where: { id }, select: { document, goal: { select: { programme } } } }).then((r) => r && { document: r.document, programme: r.goal.programme })
        : await db().activity.findUnique({ where: { id }, select: { document, programme } });
  if (!row || row.programme.municipalityId !== row.document.municipalityId) return null;
  return municipalityResource(row.document.municipalityId, { programmeId: row.programme.id, documentStatus: gateStatus(row.document) });
}
