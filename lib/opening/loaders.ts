import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { listProgrammesInDocument } from "@/lib/programme/data";
import { loadDocumentContext } from "@/lib/review/loaders";
import { readOpeningView } from "./data";
import { openingColumns } from "./rules";

/** The beginstand page of one programme in one document: what it still needs, and what it holds. */
export async function loadOpeningPage(slug: string, year: number, number: string, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality, document, demo } = context.data;
  const programme = (await listProgrammesInDocument(scope, document.id)).find((p) => p.number === number);
  const view = programme ? await readOpeningView(scope, document.id, programme.id) : null;
  if (!programme || !view) return { kind: "notfound" as const };
  const resource = municipalityResource(municipality.id, { programmeId: programme.id, documentStatus: document.status });
  return {
    kind: "ok" as const,
    data: {
      municipality: { name: municipality.name, slug: municipality.slug },
      document,
      demo,
      programme: { id: programme.id, number: programme.number, name: programme.name },
      columns: openingColumns(view.document, view.facts),
      ...view.rows,
      mayEdit: can(user, "budget.edit", resource),
    },
  };
}
