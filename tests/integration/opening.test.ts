// The beginstand (lib/opening): first-year jaarstukken get the primitieve
// begroting and last year's rekening that no document in the monitor holds,
// through the real action — stored in the jaarstukken' reconstructions, so the
// entry computes the begroting na wijziging from them; nothing is written when
// a cell is invalid or stale; a column a real document provides is refused.
// Built in Zoetermeer in a year and programme the demo does not use, removed afterwards.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { withUserResolver } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import { memberScope, unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import type { ActionResult } from "@/lib/auth/result";
import { saveOpeningAction } from "@/lib/opening/actions";
import { upsertDocument } from "@/lib/document/mutations";
import { EMPTY_BUDGET_FIGURE, upsertBudgetFigure, upsertBudgetLine } from "@/lib/finance/mutations";
import { EMPTY_INDICATOR_FIGURE, upsertIndicatorByKey, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { createProgrammeReport, upsertProgramme } from "@/lib/programme/mutations";
import { listEntryLines, readAdoptedTargets } from "@/lib/review/data";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";

const RUN = `${Date.now()}`;
const Y = 2077;
const actor = { userId: null, reason: "test beginstand" };

const f = { municipalityId: "", programmeId: "", lasten: "", baten: "", indicatorId: "", jaarstukken: "", controller: "" };

const save = (input: Record<string, unknown>) =>
  withUserResolver(saveOpeningAction, () => loadSessionUser(f.controller))({ documentId: f.jaarstukken, programmeId: f.programmeId, ...input } as never);

function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const figuresOfReconstructions = () =>
  db().budgetFigure.findMany({
    where: { document: { reconstructedFromId: f.jaarstukken, origin: "RECONSTRUCTED" } },
    select: { budgetLineId: true, year: true, amount: true, reviewStatus: true, document: { select: { kind: true } } },
    orderBy: [{ year: "asc" }, { budgetLineId: "asc" }],
  });

beforeAll(async () => {
  const client = db();
  const z = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
  f.municipalityId = z.id;
  const existing = await client.programme.findUnique({ where: { municipalityId_number: { municipalityId: z.id, number: "77" } } });
  expect(existing === null || existing.name.startsWith("Testprogramma beginstand"), "programma 77 bestaat al").toBe(true);
  f.programmeId = (await upsertProgramme(client, { municipalityId: z.id, number: "77", name: "Testprogramma beginstand", sortOrder: 77 })).id;
  const line = async (key: string, category: "EXPENSES" | "INCOME", label: string, sortOrder: number) =>
    (await upsertBudgetLine(client, { municipalityId: z.id, programmeId: f.programmeId, goalId: null, key: `test-beginstand-${key}-${RUN}`, product: null, functionCode: null, category, label, sortOrder })).id;
  f.lasten = await line("lasten", "EXPENSES", "Onderhoud", 1);
  f.baten = await line("baten", "INCOME", "Huren", 2);
  f.indicatorId = (
    await upsertIndicatorByKey(client, {
      municipalityId: z.id,
      importKey: `test-beginstand-${RUN}`,
      programmeId: f.programmeId,
      goalId: null,
      name: "Tevredenheid onderhoud",
      unit: "RAPPORTCIJFER",
      decimals: 1,
      direction: "HIGHER_IS_BETTER",
      frequency: "YEARLY",
      bbvMandatory: false,
      sortOrder: 0,
    })
  ).id;
  f.jaarstukken = (await upsertDocument(client, { municipalityId: z.id, kind: "JAARSTUKKEN", year: Y, title: `Testjaarstukken ${Y} ${RUN}`, status: "CONCEPT" })).id;
  await createProgrammeReport(client, { documentId: f.jaarstukken, programmeId: f.programmeId, introduction: null, sortOrder: 77 });
  for (const budgetLineId of [f.lasten, f.baten]) await upsertBudgetFigure(client, { ...EMPTY_BUDGET_FIGURE, budgetLineId, documentId: f.jaarstukken, year: Y });
  await upsertIndicatorFigure(client, { ...EMPTY_INDICATOR_FIGURE, indicatorId: f.indicatorId, documentId: f.jaarstukken, year: Y });
  const u = await upsertUserByEmail(client, { email: `controller-${RUN}@beginstand.test`, name: "Beginstandtest controller", passwordHash: null }, actor);
  f.controller = u.id;
  await setMembership(client, { userId: u.id, municipalityId: z.id, role: "CONTROLLER", programmeIds: [] }, actor);
});

afterAll(async () => {
  const client = db();
  await removeMembership(client, { userId: f.controller, municipalityId: f.municipalityId, role: "CONTROLLER" }, actor);
  await setUserDisabled(client, f.controller, true, actor);
  await client.pcDocument.deleteMany({ where: { municipalityId: f.municipalityId, year: { in: [Y - 1, Y] } } });
  await client.indicator.deleteMany({ where: { id: f.indicatorId } });
  await client.budgetLine.deleteMany({ where: { id: { in: [f.lasten, f.baten] } } });
  await client.programme.deleteMany({ where: { id: f.programmeId } });
  await client.$disconnect();
});

const lines = (over: Record<string, string>[] = []) =>
  [f.lasten, f.baten].map((budgetLineId, i) => ({ budgetLineId, primitiefVersion: "", previousActualVersion: "", ...over[i] }));

describe("the beginstand of first-year jaarstukken", () => {
  it("refuses everything when one cell cannot be read, and keeps nothing half", async () => {
    const result = await save({ lines: lines([{ primitief: "1.000.000" }, { primitief: "12,5" }]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.["lines.1.primitief"]?.[0]).toMatch(/hele euro|decima|geheel/i);
    expect(await figuresOfReconstructions()).toEqual([]);
  });

  it("stores the primitieve begroting and last year's rekening in the jaarstukken' reconstructions, approved with them", async () => {
    const data = expectOk(
      await save({
        lines: lines([{ primitief: "1.000.000", previousActual: "950.000" }, { primitief: "400.000", previousActual: "" }]),
        indicators: [{ indicatorId: f.indicatorId, dimensionValue: "", target: "7,5", targetVersion: "" }],
      }),
    );
    expect(data).toEqual({ message: "De beginstand is opgeslagen (4 cijfers)." });
    const stored = await figuresOfReconstructions();
    expect(stored).toHaveLength(3);
    expect(stored.find((s) => s.year === Y - 1)).toMatchObject({ budgetLineId: f.lasten, amount: 950_000n, reviewStatus: "GOEDGEKEURD", document: { kind: "JAARSTUKKEN" } });
    expect(stored.filter((s) => s.year === Y).map((s) => s.amount).sort()).toEqual([1_000_000n, 400_000n].sort());

    // The entry of the jaarstukken now measures the realisatie against it.
    const scope = memberScope(unsafeAuthorizeMunicipality(f.municipalityId));
    const entry = await listEntryLines(scope, { id: f.jaarstukken, kind: "JAARSTUKKEN", year: Y }, f.programmeId);
    expect(entry.find((l) => l.label === "Onderhoud")?.budget).toEqual({ amount: "1000000", basis: "computed" });
    const targets = await readAdoptedTargets(db(), unsafeAuthorizeMunicipality(f.municipalityId), { id: f.jaarstukken, kind: "JAARSTUKKEN", year: Y }, [{ indicatorId: f.indicatorId, dimensionValue: "" }]);
    expect([...targets.values()][0]?.value).toBe("7.5");
  });

  it("writes nothing over a figure someone else saved since the form was shown", async () => {
    const before = await figuresOfReconstructions();
    const result = await save({ lines: lines([{ primitief: "1.100.000" }, { primitief: "400.000" }]) });
    expect(result.ok && "refused" in result.data ? result.data.refused : null).toMatch(/intussen opgeslagen/);
    expect(await figuresOfReconstructions()).toEqual(before);
  });

  it("refuses a primitieve begroting once the year's begroting is in the monitor", async () => {
    await upsertDocument(db(), { municipalityId: f.municipalityId, kind: "BEGROTING", year: Y, title: `Testbegroting ${Y} ${RUN}`, status: "CONCEPT" });
    const stored = await figuresOfReconstructions();
    const version = async (year: number) =>
      String((await db().budgetFigure.findFirstOrThrow({ where: { budgetLineId: f.lasten, year, document: { reconstructedFromId: f.jaarstukken } } })).version);
    const result = await save({ lines: [{ budgetLineId: f.lasten, primitief: "2.000.000", primitiefVersion: await version(Y), previousActualVersion: "" }] });
    expect(result.ok && "refused" in result.data ? result.data.fieldErrors["lines.0.primitief"]?.[0] : null).toMatch(/begroting 2077 staat in de monitor/);
    expect(await figuresOfReconstructions()).toEqual(stored);
  });
});
