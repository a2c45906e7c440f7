import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { loadMemberContext, type Load } from "@/lib/review/loaders";
import { listDocuments, type DocumentSummary } from "./data";

// Request-facing read of the new-document page: only who may create a
// document sees it (others get the 404 every workplace page gives); the
// actions check `can` again.

export interface NewDocumentPage {
  municipality: { id: string; slug: string; name: string };
  /** The starting points: the municipality's listed documents (never a reconstruction). */
  documents: DocumentSummary[];
  /** The year after the newest document: what a beheerder usually starts next. */
  suggestedYear: number;
}

export async function loadNewDocumentPage(slug: string): Promise<Load<NewDocumentPage>> {
  const context = await loadMemberContext(slug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality } = context.data;
  if (!can(user, "document.create", municipalityResource(municipality.id))) return { kind: "notfound" };
  const documents = await listDocuments(scope, municipality.id);
  const newest = documents[0]?.year;
  return {
    kind: "ok",
    data: {
      municipality: { id: municipality.id, slug: municipality.slug, name: municipality.name },
      documents,
      suggestedYear: newest === undefined ? new Date().getFullYear() + 1 : newest + 1,
    },
  };
}
