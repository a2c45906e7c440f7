import "server-only";
import { listProgrammeIndicators } from "@/lib/indicator/data";
import { getGoalTree, listActivities, listProgrammesInDocument, type ProgrammeInDocument } from "@/lib/programme/data";
import { listProgrammeSourceTitles } from "@/lib/programme/public-api/data";
import { listDocumentFinance } from "@/lib/finance/public-api/data";
import { thresholdFromSettings } from "@/lib/finance/rules";
import type { MunicipalityDetail } from "@/lib/municipality/data";
import type { DocumentSummary } from "@/lib/document/data";
import { financeBody, programmeTotals } from "../bodies/finance";
import { indicatorFieldsBody, indicatorStagesBody, indicatorValueBody } from "../bodies/indicator";
import { activityBody, goalBody, goalCodes } from "../bodies/programme";
import { paths } from "../links";
import type { getProgrammeFinanceOperation, getProgrammeOperation, listProgrammesOperation } from "../operations/programmas";
import { notFound } from "../problem";
import { provenance } from "../schemas/common";
import type { LoaderFor } from "../route";
import { documentKind } from "../vocabulary";
import { documentRef, municipalityRef, requireDocument, scope } from "./context";


export const loadProgrammes: LoaderFor<typeof listProgrammesOperation> = async ({ params, query }) => {
  const kind = query.documentsoort && documentKind.keyOf(query.documentsoort);
  const { municipality: m, document } = await requireDocument(params.slug, params.jaar, kind);
  const [programmes, finance] = await Promise.all([
    listProgrammesInDocument(scope, document.id),
    listDocumentFinance(scope, document),
  ]);
  return {
    body: {
      gemeente: municipalityRef(m),
      document: documentRef(document),
      programmas: programmes.map((p) => ({
        nummer: p.number,
        naam: p.name,
        gedrukteTitel: p.printedTitle,
        ...programmeTotals(
          finance.lines.filter((l) => l.programmeId === p.id),
          finance.printed.filter((f) => f.programmeId === p.id),
        ),
        herkomst: provenance(p.sourceTitle, p.sourceLocation),
        _links: {
          self: { href: paths.programme(m.slug, document.year, p.number, document.kind) },
          financien: { href: paths.programmeFinance(m.slug, document.year, p.number, document.kind) },
        },
      })),
      _links: {
        self: { href: paths.programmes(m.slug, document.year, document.kind) },
        jaren: { href: paths.years(m.slug) },
      },
    },
  };
};

interface ProgrammeContext {
  municipality: MunicipalityDetail;
  document: DocumentSummary;
  programme: ProgrammeInDocument;
}

type KindName = (typeof documentKind.map)[keyof typeof documentKind.map];

async function requireProgramme(slug: string, year: number, number: string, kindName?: KindName): Promise<ProgrammeContext> {
  const kind = kindName && documentKind.keyOf(kindName);
  const { municipality, document } = await requireDocument(slug, year, kind);
  const programmes = await listProgrammesInDocument(scope, document.id);
  const programme = programmes.find((p) => p.number === number);
  if (!programme) {
    const available = programmes.map((p) => p.number).join(", ") || "geen";
    throw notFound(`Programma ${number} staat niet in de ${document.title} van ${municipality.name}. Programma's in dit document: ${available}.`);
  }
  return { municipality, document, programme };
}

async function loadFinance({ municipality, document, programme }: ProgrammeContext) {
  const finance = await listDocumentFinance(scope, document, programme.id);
  return financeBody({
    lines: finance.lines,
    printed: finance.printed,
    convention: municipality.signConvention,
    threshold: thresholdFromSettings(municipality),
  });
}

export const loadProgramme: LoaderFor<typeof getProgrammeOperation> = async ({ params, query }) => {
  const context = await requireProgramme(params.slug, params.jaar, params.nummer, query.documentsoort);
  const { municipality: m, document, programme: p } = context;
  const [goals, activities, indicators, sources, financien] = await Promise.all([
    getGoalTree(scope, document.id, p.id),
    listActivities(scope, document.id, p.id),
    listProgrammeIndicators(scope, document, p.id),
    listProgrammeSourceTitles(scope, document.id, p.id),
    loadFinance(context),
  ]);
  const codes = goalCodes(goals);
  return {
    body: {
      gemeente: municipalityRef(m),
      document: documentRef(document),
      nummer: p.number,
      naam: p.name,
      gedrukteTitel: p.printedTitle,
      inleiding: p.introduction,
      herkomst: provenance(p.sourceTitle, p.sourceLocation),
      doelen: goals.map((g) => goalBody(g, sources.goals)),
      activiteiten: activities.map((a) => activityBody(a, codes, sources.activities)),
      indicatoren: indicators.map((i) => ({
        ...indicatorFieldsBody(i),
        doelCode: i.goalId ? (codes.get(i.goalId) ?? null) : null,
        waarden: i.values.map((v) => indicatorValueBody(i.direction, v)),
        ...indicatorStagesBody(i),
      })),
      financien,
      _links: {
        self: { href: paths.programme(m.slug, document.year, p.number, document.kind) },
        programmas: { href: paths.programmes(m.slug, document.year, document.kind) },
        financien: { href: paths.programmeFinance(m.slug, document.year, p.number, document.kind) },
      },
    },
  };
};

export const loadProgrammeFinance: LoaderFor<typeof getProgrammeFinanceOperation> = async ({ params, query }) => {
  const context = await requireProgramme(params.slug, params.jaar, params.nummer, query.documentsoort);
  const { municipality: m, document, programme: p } = context;
  return {
    body: {
      gemeente: municipalityRef(m),
      document: documentRef(document),
      programma: { nummer: p.number, naam: p.name },
      financien: await loadFinance(context),
      _links: {
        self: { href: paths.programmeFinance(m.slug, document.year, p.number, document.kind) },
        programma: { href: paths.programme(m.slug, document.year, p.number, document.kind) },
      },
    },
  };
};
