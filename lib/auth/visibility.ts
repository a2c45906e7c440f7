import type { ReadScope } from "./scope";

// Prisma `where` fragments that put the scope into the query itself, so a
// forgotten check returns nothing rather than someone else's data.

export function documentWhere(scope: ReadScope) {
  return scope.kind === "public"
    ? { status: "GEPUBLICEERD" as const }
    : { municipalityId: scope.municipalityId };
}

/** Figures (indicator values, financial lines) visible in this scope. */
export function figureWhere(scope: ReadScope) {
  return scope.kind === "public"
    ? { reviewStatus: "GOEDGEKEURD" as const, document: documentWhere(scope) }
    : { document: documentWhere(scope) };
}

export function municipalityWhere(scope: ReadScope) {
  return scope.kind === "public"
    ? { documents: { some: documentWhere(scope) } }
    : { id: scope.municipalityId };
}
