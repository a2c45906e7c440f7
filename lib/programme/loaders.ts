import "server-only";
import { PUBLIC_SCOPE } from "@/lib/auth/scope";
import { listDocuments, listDocumentSections } from "@/lib/document/data";
import { getProgrammeFinance } from "@/lib/finance/data";
import { listProgrammeIndicators } from "@/lib/indicator/data";
import { getGoalTree, listActivities, listProgrammesInDocument } from "./data";

/** Everything the public shows of one municipality's published documents. */
export async function loadPublicMunicipalityDocuments(municipalityId: string) {
  const scope = PUBLIC_SCOPE;
  const documents = await listDocuments(scope, municipalityId);
  return Promise.all(
    documents.map(async (document) => {
      const [programmes, sections] = await Promise.all([
        listProgrammesInDocument(scope, document.id),
        listDocumentSections(scope, document.id),
      ]);
      const withContent = await Promise.all(
        programmes.map(async (programme) => {
          const [goals, activities, indicators, finance] = await Promise.all([
            getGoalTree(scope, document.id, programme.id),
            listActivities(scope, document.id, programme.id),
            listProgrammeIndicators(scope, document.id, programme.id),
            getProgrammeFinance(scope, document.id, programme.id),
          ]);
          return { ...programme, goals, activities, indicators, finance };
        }),
      );
      return { document, sections: sections.filter((s) => s.programmeId === null), programmes: withContent };
    }),
  );
}
