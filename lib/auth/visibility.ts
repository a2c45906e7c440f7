import type { ReadScope } from "./scope";

// Prisma `where` fragments that put the scope into the query itself, so a
// forgotten check returns nothing rather than someone else's data.

/** A document in this scope: the public sees published ones only. */
export function documentWhere(scope: ReadScope) {
  return scope.kind === "public"
    ? { status: "GEPUBLICEERD" as const }
    : { municipalityId: scope.municipalityId };
}

/**
 * A document as lists show it (years of a municipality, the werkplek's
 * documents, the API): never a reconstructed one, which only holds what
 * another document printed and is not a document of its own (decision 009 §5).
 */
export function listedDocumentWhere(scope: ReadScope) {
  return { ...documentWhere(scope), origin: { not: "RECONSTRUCTED" as const } };
}

/**
 * Figures (BudgetFigure, IndicatorFigure) visible in this scope. Public: an
 * approved figure of a published document, or of a reconstructed document
 * whose printing document is published — a reconstruction stays CONCEPT and
 * is public exactly when the document that printed its figures is.
 */
export function figureWhere(scope: ReadScope) {
  return scope.kind === "public"
    ? {
        reviewStatus: "GOEDGEKEURD" as const,
        document: {
          OR: [
            { status: "GEPUBLICEERD" as const, origin: { not: "RECONSTRUCTED" as const } },
            { origin: "RECONSTRUCTED" as const, reconstructedFrom: { is: { status: "GEPUBLICEERD" as const } } },
          ],
        },
      }
    : { document: documentWhere(scope) };
}

/**
 * Begrotingswijzigingen visible in this scope. Public: adopted ones that no
 * document proposed or printed, or whose document is published (a wijziging
 * a concept bestuursrapportage proposes is not public before it is).
 */
export function amendmentWhere(scope: ReadScope) {
  return scope.kind === "public"
    ? { status: "VASTGESTELD" as const, OR: [{ documentId: null }, { document: { is: { status: "GEPUBLICEERD" as const } } }] }
    : { municipalityId: scope.municipalityId };
}

export function municipalityWhere(scope: ReadScope) {
  return scope.kind === "public"
    ? { documents: { some: listedDocumentWhere(scope) } }
    : { id: scope.municipalityId };
}

/**
 * Whether the texts of a report row (ProgrammeReport, GoalReport, Activity)
 * may be shown in this scope. The row is already in a visible document
 * (documentWhere); the public reads its texts once they are approved, as it
 * reads figures (decision 011: texts are reviewed like figures). The
 * transcriptions and the texts before decision 011 are approved.
 */
export function textVisible(scope: ReadScope, reviewStatus: string): boolean {
  return scope.kind !== "public" || reviewStatus === "GOEDGEKEURD";
}
