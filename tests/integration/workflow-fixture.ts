// Concept documents of Zoetermeer programme 6 for one year — a begroting that
// owns the streefwaarden and the primitieve begroting, and jaarstukken that own
// the realisaties (decision 009) — with two indicators and two budget lines,
// and users in every role, built with the app's own mutations next to the demo
// data — for the data-entry and review tests. Every file uses its own year, so
// files never see each other's rows.
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import { upsertDocument } from "@/lib/document/mutations";
import { upsertBudgetFigure, upsertBudgetLine } from "@/lib/finance/mutations";
import { EMPTY_INDICATOR_FIGURE, upsertIndicatorByKey, upsertIndicatorFigure } from "@/lib/indicator/mutations";
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
  /** The jaarstukken: they own the realisaties. */
  documentId: string;
  /** The begroting of the same year: it owns the streefwaarden and the primitieve begroting. */
  budgetDocumentId: string;
  indicatorIds: string[];
  /** Realisatie figures in the jaarstukken: [missed-target indicator (hoger is beter), lager-is-beter indicator] */
  valueIds: string[];
  /** Streefwaarde figures in the begroting, same order. */
  targetIds: string[];
  budgetLineIds: string[];
  /** Realisatie figures in the jaarstukken: [lasten, baten] */
  lineIds: string[];
  /** Primitieve begroting figures in the begroting, same order. */
  budgetIds: string[];
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
  const budget = await upsertDocument(client, { municipalityId: z.id, kind: "BEGROTING", year, title: `Testbegroting ${year}`, status: "CONCEPT" });
  for (const d of [document, budget]) await createProgrammeReport(client, { documentId: d.id, programmeId: p6.id, sortOrder: 0 });

  const indicatorIds: string[] = [];
  const valueIds: string[] = [];
  const targetIds: string[] = [];
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
    valueIds.push((await upsertIndicatorFigure(client, { ...EMPTY_INDICATOR_FIGURE, indicatorId: indicator.id, documentId: document.id, year })).id);
    targetIds.push((await upsertIndicatorFigure(client, { ...EMPTY_INDICATOR_FIGURE, indicatorId: indicator.id, documentId: budget.id, year })).id);
  }
  const emptyBudgetFigure = { amount: null, explanation: null, reviewStatus: "CONCEPT", sourceId: null, sourceLocation: null } as const;
  const budgetLineIds: string[] = [];
  const lineIds: string[] = [];
  const budgetIds: string[] = [];
  for (const [sortOrder, category] of (["EXPENSES", "INCOME"] as const).entries()) {
    const line = await upsertBudgetLine(client, {
      municipalityId: z.id,
      programmeId: p6.id,
      goalId: null,
      key: `test-werkproces-${run}-${category}`,
      product: null,
      functionCode: null,
      category,
      label: `Testregel ${category}`,
      sortOrder,
    });
    budgetLineIds.push(line.id);
    lineIds.push((await upsertBudgetFigure(client, { ...emptyBudgetFigure, budgetLineId: line.id, documentId: document.id, year })).id);
    budgetIds.push((await upsertBudgetFigure(client, { ...emptyBudgetFigure, budgetLineId: line.id, documentId: budget.id, year })).id);
  }

  const fixture: Fixture = {
    run,
    year,
    municipalityId: z.id,
    hilversumId: h.id,
    programmeId: p6.id,
    documentId: document.id,
    budgetDocumentId: budget.id,
    indicatorIds,
    valueIds,
    targetIds,
    budgetLineIds,
    lineIds,
    budgetIds,
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
  await client.pcDocument.deleteMany({ where: { id: { in: [f.documentId, f.budgetDocumentId] } } });
  await client.indicator.deleteMany({ where: { id: { in: f.indicatorIds } } });
  await client.budgetLine.deleteMany({ where: { id: { in: f.budgetLineIds } } });
}

/** Runs an authorized action as one of the fixture's users, through the real gate. */
export function as<I, T>(f: Fixture, key: UserKey, action: AuthorizedServerAction<I, T>) {
  return withUserResolver(action, () => loadSessionUser(f.users[key]));
}

const text = (v: string | null) => v ?? "";

/** Which of the fixture's documents a form is about: the jaarstukken (realisaties) unless the begroting is named. */
export type FixtureDocument = "jaarstukken" | "begroting";

export interface TypedEntry {
  /** The figure the document owns: the realisatie in the jaarstukken, the streefwaarde in the begroting. */
  indicators?: Partial<Record<number, { value?: string; explanation?: string; confirmUnusual?: string }>>;
  /** The amount the document owns: the realisatie in the jaarstukken, the primitieve begroting in the begroting. */
  lines?: Partial<Record<number, { amount?: string; explanation?: string }>>;
}

function documentIds(f: Fixture, document: FixtureDocument) {
  return document === "begroting"
    ? { documentId: f.budgetDocumentId, valueIds: f.targetIds, lineIds: f.budgetIds }
    : { documentId: f.documentId, valueIds: f.valueIds, lineIds: f.lineIds };
}

/** The programme form as the page would post it now, with the given typed values per row. */
export async function entryForm(
  f: Fixture,
  typed: TypedEntry = {},
  extra: { intent?: "save" | "submit"; reason?: string } = {},
  document: FixtureDocument = "jaarstukken",
) {
  const client = db();
  const ids = documentIds(f, document);
  const values = await Promise.all(ids.valueIds.map((id) => client.indicatorFigure.findUniqueOrThrow({ where: { id } })));
  const lines = await Promise.all(ids.lineIds.map((id) => client.budgetFigure.findUniqueOrThrow({ where: { id } })));
  const dutch = (d: { toString(): string } | null) => (d === null ? "" : d.toString().replace(".", ","));
  return {
    documentId: ids.documentId,
    programmeId: f.programmeId,
    intent: extra.intent ?? "save",
    ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
    indicators: values.map((v, i) => ({
      id: v.id,
      version: String(v.version),
      base: { value: text(v.value?.toString() ?? null), explanation: text(v.explanation) },
      value: typed.indicators?.[i]?.value ?? dutch(v.value),
      explanation: typed.indicators?.[i]?.explanation ?? text(v.explanation),
      ...(typed.indicators?.[i]?.confirmUnusual !== undefined ? { confirmUnusual: typed.indicators[i]!.confirmUnusual } : {}),
    })),
    // The begroting's form posts no amounts: its primitieve begroting is the controller's grid (lib/budget).
    lines: (document === "begroting" ? [] : lines).map((l, i) => ({
      id: l.id,
      version: String(l.version),
      base: { amount: text(l.amount?.toString() ?? null), explanation: text(l.explanation) },
      amount: typed.lines?.[i]?.amount ?? (l.amount === null ? "" : l.amount.toString()),
      explanation: typed.lines?.[i]?.explanation ?? text(l.explanation),
    })),
  };
}

/**
 * Puts streefwaarden and primitieve begroting into the fixture's begroting as
 * if entered there (test setup: the jaarstukken only read them).
 */
export async function adoptInBegroting(f: Fixture, adopted: { targets?: (string | null)[]; budgets?: (bigint | null)[] }) {
  const client = db();
  for (const [i, value] of (adopted.targets ?? []).entries()) {
    await client.indicatorFigure.update({ where: { id: f.targetIds[i]! }, data: { value, version: { increment: 1 } } });
  }
  for (const [i, amount] of (adopted.budgets ?? []).entries()) {
    await client.budgetFigure.update({ where: { id: f.budgetIds[i]! }, data: { amount, version: { increment: 1 } } });
  }
}

export async function figures(f: Fixture, document: FixtureDocument = "jaarstukken") {
  const client = db();
  const ids = documentIds(f, document);
  const [values, lines] = await Promise.all([
    client.indicatorFigure.findMany({ where: { id: { in: ids.valueIds } } }),
    client.budgetFigure.findMany({ where: { id: { in: ids.lineIds } } }),
  ]);
  return {
    values: ids.valueIds.map((id) => values.find((v) => v.id === id)!),
    lines: ids.lineIds.map((id) => lines.find((l) => l.id === id)!),
  };
}
