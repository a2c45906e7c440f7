// A concept document of Zoetermeer programme 6 with two indicator values and
// two financial lines, and users in every role, built with the app's own
// mutations next to the demo data — for the data-entry and review tests.
// Every file uses its own year, so files never see each other's rows.
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import { upsertDocument } from "@/lib/document/mutations";
import { createFinancialLine } from "@/lib/finance/mutations";
import { upsertImportedIndicatorValue, upsertIndicatorByKey } from "@/lib/indicator/mutations";
import { createProgrammeReport } from "@/lib/programme/mutations";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";

export type UserKey = "advisor" | "advisor2" | "controller" | "beheerder" | "lezer" | "dualRole" | "hilversumAdvisor";

export interface Fixture {
  run: string;
  year: number;
  municipalityId: string;
  hilversumId: string;
  programmeId: string;
  documentId: string;
  indicatorIds: string[];
  /** [missed-target indicator (hoger is beter), lager-is-beter indicator] */
  valueIds: string[];
  /** [lasten, baten] */
  lineIds: string[];
  users: Record<UserKey, string>;
  memberships: { userId: string; municipalityId: string; role: Role }[];
}

const actor = { userId: null, reason: "test werkproces" };

export async function buildFixture(year: number): Promise<Fixture> {
  const client = db();
  const run = `${year}-${Date.now()}`;
  const z = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
  const h = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0402" } });
  const p6 = await client.programme.findUniqueOrThrow({ where: { municipalityId_number: { municipalityId: z.id, number: "6" } } });
  const h421 = await client.programme.findUniqueOrThrow({ where: { municipalityId_number: { municipalityId: h.id, number: "4.2.1" } } });
  const document = await upsertDocument(client, { municipalityId: z.id, kind: "JAARSTUKKEN", year, title: `Testjaarstukken ${year}`, status: "CONCEPT" });
  await createProgrammeReport(client, { documentId: document.id, programmeId: p6.id, sortOrder: 0 });

  const indicatorIds: string[] = [];
  const valueIds: string[] = [];
  for (const [n, direction] of (["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const).entries()) {
    const indicator = await upsertIndicatorByKey(client, {
      municipalityId: z.id,
      importKey: `test-werkproces-${run}-${n}`,
      programmeId: p6.id,
      goalId: null,
      name: `Testindicator ${n} ${run}`,
      unit: "RAPPORTCIJFER",
      decimals: 1,
      direction,
      frequency: "YEARLY",
      bbvMandatory: false,
      sortOrder: 100 + n,
    });
    indicatorIds.push(indicator.id);
    const value = await upsertImportedIndicatorValue(client, {
      indicatorId: indicator.id,
      documentId: document.id,
      year,
      dimensionValue: "",
      target: null,
      actual: null,
      benchmark: null,
      benchmarkLabel: null,
      printedGoalAchieved: null,
      explanation: null,
      reviewStatus: "CONCEPT",
      sourceId: null,
      sourceLocation: null,
    });
    valueIds.push(value.id);
  }
  const lineIds: string[] = [];
  for (const [sortOrder, category] of (["EXPENSES", "INCOME"] as const).entries()) {
    const line = await createFinancialLine(client, {
      documentId: document.id,
      programmeId: p6.id,
      goalId: null,
      product: null,
      functionCode: null,
      category,
      label: `Testregel ${category}`,
      actualPreviousYear: null,
      budgetOriginal: null,
      budgetAmended: null,
      actual: null,
      explanation: null,
      reviewStatus: "CONCEPT",
      sortOrder,
      sourceId: null,
      sourceLocation: null,
    });
    lineIds.push(line.id);
  }

  const fixture: Fixture = {
    run,
    year,
    municipalityId: z.id,
    hilversumId: h.id,
    programmeId: p6.id,
    documentId: document.id,
    indicatorIds,
    valueIds,
    lineIds,
    users: {} as Record<UserKey, string>,
    memberships: [],
  };
  const user = async (key: UserKey, memberships: { municipalityId: string; role: Role; programmeIds: string[] }[]) => {
    const u = await upsertUserByEmail(client, { email: `${key.toLowerCase()}-${run}@werkproces.test`, name: `Test ${key}`, passwordHash: null }, actor);
    fixture.users[key] = u.id;
    for (const m of memberships) {
      await setMembership(client, { userId: u.id, ...m }, actor);
      fixture.memberships.push({ userId: u.id, municipalityId: m.municipalityId, role: m.role });
    }
  };
  await user("advisor", [{ municipalityId: z.id, role: "BELEIDSADVISEUR", programmeIds: [p6.id] }]);
  await user("advisor2", [{ municipalityId: z.id, role: "BELEIDSADVISEUR", programmeIds: [p6.id] }]);
  await user("controller", [{ municipalityId: z.id, role: "CONTROLLER", programmeIds: [] }]);
  await user("beheerder", [{ municipalityId: z.id, role: "BEHEERDER", programmeIds: [] }]);
  await user("lezer", [{ municipalityId: z.id, role: "LEZER", programmeIds: [] }]);
  await user("dualRole", [
    { municipalityId: z.id, role: "BELEIDSADVISEUR", programmeIds: [p6.id] },
    { municipalityId: z.id, role: "CONTROLLER", programmeIds: [] },
  ]);
  await user("hilversumAdvisor", [{ municipalityId: h.id, role: "BELEIDSADVISEUR", programmeIds: [h421.id] }]);
  return fixture;
}

export async function destroyFixture(f: Fixture | undefined) {
  if (!f) return;
  const client = db();
  for (const m of f.memberships) await removeMembership(client, m, actor);
  // Users who wrote audit entries stay, disabled: the trail is append-only.
  for (const id of Object.values(f.users)) await setUserDisabled(client, id, true, actor);
  await client.pcDocument.deleteMany({ where: { id: f.documentId } });
  await client.indicator.deleteMany({ where: { id: { in: f.indicatorIds } } });
}

/** Runs an authorized action as one of the fixture's users, through the real gate. */
export function as<I, T>(f: Fixture, key: UserKey, action: AuthorizedServerAction<I, T>) {
  return withUserResolver(action, () => loadSessionUser(f.users[key]));
}

const text = (v: string | null) => v ?? "";

/** The programme form as the page would post it now, with the given typed values per row. */
export async function entryForm(
  f: Fixture,
  typed: {
    indicators?: Partial<Record<number, { target?: string; actual?: string; explanation?: string; confirmUnusual?: string }>>;
    lines?: Partial<Record<number, { budgetAmended?: string; actual?: string; explanation?: string }>>;
  } = {},
  extra: { intent?: "save" | "submit"; reason?: string } = {},
) {
  const client = db();
  const values = await Promise.all(f.valueIds.map((id) => client.indicatorValue.findUniqueOrThrow({ where: { id } })));
  const lines = await Promise.all(f.lineIds.map((id) => client.financialLine.findUniqueOrThrow({ where: { id } })));
  const dutch = (d: { toString(): string } | null) => (d === null ? "" : d.toString().replace(".", ","));
  return {
    documentId: f.documentId,
    programmeId: f.programmeId,
    intent: extra.intent ?? "save",
    ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
    indicators: values.map((v, i) => ({
      id: v.id,
      version: String(v.version),
      base: { target: text(v.target?.toString() ?? null), actual: text(v.actual?.toString() ?? null), explanation: text(v.explanation) },
      target: typed.indicators?.[i]?.target ?? dutch(v.target),
      actual: typed.indicators?.[i]?.actual ?? dutch(v.actual),
      explanation: typed.indicators?.[i]?.explanation ?? text(v.explanation),
      ...(typed.indicators?.[i]?.confirmUnusual !== undefined ? { confirmUnusual: typed.indicators[i]!.confirmUnusual } : {}),
    })),
    lines: lines.map((l, i) => ({
      id: l.id,
      version: String(l.version),
      base: { budgetAmended: text(l.budgetAmended?.toString() ?? null), actual: text(l.actual?.toString() ?? null), explanation: text(l.explanation) },
      budgetAmended: typed.lines?.[i]?.budgetAmended ?? (l.budgetAmended === null ? "" : l.budgetAmended.toString()),
      actual: typed.lines?.[i]?.actual ?? (l.actual === null ? "" : l.actual.toString()),
      explanation: typed.lines?.[i]?.explanation ?? text(l.explanation),
    })),
  };
}

export async function figures(f: Fixture) {
  const client = db();
  const [values, lines] = await Promise.all([
    client.indicatorValue.findMany({ where: { id: { in: f.valueIds } } }),
    client.financialLine.findMany({ where: { id: { in: f.lineIds } } }),
  ]);
  return {
    values: f.valueIds.map((id) => values.find((v) => v.id === id)!),
    lines: f.lineIds.map((id) => lines.find((l) => l.id === id)!),
  };
}
