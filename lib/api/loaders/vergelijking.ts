import "server-only";
import { countIndicatorsForComparison, findIndicatorsForComparison } from "@/lib/indicator/public-api/data";
import { indicatorFieldsBody, indicatorStagesBody, indicatorValueBody } from "../bodies/indicator";
import type { compareIndicatorsOperation } from "../operations/vergelijking";
import { CSV_READ, assertCsvWithinCap } from "../csv-limit";
import { pageLinks } from "../pagination";
import type { LoaderFor } from "../route";
import { documentKind } from "../vocabulary";
import { inhabitants, municipalityRef, scope } from "./context";

export const loadComparison: LoaderFor<typeof compareIndicatorsOperation> = async ({ query, url, paging }) => {
  const filter = { name: query.naam, ids: query.id, year: query.jaar, bbvMandatory: query.bbvVerplicht };
  // A CSV is refused before any indicator is read: reading a thousand with their values just to refuse them took seconds.
  if (!paging) assertCsvWithinCap(await countIndicatorsForComparison(scope, filter), "indicatoren", "jaar, bbvVerplicht, id of een preciezere naam");
  const { indicators, total } = await findIndicatorsForComparison(
    scope,
    filter,
    paging ? { skip: (paging.page - 1) * paging.pageSize, take: paging.pageSize } : CSV_READ,
  );
  const page = { ...(paging ?? { page: 1, pageSize: Math.max(total, 1) }), total };
  return {
    body: {
      indicatoren: indicators.map((i) => ({
        ...indicatorFieldsBody(i),
        gemeente: { ...municipalityRef(i.municipality), inwoners: inhabitants(i.municipality) },
        programma: i.programme && { nummer: i.programme.number, naam: i.programme.name },
        waarden: i.values.map((v) => ({
          ...indicatorValueBody(i.direction, v),
          document: { soort: documentKind.of(v.document.kind), jaar: v.document.year, titel: v.document.title },
        })),
        ...indicatorStagesBody(i),
      })),
      _links: pageLinks(url, page),
    },
    page: paging ? page : undefined,
  };
};
