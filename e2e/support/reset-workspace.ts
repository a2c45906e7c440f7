// TEST ONLY. Puts the demo working document (prisma/demo/workspace.ts) into a
// known state for an end-to-end journey, through the app's own mutations, so
// the journeys do not depend on each other's order. Run by e2e/support/workspace.ts:
//
//   node --conditions=react-server --import tsx e2e/support/reset-workspace.ts <leeg|ingediend|goedgekeurd> <token>
//
// against DATABASE_URL, in demo mode. "leeg" is the state the seed creates;
// "ingediend" has every figure filled in and submitted by the demo advisor;
// "goedgekeurd" has them approved by the demo controller as well. Every
// toelichting carries <token>, so a test can recognise its own figures on a
// public page that may still be cached from an earlier run.
import { db } from "@/lib/db";
import { unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import { decideFigure, saveProgrammeEntry } from "@/lib/review/mutations";
import { programmeEntrySchema } from "@/lib/review/schema";
import { DEMO_WORKSPACE, loadDemoWorkspace } from "@/prisma/demo/workspace";

const SCENARIOS = ["leeg", "ingediend", "goedgekeurd"] as const;
type Scenario = (typeof SCENARIOS)[number];

/** Filled-in test figures: every target reached, every amount on budget. */
const INDICATOR_FIGURES = { target: "7,0", actual: "7,5" };
const LINE_FIGURES = { budgetAmended: "1.000.000", actual: "1.000.000" };

async function fillAndSubmit(token: string) {
  const client = db();
  const municipality = await client.municipality.findUniqueOrThrow({ where: { cbsCode: DEMO_WORKSPACE.municipality } });
  const document = await client.pcDocument.findUniqueOrThrow({
    where: { municipalityId_kind_year: { municipalityId: municipality.id, kind: DEMO_WORKSPACE.kind, year: DEMO_WORKSPACE.year } },
  });
  const programme = await client.programme.findUniqueOrThrow({
    where: { municipalityId_number: { municipalityId: municipality.id, number: DEMO_WORKSPACE.programme } },
  });
  const advisor = await client.user.findUniqueOrThrow({ where: { email: "advies@zoetermeer.demo" } });
  const values = await client.indicatorValue.findMany({ where: { documentId: document.id }, include: { indicator: true }, orderBy: { indicator: { sortOrder: "asc" } } });
  const lines = await client.financialLine.findMany({ where: { documentId: document.id }, orderBy: { sortOrder: "asc" } });
  const entry = programmeEntrySchema.parse({
    documentId: document.id,
    programmeId: programme.id,
    intent: "submit",
    indicators: values.map((v) => ({
      id: v.id,
      version: v.version,
      base: { target: "", actual: "", explanation: "" },
      ...INDICATOR_FIGURES,
      explanation: `Toelichting ${token} bij ${v.indicator.name}`,
    })),
    lines: lines.map((l) => ({
      id: l.id,
      version: l.version,
      base: { budgetAmended: "", actual: "", explanation: "" },
      ...LINE_FIGURES,
      explanation: `Toelichting ${token}`,
    })),
  });
  const outcome = await saveProgrammeEntry({ entry, userId: advisor.id, municipalityId: unsafeAuthorizeMunicipality(municipality.id) });
  if (outcome.outcome !== "saved") throw new Error(`Invullen mislukt: ${JSON.stringify(outcome)}`);
  return { municipalityId: municipality.id, documentId: document.id };
}

async function approveAll(municipalityId: string, documentId: string) {
  const client = db();
  const controller = await client.user.findUniqueOrThrow({ where: { email: "controller@zoetermeer.demo" } });
  const decision = { decision: "approve" as const, comment: null, userId: controller.id, municipalityId: unsafeAuthorizeMunicipality(municipalityId) };
  for (const v of await client.indicatorValue.findMany({ where: { documentId } })) {
    await decideFigure({ ...decision, kind: "indicatorValue", id: v.id, expectedVersion: v.version });
  }
  for (const l of await client.financialLine.findMany({ where: { documentId } })) {
    await decideFigure({ ...decision, kind: "financialLine", id: l.id, expectedVersion: l.version });
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
    const { municipalityId, documentId } = await fillAndSubmit(token);
    if (scenario === "goedgekeurd") await approveAll(municipalityId, documentId);
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
