// TEST ONLY. Puts the demo working documents (prisma/demo/workspace.ts) into a
// known state for an end-to-end journey, through the app's own mutations, so
// the journeys do not depend on each other's order. Run by e2e/support/workspace.ts:
//
//   node --conditions=react-server --import tsx e2e/support/reset-workspace.ts <leeg|begroot|ingediend|goedgekeurd> <token>
//
// against DATABASE_URL, in demo mode. "leeg" is the state the seed creates;
// "begroot" has only the begroting filled in and submitted (the jaarstukken
// then show its targets and budget beside empty realisaties);
// "ingediend" has every figure of both (the begroting's targets, the
// jaarstukken' realisaties) filled in and submitted by the demo advisor, and the
// begroting's primitieve begroting entered by the demo controller (adopted with
// the begroting, no review of its own);
// "goedgekeurd" has them approved by the demo controller as well. Every
// toelichting carries <token>, so a test can recognise its own figures on a
// public page that may still be cached from an earlier run.
import { db } from "@/lib/db";
import { unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import { decideFigure, saveProgrammeEntry } from "@/lib/review/mutations";
import { programmeEntrySchema } from "@/lib/review/schema";
import { saveBudgetGrid } from "@/lib/budget/mutations";
import { budgetGridSchema } from "@/lib/budget/schema";
import { DEMO_WORKSPACE, loadDemoWorkspace } from "@/prisma/demo/workspace";

const SCENARIOS = ["leeg", "begroot", "ingediend", "goedgekeurd"] as const;
type Scenario = (typeof SCENARIOS)[number];

/**
 * Filled-in test figures, each in the document that owns it (decision 009):
 * the begroting sets the targets and the primitieve begroting, the
 * jaarstukken report the realisatie — every target reached, every amount on budget.
 */
const OWNED = {
  BEGROTING: { value: "7,0", amount: "1.000.000" },
  JAARSTUKKEN: { value: "7,5", amount: "1.000.000" },
} as const;

interface Workspace {
  municipalityId: string;
  programmeId: string;
  documents: { id: string; kind: keyof typeof OWNED }[];
}

async function findWorkspace(): Promise<Workspace> {
  const client = db();
  const municipality = await client.municipality.findUniqueOrThrow({ where: { cbsCode: DEMO_WORKSPACE.municipality } });
  const programme = await client.programme.findUniqueOrThrow({
    where: { municipalityId_number: { municipalityId: municipality.id, number: DEMO_WORKSPACE.programme } },
  });
  const documents = await Promise.all(
    (["BEGROTING", "JAARSTUKKEN"] as const).map(async (kind) => {
      const document = await client.pcDocument.findFirstOrThrow({
        where: { municipalityId: municipality.id, kind, year: DEMO_WORKSPACE.year, sequence: 0, origin: { not: "RECONSTRUCTED" } },
        select: { id: true },
      });
      return { id: document.id, kind };
    }),
  );
  return { municipalityId: municipality.id, programmeId: programme.id, documents };
}

/** Fills in and submits what one document owns, through the programme form's own transaction. */
async function fillAndSubmit(workspace: Workspace, document: Workspace["documents"][number], token: string) {
  const client = db();
  const advisor = await client.user.findUniqueOrThrow({ where: { email: "advies@zoetermeer.demo" } });
  const year = DEMO_WORKSPACE.year;
  const figures = await client.indicatorFigure.findMany({
    where: { documentId: document.id, year },
    include: { indicator: true },
    orderBy: { indicator: { sortOrder: "asc" } },
  });
  const lines = await client.budgetFigure.findMany({ where: { documentId: document.id, year }, orderBy: { budgetLine: { sortOrder: "asc" } } });
  const owned = OWNED[document.kind];
  const entry = programmeEntrySchema.parse({
    documentId: document.id,
    programmeId: workspace.programmeId,
    intent: "submit",
    indicators: figures.map((f) => ({
      id: f.id,
      version: f.version,
      base: { value: "", explanation: "" },
      value: owned.value,
      explanation: `Toelichting ${token} bij ${f.indicator.name}`,
    })),
    // A begroting's amounts are the controller's grid (below), not the advisor's form.
    lines: (document.kind === "BEGROTING" ? [] : lines).map((l) => ({
      id: l.id,
      version: l.version,
      base: { amount: "", explanation: "" },
      amount: owned.amount,
      explanation: `Toelichting ${token}`,
    })),
  });
  const municipalityId = unsafeAuthorizeMunicipality(workspace.municipalityId);
  const outcome = await saveProgrammeEntry({ entry, userId: advisor.id, municipalityId });
  if (outcome.outcome !== "saved") throw new Error(`Invullen mislukt: ${JSON.stringify(outcome)}`);
  if (document.kind !== "BEGROTING") return;
  // The controller enters the primitieve begroting; it is adopted with the begroting, without a review of its own.
  const controller = await client.user.findUniqueOrThrow({ where: { email: "controller@zoetermeer.demo" } });
  const grid = budgetGridSchema.parse({
    documentId: document.id,
    programmeId: workspace.programmeId,
    cells: lines.map((l) => ({ line: l.budgetLineId, year: String(year), version: String(l.version), base: "", amount: owned.amount })),
  });
  const budget = await saveBudgetGrid(grid, { userId: controller.id, municipalityId });
  if (budget.outcome !== "saved") throw new Error(`Begroting invoeren mislukt: ${JSON.stringify(budget)}`);
}

async function approveAll(workspace: Workspace, documentId: string) {
  const client = db();
  const controller = await client.user.findUniqueOrThrow({ where: { email: "controller@zoetermeer.demo" } });
  const decision = {
    decision: "approve" as const,
    comment: null,
    userId: controller.id,
    municipalityId: unsafeAuthorizeMunicipality(workspace.municipalityId),
  };
  for (const f of await client.indicatorFigure.findMany({ where: { documentId } })) {
    await decideFigure({ ...decision, kind: "indicatorValue", id: f.id, expectedVersion: f.version });
  }
  // A begroting's amounts are settled when entered; only submitted figures wait for a decision.
  for (const f of await client.budgetFigure.findMany({ where: { documentId, reviewStatus: "INGEDIEND" } })) {
    await decideFigure({ ...decision, kind: "financialLine", id: f.id, expectedVersion: f.version });
  }
}

async function main() {
  const [scenario = "leeg", token = "e2e"] = process.argv.slice(2);
  if (!SCENARIOS.includes(scenario as Scenario)) throw new Error(`Onbekend scenario: ${scenario}`);
  if (process.env.DEMO_MODE !== "1") throw new Error("Alleen in demomodus (DEMO_MODE=1).");
  const client = db();
  try {
    await client.$transaction((tx) => loadDemoWorkspace(tx, { reset: true }), { timeout: 60_000 });
    if (scenario === "leeg") return;
    const workspace = await findWorkspace();
    for (const document of workspace.documents) {
      if (scenario === "begroot" && document.kind !== "BEGROTING") continue;
      await fillAndSubmit(workspace, document, token);
      if (scenario === "goedgekeurd") await approveAll(workspace, document.id);
    }
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
