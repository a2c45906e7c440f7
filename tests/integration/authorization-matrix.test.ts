// The authorization matrix through the real wrapped Server Actions: every
// user below × every write action × own/other municipality × own/other
// programme, with the expected answer WRITTEN OUT per action (not derived from
// lib/auth/permissions.ts), the user injected through the test seam
// (withUserResolver) and loaded the way a session loads it (loadSessionUser).
//
// Allowed means: the gate let the call through, and the action gave the exact
// answer this file expects (ok, or a domain refusal inside `ok: true` data
// where the call was made deliberately harmless). Denied means: code FORBIDDEN
// and nothing changed.
//
// Users:
// - advisorP: beleidsadviseur of Zoetermeer, assigned test programme P;
// - advisorQ: beleidsadviseur of Zoetermeer WITHOUT P (assigned the other test
//   programme Q instead, so "own programme" is tested from both sides);
// - controller, beheerder, lezer of Zoetermeer;
// - platformAdmin (no membership anywhere);
// - hilversum: roles only in Hilversum — beleidsadviseur of Hilversum's test
//   programme, controller and beheerder — so that every action has an allowed
//   Hilversum case and Zoetermeer's targets prove the municipality boundary.
//
// The fixtures (test programmes, concept documents, indicator values,
// financial lines, a "subject" user whose roles are managed) are built with
// the app's own mutations in years the demo data does not use, and removed
// afterwards; demo rows are never written (settings are saved with the values
// they already have, a municipality is "created" with Zoetermeer's own CBS
// code so it is refused as a duplicate after the gate).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// Password links are shown as full URLs, built from the request's host.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "autorisatiematrix.test" }) }));

import { db } from "@/lib/db";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/auth/result";
import type { Role } from "@/lib/auth/permissions";
import { approveFigure, returnFigure, saveProgrammeFigures, submitFinancialLine, submitIndicatorValue } from "@/lib/review/actions";
import { submitFigureValue } from "@/lib/review/schema";
import { changeDocumentStatus } from "@/lib/document/actions";
import { createMunicipalityAction, saveMunicipalitySettings } from "@/lib/municipality/actions";
import { addRole, removeRole, setAdvisorProgrammes } from "@/lib/users/actions";
import { blockAccount, changePassword, createPasswordLink, unblockAccount } from "@/lib/accounts/actions";
import { upsertDocument } from "@/lib/document/mutations";
import { upsertBudgetFigure, upsertBudgetLine } from "@/lib/finance/mutations";
import { upsertIndicatorByKey, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { upsertProgramme } from "@/lib/programme/mutations";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";
import { createAmendmentAction, saveAmendmentAction, setAmendmentStatusAction } from "@/lib/amendment/actions";
import { createAmendment } from "@/lib/amendment/mutations";
import { createDocumentAction, previewDocumentAction } from "@/lib/document/actions";
import { unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import { saveOpeningAction } from "@/lib/opening/actions";
import { cancelImportAction, confirmImportAction, startImportAction } from "@/lib/exchange/actions";
import { NOTHING_TO_WRITE } from "@/lib/exchange/messages";
import { addBbvIndicatorsAction, addIndicatorAction, editIndicatorAction, moveIndicatorAction, removeIndicatorAction } from "@/lib/structure/indicator-actions";
import { addBudgetLineAction, editBudgetLineAction, moveBudgetLineAction, removeBudgetLineAction } from "@/lib/structure/budget-line-actions";
import { saveBudgetGridAction, saveTargetGridAction } from "@/lib/budget/actions";
import {
  addActivityAction,
  addGoalAction,
  createProgrammeAction,
  deleteActivityAction,
  deleteGoalAction,
  deleteProgrammeAction,
  editActivityAction,
  editGoalAction,
  editProgrammeAction,
  moveGoalAction,
  moveProgrammeAction,
  reorderActivityAction,
  reorderGoalAction,
  retireGoalAction,
  retireProgrammeAction,
} from "@/lib/structure/actions";
import { approveTextsAction, returnTextsAction, saveTextsAction } from "@/lib/text/actions";
import { TEXT_MESSAGES } from "@/lib/text/rules";

const RUN = `${Date.now()}`;
const FIGURE_YEAR = 2096;
const STATUS_YEAR = 2095;
const actor = { userId: null, reason: "test autorisatiematrix" };

type UserKey = "advisorP" | "advisorQ" | "controller" | "beheerder" | "lezer" | "platformAdmin" | "hilversum";
const USERS: UserKey[] = ["advisorP", "advisorQ", "controller", "beheerder", "lezer", "platformAdmin", "hilversum"];
const USER_LABELS: Record<UserKey, string> = {
  advisorP: "beleidsadviseur Zoetermeer programma P",
  advisorQ: "beleidsadviseur Zoetermeer zonder P",
  controller: "controller Zoetermeer",
  beheerder: "beheerder Zoetermeer",
  lezer: "lezer Zoetermeer",
  platformAdmin: "platformbeheerder",
  hilversum: "gebruiker met rollen alleen in Hilversum",
};

/** Figures can be targeted per programme: Zoetermeer P, Zoetermeer Q, Hilversum. */
type FigureTarget = "zoetermeerP" | "zoetermeerQ" | "hilversum";
/** Settings, roles and document status live on the municipality: no programme dimension. */
type MunicipalityTarget = "zoetermeer" | "hilversum";
/** Creating a municipality is a platform action: no municipality, no programme. */
type PlatformTarget = "platform";
/** An account lives in every municipality where it has a role: here one, the other, or both. */
type AccountTarget = "accountZoetermeer" | "accountHilversum" | "accountBoth" | "accountPlatformAdmin" | "accountNoRoles";
/** Changing a password: one's own account, or someone else's. */
type PasswordTarget = "ownAccount" | "accountZoetermeer";
type Target = FigureTarget | MunicipalityTarget | PlatformTarget | AccountTarget | PasswordTarget;
const ACCOUNT_TARGETS: AccountTarget[] = ["accountZoetermeer", "accountHilversum", "accountBoth", "accountPlatformAdmin", "accountNoRoles"];
const FIGURE_TARGETS: FigureTarget[] = ["zoetermeerP", "zoetermeerQ", "hilversum"];
const MUNICIPALITY_TARGETS: MunicipalityTarget[] = ["zoetermeer", "hilversum"];
const TARGET_LABELS: Record<Target, string> = {
  zoetermeerP: "Zoetermeer programma P",
  zoetermeerQ: "Zoetermeer ander programma",
  hilversum: "Hilversum",
  zoetermeer: "Zoetermeer",
  platform: "platform",
  accountZoetermeer: "account met rollen alleen in Zoetermeer",
  accountHilversum: "account met rollen alleen in Hilversum",
  accountBoth: "account met rollen in Zoetermeer en Hilversum",
  accountPlatformAdmin: "account van een (andere) platformbeheerder met een rol in Zoetermeer",
  accountNoRoles: "account zonder rollen",
  ownAccount: "eigen account",
};

// ------------------------------------------------------------------ expected outcomes, written out per action

/** Entering and submitting figures (saveProgrammeFigures, submitIndicatorValue, submitFinancialLine): the advisor of that programme only. */
const ENTER_FIGURES: Record<UserKey, FigureTarget[]> = {
  advisorP: ["zoetermeerP"],
  advisorQ: ["zoetermeerQ"],
  controller: [],
  beheerder: [],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};
/** Reviewing (approveFigure, returnFigure): a controller, for every programme of their municipality. */
const REVIEW_FIGURES: Record<UserKey, FigureTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: ["zoetermeerP", "zoetermeerQ"],
  beheerder: [],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};
/** Document status, settings and roles: the beheerder of the municipality; no programme dimension. */
const MANAGE_MUNICIPALITY: Record<UserKey, MunicipalityTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: [],
  beheerder: ["zoetermeer"],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};
/** Creating a municipality: the platform administrator only. */
const CREATE_MUNICIPALITY: Record<UserKey, PlatformTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: [],
  beheerder: [],
  lezer: [],
  platformAdmin: ["platform"],
  hilversum: [],
};

/**
 * Blocking, unblocking, password links: a beheerder of EVERY municipality the
 * account has a role in, or the platform administrator. A beheerder of one of
 * two must not take over an account that reads the other's concept data.
 */
const MANAGE_ACCOUNT: Record<UserKey, AccountTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: [],
  beheerder: ["accountZoetermeer"],
  lezer: [],
  platformAdmin: ["accountZoetermeer", "accountHilversum", "accountBoth", "accountPlatformAdmin", "accountNoRoles"],
  hilversum: ["accountHilversum"],
};
/** Changing a password: everyone their own, nobody someone else's. */
const CHANGE_PASSWORD: Record<UserKey, PasswordTarget[]> = {
  advisorP: ["ownAccount"],
  advisorQ: ["ownAccount"],
  controller: ["ownAccount"],
  beheerder: ["ownAccount"],
  lezer: ["ownAccount"],
  platformAdmin: ["ownAccount"],
  hilversum: ["ownAccount"],
};

interface Case<T extends Target> {
  user: UserKey;
  target: T;
  allowed: boolean;
  who: string;
  where: string;
  outcome: string;
}

function cases<T extends Target>(matrix: Record<UserKey, T[]>, targets: T[]): Case<T>[] {
  return USERS.flatMap((user) =>
    targets.map((target) => {
      const allowed = matrix[user].includes(target);
      return { user, target, allowed, who: USER_LABELS[user], where: TARGET_LABELS[target], outcome: allowed ? "toegestaan" : "FORBIDDEN" };
    }),
  );
}

/**
 * Each document enters the figures it owns (decision 009), through the same
 * programme form: the jaarstukken the realisatie, the begroting the
 * streefwaarde and the primitieve begroting, a bestuursrapportage the prognose.
 */
type Stage = "REALISATIE" | "PRIMITIEF" | "PROGNOSE";
const STAGES: Stage[] = ["REALISATIE", "PRIMITIEF", "PROGNOSE"];
const STAGE_DOCUMENTS: Record<Stage, { kind: "JAARSTUKKEN" | "BEGROTING" | "BESTUURSRAPPORTAGE"; sequence: number; label: string }> = {
  REALISATIE: { kind: "JAARSTUKKEN", sequence: 0, label: "realisatie in de jaarstukken" },
  // The begroting's primitieve begroting is the controller's grid (saveBudgetGridAction, at the end): its programme form posts no amounts.
  PRIMITIEF: { kind: "BEGROTING", sequence: 0, label: "streefwaarde in de begroting" },
  PROGNOSE: { kind: "BESTUURSRAPPORTAGE", sequence: 1, label: "prognose in de 1e bestuursrapportage" },
};

// ------------------------------------------------------------------ fixtures

const ids = {
  municipality: {} as Record<MunicipalityTarget, string>,
  slug: {} as Record<MunicipalityTarget, string>,
  programme: {} as Record<FigureTarget, string>,
  figureDocument: {} as Record<FigureTarget, string>,
  statusDocument: {} as Record<MunicipalityTarget, string>,
  /** The jaarstukken' realisatie figures (the review rows act on these). */
  value: {} as Record<FigureTarget, string>,
  line: {} as Record<FigureTarget, string>,
  /** Per owning document: its document and its owned indicator and budget figure. */
  owned: {} as Record<Stage, { document: Record<FigureTarget, string>; value: Record<FigureTarget, string>; line: Record<FigureTarget, string> }>,
  user: {} as Record<UserKey | "subject" | AccountTarget, string>,
  documents: [] as string[],
  indicators: [] as string[],
  memberships: [] as { userId: string; municipalityId: string; role: Role }[],
};
const SUBJECT_EMAIL = `subject-${RUN}@autorisatiematrix.test`;
const SUBJECT_NAME = `Matrixtest onderwerp ${RUN}`;
const ACCOUNT_NAME: Record<AccountTarget, string> = {
  accountZoetermeer: `Matrixtest account Zoetermeer ${RUN}`,
  accountHilversum: `Matrixtest account Hilversum ${RUN}`,
  accountBoth: `Matrixtest account beide ${RUN}`,
  accountPlatformAdmin: `Matrixtest account platformbeheerder ${RUN}`,
  accountNoRoles: `Matrixtest account zonder rollen ${RUN}`,
};

function as<I, T>(user: UserKey, action: AuthorizedServerAction<I, T>) {
  return withUserResolver(action, () => loadSessionUser(ids.user[user]));
}

function json(value: unknown) {
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
}

function expectForbidden(result: ActionResult<unknown>) {
  expect(result.ok, json(result)).toBe(false);
  if (!result.ok) expect(result.code).toBe("FORBIDDEN");
}

function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message} ${json(result.fieldErrors ?? {})}`);
  return result.data;
}

async function createUser(key: UserKey | "subject" | AccountTarget, email: string, name: string, memberships: { municipalityId: string; role: Role; programmeIds: string[] }[], platformAdmin = false) {
  const user = await upsertUserByEmail(db(), { email, name, passwordHash: null, isPlatformAdmin: platformAdmin }, actor);
  ids.user[key] = user.id;
  for (const m of memberships) {
    await setMembership(db(), { userId: user.id, ...m }, actor);
    ids.memberships.push({ userId: user.id, municipalityId: m.municipalityId, role: m.role });
  }
}

beforeAll(async () => {
  const client = db();
  const [z, h] = await Promise.all([
    client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } }),
    client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0402" } }),
  ]);
  ids.municipality = { zoetermeer: z.id, hilversum: h.id };
  ids.slug = { zoetermeer: z.slug, hilversum: h.slug };
  const programme = async (municipalityId: string, number: string) => {
    // Never take over (and later delete) a programme of the demo data.
    const existing = await client.programme.findUnique({ where: { municipalityId_number: { municipalityId, number } } });
    expect(existing === null || existing.name.startsWith("Testprogramma autorisatiematrix"), `programma ${number} bestaat al`).toBe(true);
    return (await upsertProgramme(client, { municipalityId, number, name: `Testprogramma autorisatiematrix ${number}` })).id;
  };
  ids.programme = {
    zoetermeerP: await programme(z.id, "97"),
    zoetermeerQ: await programme(z.id, "98"),
    hilversum: await programme(h.id, "97"),
  };

  const document = async (municipalityId: string, kind: "JAARSTUKKEN" | "BEGROTING" | "BESTUURSRAPPORTAGE", year: number, sequence = 0) => {
    const d = await upsertDocument(client, { municipalityId, kind, year, sequence, title: `Testdocument autorisatiematrix ${kind} ${year}`, status: "CONCEPT" });
    ids.documents.push(d.id);
    return d.id;
  };
  for (const stage of STAGES) {
    const { kind, sequence } = STAGE_DOCUMENTS[stage];
    const zDocument = await document(z.id, kind, FIGURE_YEAR, sequence);
    const hDocument = await document(h.id, kind, FIGURE_YEAR, sequence);
    ids.owned[stage] = { document: { zoetermeerP: zDocument, zoetermeerQ: zDocument, hilversum: hDocument }, value: {} as Record<FigureTarget, string>, line: {} as Record<FigureTarget, string> };
  }
  ids.figureDocument = ids.owned.REALISATIE.document;
  ids.statusDocument = { zoetermeer: await document(z.id, "BEGROTING", STATUS_YEAR), hilversum: await document(h.id, "BEGROTING", STATUS_YEAR) };

  for (const target of FIGURE_TARGETS) {
    const municipalityId = target === "hilversum" ? h.id : z.id;
    const indicator = await upsertIndicatorByKey(client, {
      municipalityId,
      importKey: `test-autorisatiematrix-${target}`,
      programmeId: ids.programme[target],
      goalId: null,
      name: `Testindicator autorisatiematrix ${target}`,
      unit: "RAPPORTCIJFER",
      decimals: 1,
      direction: "HIGHER_IS_BETTER",
      frequency: "YEARLY",
      bbvMandatory: false,
      sortOrder: 0,
    });
    ids.indicators.push(indicator.id);
    const line = await upsertBudgetLine(client, {
      municipalityId,
      programmeId: ids.programme[target],
      goalId: null,
      key: `test-autorisatiematrix-${RUN}-${target}`,
      product: null,
      functionCode: null,
      category: "EXPENSES",
      label: `Testregel autorisatiematrix ${target}`,
      sortOrder: 0,
    });
    // What each document owns: a target of 7 and a budget of 1.000 in the begroting; a realisatie of 7,5 and 900; a prognose of the same.
    const owned: Record<Stage, { value: string; amount: bigint }> = {
      REALISATIE: { value: "7.5", amount: 900n },
      PRIMITIEF: { value: "7", amount: 1000n },
      PROGNOSE: { value: "7.5", amount: 900n },
    };
    for (const stage of STAGES) {
      const documentId = ids.owned[stage].document[target];
      const common = { documentId, year: FIGURE_YEAR, explanation: "Toelichting", reviewStatus: "CONCEPT" as const, sourceId: null, sourceLocation: null };
      const figure = await upsertIndicatorFigure(client, {
        ...common,
        indicatorId: indicator.id,
        dimensionValue: "",
        value: owned[stage].value,
        benchmark: null,
        benchmarkLabel: null,
        printedGoalAchieved: null,
      });
      ids.owned[stage].value[target] = figure.id;
      ids.owned[stage].line[target] = (await upsertBudgetFigure(client, { ...common, budgetLineId: line.id, amount: owned[stage].amount })).id;
    }
    ids.value[target] = ids.owned.REALISATIE.value[target];
    ids.line[target] = ids.owned.REALISATIE.line[target];
  }

  const email = (key: string) => `${key.toLowerCase()}-${RUN}@autorisatiematrix.test`;
  await createUser("advisorP", email("advisorP"), "Matrixtest advisorP", [{ municipalityId: z.id, role: "BELEIDSADVISEUR", programmeIds: [ids.programme.zoetermeerP] }]);
  await createUser("advisorQ", email("advisorQ"), "Matrixtest advisorQ", [{ municipalityId: z.id, role: "BELEIDSADVISEUR", programmeIds: [ids.programme.zoetermeerQ] }]);
  await createUser("controller", email("controller"), "Matrixtest controller", [{ municipalityId: z.id, role: "CONTROLLER", programmeIds: [] }]);
  await createUser("beheerder", email("beheerder"), "Matrixtest beheerder", [{ municipalityId: z.id, role: "BEHEERDER", programmeIds: [] }]);
  await createUser("lezer", email("lezer"), "Matrixtest lezer", [{ municipalityId: z.id, role: "LEZER", programmeIds: [] }]);
  await createUser("platformAdmin", email("platformAdmin"), "Matrixtest platformAdmin", [], true);
  await createUser("hilversum", email("hilversum"), "Matrixtest hilversum", [
    { municipalityId: h.id, role: "BELEIDSADVISEUR", programmeIds: [ids.programme.hilversum] },
    { municipalityId: h.id, role: "CONTROLLER", programmeIds: [] },
    { municipalityId: h.id, role: "BEHEERDER", programmeIds: [] },
  ]);
  // Whose roles are given, re-assigned and taken away: a LEZER and a BELEIDSADVISEUR role in each municipality.
  await createUser("subject", SUBJECT_EMAIL, SUBJECT_NAME, [
    { municipalityId: z.id, role: "LEZER", programmeIds: [] },
    { municipalityId: h.id, role: "LEZER", programmeIds: [] },
    { municipalityId: z.id, role: "BELEIDSADVISEUR", programmeIds: [ids.programme.zoetermeerP] },
    { municipalityId: h.id, role: "BELEIDSADVISEUR", programmeIds: [ids.programme.hilversum] },
  ]);
  // Whose accounts are blocked, unblocked and given password links.
  const lezer = (municipalityId: string) => ({ municipalityId, role: "LEZER" as const, programmeIds: [] });
  await createUser("accountZoetermeer", email("accountZoetermeer"), ACCOUNT_NAME.accountZoetermeer, [lezer(z.id)]);
  await createUser("accountHilversum", email("accountHilversum"), ACCOUNT_NAME.accountHilversum, [lezer(h.id)]);
  await createUser("accountBoth", email("accountBoth"), ACCOUNT_NAME.accountBoth, [lezer(z.id), lezer(h.id)]);
  // A Zoetermeer beheerder must not take over a platform administrator's account, even one with a Zoetermeer role.
  await createUser("accountPlatformAdmin", email("accountPlatformAdmin"), ACCOUNT_NAME.accountPlatformAdmin, [lezer(z.id)], true);
  await createUser("accountNoRoles", email("accountNoRoles"), ACCOUNT_NAME.accountNoRoles, []);
});

afterAll(async () => {
  const client = db();
  for (const m of ids.memberships) await removeMembership(client, m, actor);
  for (const municipalityId of Object.values(ids.municipality)) {
    await removeMembership(client, { userId: ids.user.subject, municipalityId, role: "CONTROLLER" }, actor);
  }
  // Users who wrote audit entries stay, disabled: the trail is append-only.
  for (const id of Object.values(ids.user)) await setUserDisabled(client, id, true, actor);
  await client.pcDocument.deleteMany({ where: { id: { in: ids.documents } } });
  await client.indicator.deleteMany({ where: { id: { in: ids.indicators } } });
  await client.programme.deleteMany({ where: { id: { in: Object.values(ids.programme) } } });
  expect(await client.pcDocument.count({ where: { title: { startsWith: "Testdocument autorisatiematrix" } } })).toBe(0);
  await client.$disconnect();
});

// ------------------------------------------------------------------ helpers per kind of target

/** Puts a figure in the given review state, last changed by nobody (so four eyes never interferes). */
async function resetFigure(kind: "indicatorValue" | "financialLine", target: FigureTarget, reviewStatus: "CONCEPT" | "INGEDIEND", stage: Stage = "REALISATIE") {
  const data = { reviewStatus, updatedById: null };
  const row =
    kind === "indicatorValue"
      ? await db().indicatorFigure.update({ where: { id: ids.owned[stage].value[target] }, data })
      : await db().budgetFigure.update({ where: { id: ids.owned[stage].line[target] }, data });
  return row.version;
}

const figureRow = async (kind: "indicatorValue" | "financialLine", target: FigureTarget, stage: Stage = "REALISATIE") =>
  kind === "indicatorValue"
    ? db().indicatorFigure.findUniqueOrThrow({ where: { id: ids.owned[stage].value[target] }, select: { version: true, reviewStatus: true, value: true } })
    : db().budgetFigure.findUniqueOrThrow({ where: { id: ids.owned[stage].line[target] }, select: { version: true, reviewStatus: true, amount: true } });

/**
 * The programme form of one owning document exactly as the page renders it
 * now: every field unchanged, unless `typed` gives the owned value and amount.
 */
async function programmeForm(target: FigureTarget, stage: Stage = "REALISATIE", typed: { value?: string; amount?: string } = {}) {
  const v = await db().indicatorFigure.findUniqueOrThrow({ where: { id: ids.owned[stage].value[target] } });
  const l = await db().budgetFigure.findUniqueOrThrow({ where: { id: ids.owned[stage].line[target] } });
  const text = (d: { toString(): string } | null) => (d === null ? "" : d.toString());
  return {
    documentId: ids.owned[stage].document[target],
    programmeId: ids.programme[target],
    intent: "save" as const,
    indicators: [
      {
        id: v.id,
        version: String(v.version),
        base: { value: text(v.value), explanation: v.explanation ?? "" },
        value: typed.value ?? text(v.value).replace(".", ","),
        explanation: v.explanation ?? "",
      },
    ],
    lines: (stage === "PRIMITIEF" ? [] : [l]).map(() => (
      {
        id: l.id,
        version: String(l.version),
        base: { amount: text(l.amount), explanation: l.explanation ?? "" },
        amount: typed.amount ?? text(l.amount),
        explanation: l.explanation ?? "",
      }
    )),
  };
}

const unchangedProgrammeForm = (target: FigureTarget) => programmeForm(target);

const settingsOf = (municipalityId: string) =>
  db().municipality.findUniqueOrThrow({
    where: { id: municipalityId },
    select: { signConvention: true, deviationThresholdAmount: true, deviationThresholdPercent: true, deviationRule: true },
  });

const membershipOf = (municipalityId: string, role: Role) =>
  db().membership.findUnique({
    where: { userId_municipalityId_role: { userId: ids.user.subject, municipalityId, role } },
    select: { id: true, programmes: { select: { programmeId: true } } },
  });

// ------------------------------------------------------------------ figures: own/other municipality × own/other programme

describe("saveProgrammeFigures (indicator + financial line of one programme)", () => {
  it.each(cases(ENTER_FIGURES, FIGURE_TARGETS))("$who → saveProgrammeFigures $where: $outcome", async ({ user, target, allowed }) => {
    await resetFigure("indicatorValue", target, "CONCEPT");
    const lineVersion = await resetFigure("financialLine", target, "CONCEPT");
    const form = await unchangedProgrammeForm(target);
    const result = await as(user, saveProgrammeFigures)(form);
    if (allowed) expect(expectOk(result)).toEqual({ outcome: "saved", changed: 0, submitted: 0, returnedLeft: 0 });
    else expectForbidden(result);
    expect((await figureRow("indicatorValue", target)).version).toBe(Number(form.indicators[0]!.version));
    expect((await figureRow("financialLine", target)).version).toBe(lineVersion);
  });
});

let typedCounter = 0;

describe("saveProgrammeFigures writes the figures each document owns (decision 009)", () => {
  const stageCases = STAGES.filter((s) => s !== "REALISATIE").flatMap((stage) =>
    cases(ENTER_FIGURES, FIGURE_TARGETS).map((c) => ({ ...c, stage, what: STAGE_DOCUMENTS[stage].label })),
  );
  it.each(stageCases)("$who → saveProgrammeFigures $what, $where: $outcome", async ({ user, target, allowed, stage }) => {
    await resetFigure("indicatorValue", target, "CONCEPT", stage);
    await resetFigure("financialLine", target, "CONCEPT", stage);
    const before = [await figureRow("indicatorValue", target, stage), await figureRow("financialLine", target, stage)];
    // A new value every case, so every allowed save really writes.
    typedCounter += 1;
    const digit = (typedCounter % 9) + 1; // the indicator has one decimal
    const typed = { value: `8,${digit}`, amount: String(2000 + typedCounter) };
    const result = await as(user, saveProgrammeFigures)(await programmeForm(target, stage, typed));
    const after = [await figureRow("indicatorValue", target, stage), await figureRow("financialLine", target, stage)];
    if (allowed) {
      const amounts = stage !== "PRIMITIEF";
      expect(expectOk(result)).toEqual({ outcome: "saved", changed: amounts ? 2 : 1, submitted: 0, returnedLeft: 0 });
      const amount = amounts ? typed.amount : (before[1] as { amount: bigint | null }).amount?.toString();
      expect(after.map((r) => ("value" in r ? r.value?.toString() : r.amount?.toString()))).toEqual([`8.${digit}`, amount]);
    } else {
      expectForbidden(result);
      expect(after).toEqual(before);
    }
  });
});

const SUBMIT_FIGURE = { indicatorValue: submitIndicatorValue, financialLine: submitFinancialLine };
const SUBMIT_FIGURE_NAME = { indicatorValue: "submitIndicatorValue", financialLine: "submitFinancialLine" };

for (const kind of ["indicatorValue", "financialLine"] as const) {
  describe(`${SUBMIT_FIGURE_NAME[kind]} (one figure from its row)`, () => {
    it.each(cases(ENTER_FIGURES, FIGURE_TARGETS))(`$who → ${SUBMIT_FIGURE_NAME[kind]} $where: $outcome`, async ({ user, target, allowed }) => {
      await resetFigure("indicatorValue", target, "CONCEPT");
      await resetFigure("financialLine", target, "CONCEPT");
      const id = kind === "indicatorValue" ? ids.value[target] : ids.line[target];
      // Complete figures: past the gate, only this one is submitted; the rest of the form is saved unchanged.
      const form = { ...(await unchangedProgrammeForm(target)), submitFigure: submitFigureValue(kind, id) };
      const result = await as(user, SUBMIT_FIGURE[kind])(form);
      if (allowed) expect(expectOk(result)).toEqual({ outcome: "saved", changed: 0, submitted: 1, returnedLeft: 0 });
      else expectForbidden(result);
      expect((await figureRow(kind, target)).reviewStatus).toBe(allowed ? "INGEDIEND" : "CONCEPT");
      expect((await figureRow(kind === "indicatorValue" ? "financialLine" : "indicatorValue", target)).reviewStatus).toBe("CONCEPT");
    });
  });
}

for (const kind of ["indicatorValue", "financialLine"] as const) {
  describe(`approveFigure (${kind})`, () => {
    it.each(cases(REVIEW_FIGURES, FIGURE_TARGETS))(`$who → approveFigure ${kind} $where: $outcome`, async ({ user, target, allowed }) => {
      const version = await resetFigure(kind, target, "INGEDIEND");
      const id = kind === "indicatorValue" ? ids.value[target] : ids.line[target];
      const result = await as(user, approveFigure)({ kind, id, version, comment: "" });
      if (allowed) expect(expectOk(result)).toEqual({ message: "Goedgekeurd." });
      else expectForbidden(result);
      expect((await figureRow(kind, target)).reviewStatus).toBe(allowed ? "GOEDGEKEURD" : "INGEDIEND");
    });
  });

  describe(`returnFigure (${kind})`, () => {
    it.each(cases(REVIEW_FIGURES, FIGURE_TARGETS))(`$who → returnFigure ${kind} $where: $outcome`, async ({ user, target, allowed }) => {
      const version = await resetFigure(kind, target, "INGEDIEND");
      const id = kind === "indicatorValue" ? ids.value[target] : ids.line[target];
      const result = await as(user, returnFigure)({ kind, id, version, comment: "Klopt dit?" });
      if (allowed) expect(expectOk(result)).toEqual({ message: "Teruggestuurd met uw vraag." });
      else expectForbidden(result);
      expect((await figureRow(kind, target)).reviewStatus).toBe(allowed ? "TERUGGESTUURD" : "INGEDIEND");
    });
  });
}

// ------------------------------------------------------------------ municipality level: the programme dimension collapses

describe("changeDocumentStatus", () => {
  // A document belongs to a municipality, not to a programme: own/other programme does not apply.
  it.each(cases(MANAGE_MUNICIPALITY, MUNICIPALITY_TARGETS))("$who → changeDocumentStatus $where: $outcome", async ({ user, target, allowed }) => {
    const documentId = ids.statusDocument[target];
    const { version } = await db().pcDocument.update({ where: { id: documentId }, data: { status: "CONCEPT", adoptedAt: null, publishedAt: null } });
    try {
      // An empty concept document: vaststellen succeeds for whoever passes the gate; it is reset right after.
      const result = await as(user, changeDocumentStatus)({ documentId, version, status: "VASTGESTELD" });
      if (allowed) expect(expectOk(result)).toEqual({ message: "De status is nu: vastgesteld." });
      else expectForbidden(result);
      expect((await db().pcDocument.findUniqueOrThrow({ where: { id: documentId } })).status).toBe(allowed ? "VASTGESTELD" : "CONCEPT");
    } finally {
      await db().pcDocument.update({ where: { id: documentId }, data: { status: "CONCEPT", adoptedAt: null, publishedAt: null } });
    }
  });
});

describe("saveMunicipalitySettings", () => {
  // Settings belong to the municipality as a whole: own/other programme does not apply.
  it.each(cases(MANAGE_MUNICIPALITY, MUNICIPALITY_TARGETS))("$who → saveMunicipalitySettings $where: $outcome", async ({ user, target, allowed }) => {
    const municipalityId = ids.municipality[target];
    const before = await settingsOf(municipalityId);
    // The settings it already has, as the form would post them: allowed saves change nothing.
    const result = await as(user, saveMunicipalitySettings)({
      municipalityId,
      signConvention: before.signConvention,
      thresholdAmount: before.deviationThresholdAmount?.toString() ?? "",
      thresholdPercent: before.deviationThresholdPercent?.toString().replace(".", ",") ?? "",
      deviationRule: before.deviationRule,
    });
    if (allowed) expect(expectOk(result)).toEqual({ message: "Er was niets gewijzigd." });
    else expectForbidden(result);
    expect(await settingsOf(municipalityId)).toEqual(before);
  });
});

describe("addRole", () => {
  // A role is given in a municipality, not in a programme: own/other programme does not apply.
  it.each(cases(MANAGE_MUNICIPALITY, MUNICIPALITY_TARGETS))("$who → addRole $where: $outcome", async ({ user, target, allowed }) => {
    const municipalityId = ids.municipality[target];
    const before = await db().membership.count({ where: { userId: ids.user.subject } });
    // The subject already has this role: past the gate the answer is a field error, and nothing is added.
    const result = await as(user, addRole)({ municipalityId, email: SUBJECT_EMAIL, role: "LEZER" });
    if (allowed) {
      expect(expectOk(result)).toEqual({ refused: "Er is niets gewijzigd.", fieldErrors: { role: [`Het account ${SUBJECT_EMAIL} heeft deze rol al`] } });
    } else expectForbidden(result);
    expect(await db().membership.count({ where: { userId: ids.user.subject } })).toBe(before);
  });
});

describe("setAdvisorProgrammes", () => {
  // The resource is the membership's municipality; the programmes are the payload, not where it lives:
  // own/other programme does not apply.
  it.each(cases(MANAGE_MUNICIPALITY, MUNICIPALITY_TARGETS))("$who → setAdvisorProgrammes $where: $outcome", async ({ user, target, allowed }) => {
    const municipalityId = ids.municipality[target];
    const programmeId = target === "zoetermeer" ? ids.programme.zoetermeerP : ids.programme.hilversum;
    const membership = await membershipOf(municipalityId, "BELEIDSADVISEUR");
    // The programme it already has: allowed calls leave the assignment as it was.
    const result = await as(user, setAdvisorProgrammes)({ membershipId: membership!.id, programmeIds: [programmeId] });
    if (allowed) expect(expectOk(result)).toEqual({ message: `De programma's van ${SUBJECT_EMAIL} zijn opgeslagen.` });
    else expectForbidden(result);
    expect((await membershipOf(municipalityId, "BELEIDSADVISEUR"))?.programmes).toEqual([{ programmeId }]);
  });
});

describe("removeRole", () => {
  // A role belongs to a municipality: own/other programme does not apply. Each case gets a fresh CONTROLLER role to remove.
  it.each(cases(MANAGE_MUNICIPALITY, MUNICIPALITY_TARGETS))("$who → removeRole $where: $outcome", async ({ user, target, allowed }) => {
    const municipalityId = ids.municipality[target];
    const membership = await setMembership(db(), { userId: ids.user.subject, municipalityId, role: "CONTROLLER", programmeIds: [] }, actor);
    try {
      const result = await as(user, removeRole)({ membershipId: membership.id });
      if (allowed) expect(expectOk(result)).toEqual({ message: `De rol is bij ${SUBJECT_EMAIL} weggehaald.` });
      else expectForbidden(result);
      expect((await membershipOf(municipalityId, "CONTROLLER"))?.id).toBe(allowed ? undefined : membership.id);
    } finally {
      await removeMembership(db(), { userId: ids.user.subject, municipalityId, role: "CONTROLLER" }, actor);
    }
  });
});

// ------------------------------------------------------------------ platform level: no municipality, no programme

describe("createMunicipalityAction", () => {
  // A platform action: neither the municipality nor the programme dimension applies.
  it.each(cases(CREATE_MUNICIPALITY, ["platform"]))("$who → createMunicipalityAction $where: $outcome", async ({ user, allowed }) => {
    const before = await db().municipality.count();
    // Zoetermeer's own CBS code: past the gate it is refused as a duplicate, so nothing is created.
    const result = await as(user, createMunicipalityAction)({ cbsCode: "GM0637", firstBeheerderEmail: SUBJECT_EMAIL });
    if (allowed) {
      expect(expectOk(result)).toEqual({
        refused: "Er is geen gemeente aangemaakt.",
        fieldErrors: { cbsCode: ["Er is al een gemeente met deze CBS-code"] },
      });
    } else expectForbidden(result);
    expect(await db().municipality.count()).toBe(before);
  });
});

// ------------------------------------------------------------------ accounts: where an account lives is every municipality it has a role in

const disabledAt = async (target: AccountTarget) =>
  (await db().user.findUniqueOrThrow({ where: { id: ids.user[target] }, select: { disabledAt: true } })).disabledAt;

describe("blockAccount", () => {
  it.each(cases(MANAGE_ACCOUNT, ACCOUNT_TARGETS))("$who → blockAccount $where: $outcome", async ({ user, target, allowed }) => {
    try {
      const result = await as(user, blockAccount)({ userId: ids.user[target] });
      if (allowed) expect(expectOk(result)).toEqual({ message: `Het account van ${ACCOUNT_NAME[target]} is geblokkeerd.` });
      else expectForbidden(result);
      expect((await disabledAt(target)) !== null).toBe(allowed);
    } finally {
      await setUserDisabled(db(), ids.user[target], false, actor);
    }
  });
});

describe("unblockAccount", () => {
  it.each(cases(MANAGE_ACCOUNT, ACCOUNT_TARGETS))("$who → unblockAccount $where: $outcome", async ({ user, target, allowed }) => {
    await setUserDisabled(db(), ids.user[target], true, actor);
    try {
      const result = await as(user, unblockAccount)({ userId: ids.user[target] });
      if (allowed) expect(expectOk(result)).toEqual({ message: `Het account van ${ACCOUNT_NAME[target]} is gedeblokkeerd.` });
      else expectForbidden(result);
      expect((await disabledAt(target)) === null).toBe(allowed);
    } finally {
      await setUserDisabled(db(), ids.user[target], false, actor);
    }
  });
});

describe("createPasswordLink", () => {
  it.each(cases(MANAGE_ACCOUNT, ACCOUNT_TARGETS))("$who → createPasswordLink $where: $outcome", async ({ user, target, allowed }) => {
    const before = await db().accountToken.count({ where: { userId: ids.user[target] } });
    const result = await as(user, createPasswordLink)({ userId: ids.user[target] });
    if (allowed) {
      expect(expectOk(result)).toMatchObject({
        message: expect.stringContaining(`Nieuwe link voor ${ACCOUNT_NAME[target]}.`),
        link: expect.stringMatching(/^http:\/\/autorisatiematrix\.test\/wachtwoord-instellen\/[A-Za-z0-9_-]{43}$/),
      });
    } else expectForbidden(result);
    expect(await db().accountToken.count({ where: { userId: ids.user[target] } })).toBe(before + (allowed ? 1 : 0));
  });
});

describe("changePassword", () => {
  // The test users have no password: past the gate the current password is wrong, so nothing changes.
  it.each(cases(CHANGE_PASSWORD, ["ownAccount", "accountZoetermeer"]))("$who → changePassword $where: $outcome", async ({ user, target, allowed }) => {
    const userId = target === "ownAccount" ? ids.user[user] : ids.user.accountZoetermeer;
    const result = await as(user, changePassword)({ userId, currentPassword: "niet-het-wachtwoord", password: "een nieuw wachtwoord", confirmation: "een nieuw wachtwoord" });
    if (allowed) {
      expect(expectOk(result)).toEqual({ refused: "Uw wachtwoord is niet gewijzigd.", fieldErrors: { currentPassword: ["Uw huidige wachtwoord klopt niet."] } });
    } else expectForbidden(result);
    expect((await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash).toBeNull();
  });
});

// ------------------------------------------------------------------ begrotingswijzigingen (issue 9; lib/amendment — its own block and fixtures)
// A wijziging belongs to a municipality and a year, not to a programme: own/other programme does not apply.
// Fixtures: one concept wijziging per municipality in AMENDMENT_YEAR, without a date, so that past the gate
// creating its number again is refused as a duplicate, saving it unchanged changes nothing, and vaststellen
// is refused for want of a date — every allowed call is harmless.

const AMENDMENT_YEAR = 2094;
/** Creating, editing, vaststellen and verwerpen begrotingswijzigingen: a controller or beheerder of the municipality. */
const MANAGE_AMENDMENTS: Record<UserKey, MunicipalityTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: ["zoetermeer"],
  beheerder: ["zoetermeer"],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};

describe("begrotingswijzigingen", () => {
  const amendment = {} as Record<MunicipalityTarget, string>;
  const AMENDMENT_NUMBER = `Matrixtest ${RUN}`;

  beforeAll(async () => {
    for (const target of MUNICIPALITY_TARGETS) {
      const municipalityId = unsafeAuthorizeMunicipality(ids.municipality[target]);
      const userId = ids.user[target === "zoetermeer" ? "beheerder" : "hilversum"];
      const input = { municipalityId, year: AMENDMENT_YEAR, number: AMENDMENT_NUMBER, date: null, authority: "COLLEGE_MANDAAT" as const, decisionReference: "", reason: "Test autorisatiematrix" };
      const created = await createAmendment(input, { userId, municipalityId });
      if (created.outcome !== "created") throw new Error(`fixture: ${created.message}`);
      amendment[target] = created.id;
    }
  });

  afterAll(async () => {
    await db().budgetAmendment.deleteMany({ where: { id: { in: Object.values(amendment) } } });
  });

  const amendmentRow = (target: MunicipalityTarget) =>
    db().budgetAmendment.findUniqueOrThrow({ where: { id: amendment[target] }, select: { version: true, status: true, reason: true } });
  const amendmentCount = (target: MunicipalityTarget) => db().budgetAmendment.count({ where: { municipalityId: ids.municipality[target], year: AMENDMENT_YEAR } });

  it.each(cases(MANAGE_AMENDMENTS, MUNICIPALITY_TARGETS))("$who → createAmendmentAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await amendmentCount(target);
    const result = await as(user, createAmendmentAction)({
      municipalityId: ids.municipality[target],
      year: AMENDMENT_YEAR,
      number: AMENDMENT_NUMBER,
      date: "",
      authority: "COLLEGE_MANDAAT",
      decisionReference: "",
      reason: "Dubbel nummer",
    });
    if (allowed) {
      expect(expectOk(result)).toEqual({
        refused: "De begrotingswijziging is niet opgeslagen.",
        fieldErrors: { number: [`Er is al een begrotingswijziging met nummer ${AMENDMENT_NUMBER} in ${AMENDMENT_YEAR}. Kies een ander nummer.`] },
      });
    } else expectForbidden(result);
    expect(await amendmentCount(target)).toBe(before);
  });

  it.each(cases(MANAGE_AMENDMENTS, MUNICIPALITY_TARGETS))("$who → saveAmendmentAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await amendmentRow(target);
    // The edit form exactly as the page renders it: nothing changed.
    const result = await as(user, saveAmendmentAction)({
      amendmentId: amendment[target],
      version: String(before.version),
      number: AMENDMENT_NUMBER,
      date: "",
      authority: "COLLEGE_MANDAAT",
      decisionReference: "",
      reason: before.reason,
    });
    if (allowed) expect(expectOk(result)).toEqual({ message: "Er was niets gewijzigd." });
    else expectForbidden(result);
    expect(await amendmentRow(target)).toEqual(before);
  });

  it.each(cases(MANAGE_AMENDMENTS, MUNICIPALITY_TARGETS))("$who → setAmendmentStatusAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await amendmentRow(target);
    const result = await as(user, setAmendmentStatusAction)({ amendmentId: amendment[target], version: before.version, status: "VASTGESTELD" });
    if (allowed) {
      expect(expectOk(result)).toEqual({ refused: "Vul eerst de datum van het besluit in: een vastgestelde wijziging heeft een besluitdatum.", fieldErrors: {} });
    } else expectForbidden(result);
    expect(await amendmentRow(target)).toEqual(before);
  });
});

// ------------------------------------------------------------------ a new P&C document (issue 10)
// Every allowed call is harmless: the preview writes nothing, and the create
// asks for the jaarstukken of FIGURE_YEAR, which the fixtures already made,
// so past the gate it is refused as a duplicate.

/** Creating a begroting, bestuursrapportage or jaarstukken: a controller or beheerder of the municipality. */
const CREATE_DOCUMENTS: Record<UserKey, MunicipalityTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: ["zoetermeer"],
  beheerder: ["zoetermeer"],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};

describe("a new P&C document", () => {
  const documentCount = (target: MunicipalityTarget) => db().pcDocument.count({ where: { municipalityId: ids.municipality[target] } });
  const input = (target: MunicipalityTarget, kind: "BEGROTING" | "JAARSTUKKEN", year: number) => ({
    municipalityId: ids.municipality[target],
    kind,
    year,
    name: "",
    projectionYears: "",
    sourceId: "",
  });

  it.each(cases(CREATE_DOCUMENTS, MUNICIPALITY_TARGETS))("$who → previewDocumentAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await documentCount(target);
    const result = await as(user, previewDocumentAction)(input(target, "BEGROTING", STATUS_YEAR - 10));
    if (allowed) expect(expectOk(result)).toMatchObject({ message: `Voorbeeld van Begroting ${STATUS_YEAR - 10}: er is nog niets aangemaakt.` });
    else expectForbidden(result);
    expect(await documentCount(target)).toBe(before);
  });

  it.each(cases(CREATE_DOCUMENTS, MUNICIPALITY_TARGETS))("$who → createDocumentAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await documentCount(target);
    const result = await as(user, createDocumentAction)(input(target, "JAARSTUKKEN", FIGURE_YEAR));
    const message = `Er zijn al jaarstukken ${FIGURE_YEAR} voor deze gemeente. Kies een ander jaar.`;
    if (allowed) expect(expectOk(result)).toEqual({ refused: message, fieldErrors: { year: [message] } });
    else expectForbidden(result);
    expect(await documentCount(target)).toBe(before);
  });
});

// ------------------------------------------------------------------ the beginstand of a document (issue 10)
// The allowed call posts no rows: past the gate it saves nothing.

/** The beginstand (amounts of earlier documents): a controller or beheerder, for every programme of their municipality. */
const EDIT_BUDGETS: Record<UserKey, FigureTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: ["zoetermeerP", "zoetermeerQ"],
  beheerder: ["zoetermeerP", "zoetermeerQ"],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};

describe("the beginstand", () => {
  const reconstructions = (target: FigureTarget) => db().pcDocument.count({ where: { reconstructedFromId: ids.owned.REALISATIE.document[target] } });

  it.each(cases(EDIT_BUDGETS, FIGURE_TARGETS))("$who → saveOpeningAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await reconstructions(target);
    const result = await as(user, saveOpeningAction)({ documentId: ids.owned.REALISATIE.document[target], programmeId: ids.programme[target], lines: [], indicators: [] });
    if (allowed) expect(expectOk(result)).toEqual({ message: "Er was niets gewijzigd." });
    else expectForbidden(result);
    expect(await reconstructions(target)).toBe(before);
  });
});

// ------------------------------------------------------------------ texts (decision 011)
// Each target programme gets a report row without texts in the jaarstukken of
// FIGURE_YEAR. Every allowed call is harmless: saving the unchanged (empty)
// introduction changes nothing, submitting it is refused past the gate (no
// text yet), and approving or returning a concept is refused as not submitted.

/** Writing and submitting texts: the advisor of that programme only, as figures. */
const WRITE_TEXTS: Record<UserKey, FigureTarget[]> = ENTER_FIGURES;
/** Approving and returning texts: a controller, for every programme of their municipality, as figures. */
const REVIEW_TEXTS: Record<UserKey, FigureTarget[]> = REVIEW_FIGURES;

describe("texts of a programme", () => {
  const report = {} as Record<FigureTarget, string>;
  beforeAll(async () => {
    for (const target of FIGURE_TARGETS) {
      const row = await db().programmeReport.create({
        data: { documentId: ids.owned.REALISATIE.document[target], programmeId: ids.programme[target] },
        select: { id: true },
      });
      report[target] = row.id;
    }
  });
  const textRow = (target: FigureTarget) =>
    db().programmeReport.findUniqueOrThrow({ where: { id: report[target] }, select: { version: true, reviewStatus: true, introduction: true, updatedById: true } });
  const form = async (target: FigureTarget, extra: { intent?: "submit" } = {}) => ({
    kind: "programmeText" as const,
    id: report[target],
    version: String((await textRow(target)).version),
    introduction: "",
    ...extra,
  });

  it.each(cases(WRITE_TEXTS, FIGURE_TARGETS))("$who → saveTextsAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await textRow(target);
    const result = await as(user, saveTextsAction)(await form(target));
    if (allowed) expect(expectOk(result)).toEqual({ message: "Opgeslagen. Er was geen tekst gewijzigd." });
    else expectForbidden(result);
    expect(await textRow(target)).toEqual(before);
  });

  it.each(cases(WRITE_TEXTS, FIGURE_TARGETS))("$who → saveTextsAction (indienen) $where: $outcome", async ({ user, target, allowed }) => {
    const before = await textRow(target);
    const result = await as(user, saveTextsAction)(await form(target, { intent: "submit" }));
    if (allowed) expect(expectOk(result)).toEqual({ refused: TEXT_MESSAGES.nothingToSubmit, fieldErrors: {} });
    else expectForbidden(result);
    expect(await textRow(target)).toEqual(before);
  });

  it.each(cases(REVIEW_TEXTS, FIGURE_TARGETS))("$who → approveTextsAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await textRow(target);
    const result = await as(user, approveTextsAction)({ kind: "programmeText", id: report[target], version: before.version, comment: "" });
    expect(result.ok, json(result)).toBe(false);
    if (!result.ok) expect([result.code, result.message]).toEqual(allowed ? ["CONFLICT", TEXT_MESSAGES.notSubmitted] : ["FORBIDDEN", result.message]);
    expect(await textRow(target)).toEqual(before);
  });

  it.each(cases(REVIEW_TEXTS, FIGURE_TARGETS))("$who → returnTextsAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await textRow(target);
    const result = await as(user, returnTextsAction)({ kind: "programmeText", id: report[target], version: before.version, comment: "Graag uitleg" });
    expect(result.ok, json(result)).toBe(false);
    if (!result.ok) expect([result.code, result.message]).toEqual(allowed ? ["CONFLICT", TEXT_MESSAGES.notSubmitted] : ["FORBIDDEN", result.message]);
    expect(await textRow(target)).toEqual(before);
  });
});
// ------------------------------------------------------------------ the structure editor (issue 10 point 2)
// Programmes, the goal tree and activities of a concept document: a controller
// or beheerder of the municipality; nobody in an adopted (VASTGESTELD)
// document. Allowed calls are harmless (a refusal or "niets gewijzigd" past
// the gate), except the removals, which act on a programme, goal or activity
// made for that one case — and which must still be there when denied.

const STRUCTURE_YEAR = 2083;
type StructureTarget = "zoetermeer" | "hilversum" | "zoetermeerAdopted";
const STRUCTURE_TARGETS: StructureTarget[] = ["zoetermeer", "hilversum", "zoetermeerAdopted"];
const STRUCTURE_TARGET_LABELS: Record<StructureTarget, string> = {
  zoetermeer: "Zoetermeer, conceptdocument",
  hilversum: "Hilversum, conceptdocument",
  zoetermeerAdopted: "Zoetermeer, vastgesteld document",
};
/** Editing the structure: a controller or beheerder of the municipality, only while the document is a concept. */
const EDIT_STRUCTURE: Record<UserKey, StructureTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: ["zoetermeer"],
  beheerder: ["zoetermeer"],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};

function structureCases() {
  return USERS.flatMap((user) =>
    STRUCTURE_TARGETS.map((target) => {
      const allowed = EDIT_STRUCTURE[user].includes(target);
      return { user, target, allowed, who: USER_LABELS[user], where: STRUCTURE_TARGET_LABELS[target], outcome: allowed ? "toegestaan" : "FORBIDDEN" };
    }),
  );
}

describe("opbouw: programma's, doelen en activiteiten", () => {
  const s = {
    document: {} as Record<StructureTarget, string>,
    programme: {} as Record<StructureTarget, string>,
    goal: {} as Record<StructureTarget, string>,
    activity: {} as Record<StructureTarget, string>,
    programmes: [] as string[],
  };
  const municipalityOf = (target: StructureTarget) => ids.municipality[target === "hilversum" ? "hilversum" : "zoetermeer"];
  let made = 0;

  /** A programme (with a goal and an activity) reported only in the target's document. */
  async function fixtureProgramme(target: StructureTarget) {
    const client = db();
    const number = `S${RUN.slice(-6)}-${++made}`;
    const programme = await upsertProgramme(client, { municipalityId: municipalityOf(target), number, name: `Testprogramma autorisatiematrix opbouw ${made}` });
    s.programmes.push(programme.id);
    await client.programmeReport.create({ data: { documentId: s.document[target], programmeId: programme.id } });
    const goal = await client.goal.create({ data: { programmeId: programme.id, level: "GOAL", code: `${made}.1`, title: "Testdoel", sortOrder: 1 } });
    await client.goalReport.create({ data: { documentId: s.document[target], goalId: goal.id } });
    const activity = await client.activity.create({ data: { documentId: s.document[target], programmeId: programme.id, goalId: goal.id, title: "Testactiviteit", sortOrder: 1 } });
    return { programme, goal, activity };
  }

  beforeAll(async () => {
    for (const target of STRUCTURE_TARGETS) {
      const kind = target === "zoetermeerAdopted" ? "JAARSTUKKEN" : "BEGROTING";
      const d = await upsertDocument(db(), { municipalityId: municipalityOf(target), kind, year: STRUCTURE_YEAR, title: `Testdocument autorisatiematrix opbouw ${target}`, status: "CONCEPT" });
      ids.documents.push(d.id);
      s.document[target] = d.id;
      const { programme, goal, activity } = await fixtureProgramme(target);
      s.programme[target] = programme.id;
      s.goal[target] = goal.id;
      s.activity[target] = activity.id;
    }
    await db().pcDocument.update({ where: { id: s.document.zoetermeerAdopted }, data: { status: "VASTGESTELD" } });
  });

  afterAll(async () => {
    await db().programme.deleteMany({ where: { id: { in: s.programmes } } });
  });

  /** Everything these actions could change, for "nothing changed". */
  const snapshot = async (target: StructureTarget) => {
    const programme = await db().programme.findUniqueOrThrow({ where: { id: s.programme[target] }, select: { number: true, name: true, sortOrder: true, retiredFromYear: true } });
    const goals = await db().goal.findMany({ where: { programmeId: s.programme[target] }, orderBy: { id: "asc" }, select: { id: true, code: true, title: true, parentId: true, sortOrder: true, retiredFromYear: true } });
    const activities = await db().activity.findMany({ where: { programmeId: s.programme[target] }, orderBy: { id: "asc" }, select: { id: true, title: true, version: true, sortOrder: true } });
    const programmes = await db().programme.count({ where: { municipalityId: municipalityOf(target) } });
    return { programme, goals, activities, programmes };
  };
  const activityVersion = async (target: StructureTarget) => (await db().activity.findUniqueOrThrow({ where: { id: s.activity[target] } })).version;
  const unchanged = (allowed: boolean, message: string) => (result: ActionResult<unknown>) => {
    if (allowed) expect(expectOk(result)).toEqual({ message });
    else expectForbidden(result);
  };
  const refusedWith = (allowed: boolean, refused: string, fieldErrors: Record<string, string[]> = {}) => (result: ActionResult<unknown>) => {
    if (allowed) expect(expectOk(result)).toEqual({ refused, fieldErrors });
    else expectForbidden(result);
  };

  const harmless: { name: string; call: (user: UserKey, target: StructureTarget) => Promise<ActionResult<unknown>>; expect: (allowed: boolean, target: StructureTarget) => (r: ActionResult<unknown>) => void }[] = [
    {
      name: "createProgrammeAction",
      call: async (user, target) => {
        const p = await db().programme.findUniqueOrThrow({ where: { id: s.programme[target] } });
        return as(user, createProgrammeAction)({ documentId: s.document[target], number: p.number, name: "Dubbel" });
      },
      expect: (allowed) => (r) => {
        if (allowed) expect(expectOk(r)).toMatchObject({ refused: "Het programma is niet opgeslagen." });
        else expectForbidden(r);
      },
    },
    {
      name: "editProgrammeAction",
      call: async (user, target) => {
        const p = await db().programme.findUniqueOrThrow({ where: { id: s.programme[target] } });
        return as(user, editProgrammeAction)({ documentId: s.document[target], programmeId: p.id, number: p.number, name: p.name });
      },
      expect: (allowed) => unchanged(allowed, "Er was niets gewijzigd."),
    },
    {
      name: "moveProgrammeAction",
      call: (user, target) => as(user, moveProgrammeAction)({ documentId: s.document[target], programmeId: s.programme[target], direction: "up" }),
      expect: (allowed) => refusedWith(allowed, "Dit staat al bovenaan."),
    },
    {
      name: "addGoalAction",
      call: (user, target) => as(user, addGoalAction)({ documentId: s.document[target], programmeId: s.programme[target], level: "SUBGOAL", parentId: "", code: "", title: "Los subdoel" }),
      expect: (allowed) =>
        refusedWith(allowed, "Het doel is niet toegevoegd.", { parentId: ["Een subdoel valt onder een doelstelling. Kies de doelstelling waaronder het valt."] }),
    },
    {
      name: "editGoalAction",
      call: async (user, target) => {
        const g = await db().goal.findUniqueOrThrow({ where: { id: s.goal[target] } });
        return as(user, editGoalAction)({ documentId: s.document[target], goalId: g.id, code: g.code ?? "", title: g.title });
      },
      expect: (allowed) => unchanged(allowed, "Er was niets gewijzigd."),
    },
    {
      name: "reorderGoalAction",
      call: (user, target) => as(user, reorderGoalAction)({ documentId: s.document[target], goalId: s.goal[target], direction: "down" }),
      expect: (allowed) => refusedWith(allowed, "Dit staat al onderaan."),
    },
    {
      name: "moveGoalAction",
      call: (user, target) => as(user, moveGoalAction)({ documentId: s.document[target], goalId: s.goal[target], parentId: "" }),
      expect: (allowed) => refusedWith(allowed, "Het doel is niet verplaatst.", { parentId: ["Het doel staat al op die plek."] }),
    },
    {
      name: "addActivityAction",
      call: (user, target) => as(user, addActivityAction)({ documentId: s.document[target], programmeId: s.programme[target], goalId: "onbekend-doel", code: "", title: "Nieuw", status: "" }),
      expect: (allowed) =>
        refusedWith(allowed, "De activiteit is niet opgeslagen.", { goalId: ["Dit doel staat niet in dit programma van dit document. Kies een doel uit de lijst."] }),
    },
    {
      name: "editActivityAction",
      call: async (user, target) => as(user, editActivityAction)({ activityId: s.activity[target], version: await activityVersion(target), goalId: s.goal[target], code: "", title: "Testactiviteit", status: "" }),
      expect: (allowed) => unchanged(allowed, "Er was niets gewijzigd."),
    },
    {
      name: "reorderActivityAction",
      call: (user, target) => as(user, reorderActivityAction)({ activityId: s.activity[target], direction: "up" }),
      expect: (allowed) => refusedWith(allowed, "Dit staat al bovenaan."),
    },
  ];

  for (const action of harmless) {
    it.each(structureCases())(`$who → ${action.name} $where: $outcome`, async ({ user, target, allowed }) => {
      const before = await snapshot(target);
      action.expect(allowed, target)(await action.call(user, target));
      expect(await snapshot(target)).toEqual(before);
    });
  }

  // The removals act for real: on a programme, goal or activity of their own case.
  it.each(structureCases())("$who → deleteProgrammeAction / retireProgrammeAction $where: $outcome", async ({ user, target, allowed }) => {
    for (const [action, verb] of [[deleteProgrammeAction, "verwijderd"], [retireProgrammeAction, "opgeheven"]] as const) {
      const { programme } = await fixtureProgramme(target);
      const result = await as(user, action)({ documentId: s.document[target], programmeId: programme.id });
      const reported = await db().programmeReport.count({ where: { documentId: s.document[target], programmeId: programme.id } });
      if (allowed) {
        expect((expectOk(result) as { message: string }).message).toContain(`Programma ${programme.number} ${programme.name} is ${verb}`);
        expect(reported).toBe(0);
      } else {
        expectForbidden(result);
        expect(reported).toBe(1);
      }
    }
  });

  it.each(structureCases())("$who → deleteGoalAction / retireGoalAction $where: $outcome", async ({ user, target, allowed }) => {
    for (const [action, verb] of [[deleteGoalAction, "verwijderd"], [retireGoalAction, "opgeheven"]] as const) {
      const { goal, activity } = await fixtureProgramme(target);
      await db().activity.delete({ where: { id: activity.id } });
      const result = await as(user, action)({ documentId: s.document[target], goalId: goal.id });
      const reported = await db().goalReport.count({ where: { documentId: s.document[target], goalId: goal.id } });
      if (allowed) {
        expect((expectOk(result) as { message: string }).message).toContain(`Doelstelling ${goal.code} Testdoel is ${verb}`);
        expect(reported).toBe(0);
      } else {
        expectForbidden(result);
        expect(reported).toBe(1);
      }
    }
  });

  it.each(structureCases())("$who → deleteActivityAction $where: $outcome", async ({ user, target, allowed }) => {
    const { activity } = await fixtureProgramme(target);
    const result = await as(user, deleteActivityAction)({ activityId: activity.id, version: activity.version });
    if (allowed) expect(expectOk(result)).toEqual({ message: "Activiteit Testactiviteit is verwijderd." });
    else expectForbidden(result);
    expect(await db().activity.count({ where: { id: activity.id } })).toBe(allowed ? 0 : 1);
  });
});
// ------------------------------------------------------------------ the begroting's grids (issue 10, figures by stage)

/** Begroting invoeren (primitieve begroting, meerjarenraming): a controller or beheerder, every programme of their municipality. */
const EDIT_BUDGET: Record<UserKey, FigureTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: ["zoetermeerP", "zoetermeerQ"],
  beheerder: ["zoetermeerP", "zoetermeerQ"],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};
/** Streefwaarden per year of a begroting: the advisor of that programme, exactly as entering figures in the programme form. */
const EDIT_TARGETS = ENTER_FIGURES;

describe("the begroting's grids", () => {
  // A new value every case, so every allowed save really writes.
  let counter = 0;

  it.each(cases(EDIT_BUDGET, FIGURE_TARGETS))("$who → saveBudgetGridAction $where: $outcome", async ({ user, target, allowed }) => {
    await resetFigure("financialLine", target, "CONCEPT", "PRIMITIEF");
    const before = await figureRow("financialLine", target, "PRIMITIEF");
    const line = await db().budgetFigure.findUniqueOrThrow({ where: { id: ids.owned.PRIMITIEF.line[target] } });
    counter += 1;
    const amount = String(3000 + counter);
    const result = await as(user, saveBudgetGridAction)({
      documentId: ids.owned.PRIMITIEF.document[target],
      programmeId: ids.programme[target],
      "cells.0.line": line.budgetLineId,
      "cells.0.year": String(FIGURE_YEAR),
      "cells.0.version": String(line.version),
      "cells.0.base": line.amount?.toString() ?? "",
      "cells.0.amount": amount,
    });
    const after = await figureRow("financialLine", target, "PRIMITIEF");
    if (allowed) {
      expect(expectOk(result)).toEqual({ outcome: "saved", message: "Opgeslagen: 1 bedrag gewijzigd." });
      expect(after).toMatchObject({ amount: BigInt(amount), reviewStatus: "GOEDGEKEURD" });
    } else {
      expectForbidden(result);
      expect(after).toEqual(before);
    }
  });

  it.each(cases(EDIT_TARGETS, FIGURE_TARGETS))("$who → saveTargetGridAction $where: $outcome", async ({ user, target, allowed }) => {
    await resetFigure("indicatorValue", target, "CONCEPT", "PRIMITIEF");
    const before = await figureRow("indicatorValue", target, "PRIMITIEF");
    const figure = await db().indicatorFigure.findUniqueOrThrow({ where: { id: ids.owned.PRIMITIEF.value[target] } });
    counter += 1;
    const digit = (counter % 9) + 1;
    const result = await as(user, saveTargetGridAction)({
      documentId: ids.owned.PRIMITIEF.document[target],
      programmeId: ids.programme[target],
      "cells.0.indicator": figure.indicatorId,
      "cells.0.dimension": "",
      "cells.0.year": String(FIGURE_YEAR),
      "cells.0.version": String(figure.version),
      "cells.0.base": figure.value?.toString() ?? "",
      "cells.0.value": `6,${digit}`,
    });
    const after = await figureRow("indicatorValue", target, "PRIMITIEF");
    if (allowed) {
      expect(expectOk(result)).toEqual({ outcome: "saved", message: "Opgeslagen: 1 streefwaarde gewijzigd." });
      expect(after).toMatchObject({ reviewStatus: "CONCEPT" });
      expect((after as { value: { toString(): string } | null }).value?.toString()).toBe(`6.${digit}`);
    } else {
      expectForbidden(result);
      expect(after).toEqual(before);
    }
  });
});
// ------------------------------------------------------------------ structure: indicators and begrotingsposten (issue 10; lib/structure)
// structure.edit: a controller or beheerder of the municipality, every programme, in a CONCEPT document.
// Fixtures: the begroting of FIGURE_YEAR (ids.owned.PRIMITIEF) reports programme P, Q and Hilversum's test
// programme (a report row is added here), and owns a figure of each target's test indicator and line.
// Every allowed call is harmless: an add names a goal that does not exist (refused after the gate), an
// edit posts the saved values ("niets gewijzigd"), a move of the only item says it stays, the BBV add
// names a key that is not on the list; only the remove acts, on an indicator or line made for the call.

const EDIT_CATALOGUE: Record<UserKey, FigureTarget[]> = {
  advisorP: [],
  advisorQ: [],
  controller: ["zoetermeerP", "zoetermeerQ"],
  beheerder: ["zoetermeerP", "zoetermeerQ"],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};

describe("structure editor: indicators and begrotingsposten", () => {
  const documentOf = (target: FigureTarget) => ids.owned.PRIMITIEF.document[target];
  const municipalityOf = (target: FigureTarget) => (target === "hilversum" ? ids.municipality.hilversum : ids.municipality.zoetermeer);
  const indicatorOf = (target: FigureTarget) => db().indicator.findFirstOrThrow({ where: { importKey: `test-autorisatiematrix-${target}` } });
  const lineOf = (target: FigureTarget) => db().budgetLine.findFirstOrThrow({ where: { key: `test-autorisatiematrix-${RUN}-${target}` } });
  const missingGoal = "geen-doel-matrix";

  beforeAll(async () => {
    for (const target of FIGURE_TARGETS) {
      const documentId = documentOf(target);
      const programmeId = ids.programme[target];
      if (!(await db().programmeReport.findFirst({ where: { documentId, programmeId } }))) await db().programmeReport.create({ data: { documentId, programmeId } });
    }
  });

  const indicatorForm = async (target: FigureTarget) => {
    const i = await indicatorOf(target);
    return {
      documentId: documentOf(target),
      indicatorId: i.id,
      name: i.name ?? "",
      definition: i.definition ?? "",
      unit: i.unit,
      unitLabel: i.unitLabel ?? "",
      decimals: String(i.decimals),
      direction: i.direction,
      sourceName: i.sourceName ?? "",
      frequency: i.frequency,
      goalId: i.goalId ?? "",
      dimensionName: i.dimensionName ?? "",
      minValue: "",
      maxValue: "",
    };
  };
  const structureCount = (target: FigureTarget) =>
    Promise.all([db().indicator.count({ where: { programmeId: ids.programme[target] } }), db().budgetLine.count({ where: { programmeId: ids.programme[target] } })]);

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → addIndicatorAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await structureCount(target);
    const { documentId, indicatorId: _, ...fields } = await indicatorForm(target);
    const result = await as(user, addIndicatorAction)({ ...fields, documentId, programmeId: ids.programme[target], name: "Matrixtest nieuw", goalId: missingGoal });
    if (allowed) expect(expectOk(result)).toMatchObject({ fieldErrors: { goalId: ["Kies een doelstelling van dit programma"] } });
    else expectForbidden(result);
    expect(await structureCount(target)).toEqual(before);
  });

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → editIndicatorAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await indicatorOf(target);
    const result = await as(user, editIndicatorAction)(await indicatorForm(target));
    if (allowed) expect(expectOk(result)).toEqual({ message: "Er was niets gewijzigd." });
    else expectForbidden(result);
    expect(await indicatorOf(target)).toEqual(before);
  });

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → moveIndicatorAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await indicatorOf(target);
    const result = await as(user, moveIndicatorAction)({ documentId: documentOf(target), indicatorId: before.id, direction: "up" });
    if (allowed) expect(expectOk(result)).toEqual({ message: `${before.name} staat al bovenaan.` });
    else expectForbidden(result);
    expect((await indicatorOf(target)).sortOrder).toBe(before.sortOrder);
  });

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → removeIndicatorAction $where: $outcome", async ({ user, target, allowed }) => {
    const made = await db().indicator.create({
      data: { municipalityId: municipalityOf(target), programmeId: ids.programme[target], name: `Matrixtest weg ${target}`, unit: "AANTAL", figures: { create: { documentId: documentOf(target), year: FIGURE_YEAR } } },
    });
    ids.indicators.push(made.id);
    const result = await as(user, removeIndicatorAction)({ documentId: documentOf(target), indicatorId: made.id });
    if (allowed) {
      expect(expectOk(result)).toEqual({ message: `Matrixtest weg ${target} is verwijderd.` });
      expect(await db().indicator.findUnique({ where: { id: made.id } })).toBeNull();
    } else {
      expectForbidden(result);
      expect(await db().indicator.findUnique({ where: { id: made.id } })).not.toBeNull();
    }
  });

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → addBbvIndicatorsAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await structureCount(target);
    const result = await as(user, addBbvIndicatorsAction)({ documentId: documentOf(target), programmeId: ids.programme[target], goalId: "", keys: ["bbv:bestaat-niet"] });
    if (allowed) expect(expectOk(result)).toMatchObject({ fieldErrors: { keys: ["Een gekozen beleidsindicator staat niet in de BBV-lijst. Laad de pagina opnieuw."] } });
    else expectForbidden(result);
    expect(await structureCount(target)).toEqual(before);
  });

  const lineForm = async (target: FigureTarget) => {
    const l = await lineOf(target);
    return { documentId: documentOf(target), budgetLineId: l.id, category: l.category, label: l.label, product: l.product ?? "", functionCode: l.functionCode ?? "", goalId: l.goalId ?? "" };
  };

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → addBudgetLineAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await structureCount(target);
    const result = await as(user, addBudgetLineAction)({ documentId: documentOf(target), programmeId: ids.programme[target], category: "EXPENSES", label: "Matrixtest", functionCode: "0.2", goalId: missingGoal });
    if (allowed) expect(expectOk(result)).toMatchObject({ fieldErrors: { goalId: ["Kies een doelstelling van dit programma"] } });
    else expectForbidden(result);
    expect(await structureCount(target)).toEqual(before);
  });

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → editBudgetLineAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await lineOf(target);
    const result = await as(user, editBudgetLineAction)(await lineForm(target));
    if (allowed) expect(expectOk(result)).toEqual({ message: "Er was niets gewijzigd." });
    else expectForbidden(result);
    expect(await lineOf(target)).toEqual(before);
  });

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → moveBudgetLineAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await lineOf(target);
    const result = await as(user, moveBudgetLineAction)({ documentId: documentOf(target), budgetLineId: before.id, direction: "down" });
    if (allowed) expect(expectOk(result)).toEqual({ message: `${before.label} staat al onderaan.` });
    else expectForbidden(result);
    expect((await lineOf(target)).sortOrder).toBe(before.sortOrder);
  });

  it.each(cases(EDIT_CATALOGUE, FIGURE_TARGETS))("$who → removeBudgetLineAction $where: $outcome", async ({ user, target, allowed }) => {
    const made = await db().budgetLine.create({
      data: { municipalityId: municipalityOf(target), programmeId: ids.programme[target], key: `matrixtest-weg-${RUN}-${user}-${target}`, category: "EXPENSES", label: `Matrixtest weg ${target}`, figures: { create: { documentId: documentOf(target), year: FIGURE_YEAR } } },
    });
    const result = await as(user, removeBudgetLineAction)({ documentId: documentOf(target), budgetLineId: made.id });
    if (allowed) {
      expect(expectOk(result)).toEqual({ message: `Matrixtest weg ${target} is verwijderd.` });
      expect(await db().budgetLine.findUnique({ where: { id: made.id } })).toBeNull();
    } else {
      expectForbidden(result);
      await db().budgetLine.delete({ where: { id: made.id } });
    }
  });
});

// ------------------------------------------------------------------ importing a cijfers file (decision 012)
// The gate is the document: an advisor of the municipality may upload a file (its rows of programmes not
// assigned to them are refused per row, tests/integration/figure-import.test.ts); controllers, beheerders and
// lezers enter no figures, so they import none. A job is its uploader's: the cases make one per user.

const IMPORT_FILES: Record<UserKey, FigureTarget[]> = {
  advisorP: ["zoetermeerP", "zoetermeerQ"],
  advisorQ: ["zoetermeerP", "zoetermeerQ"],
  controller: [],
  beheerder: [],
  lezer: [],
  platformAdmin: [],
  hilversum: ["hilversum"],
};

describe("importing a cijfers file", () => {
  const documentOf = (target: FigureTarget) => ids.owned.REALISATIE.document[target];
  const municipalityOf = (target: FigureTarget) => (target === "hilversum" ? ids.municipality.hilversum : ids.municipality.zoetermeer);
  const plannedJob = (user: UserKey, target: FigureTarget) =>
    db().importJob.create({
      data: {
        municipalityId: municipalityOf(target),
        documentId: documentOf(target),
        userId: ids.user[user],
        format: "CSV",
        flavour: "REALISATIE",
        fileName: "matrix.csv",
        fileSize: 1,
        status: "PLANNED",
        preview: { counts: { rows: 1, created: 0, changed: 0, unchanged: 1, problems: 0 }, warnings: [], fileProblems: [], rows: [], payload: [], writes: 0 },
      },
    });
  const jobsOf = (target: FigureTarget) => db().importJob.count({ where: { documentId: documentOf(target) } });

  it.each(cases(IMPORT_FILES, FIGURE_TARGETS))("$who → startImportAction $where: $outcome", async ({ user, target, allowed }) => {
    const before = await jobsOf(target);
    const bytes = new TextEncoder().encode("Sleutel;Realisatie\r\n");
    const result = await as(user, startImportAction)({ documentId: documentOf(target), fileName: "matrix.csv", bytes });
    if (allowed) {
      const { jobId } = expectOk(result);
      expect(await jobsOf(target)).toBe(before + 1);
      await db().importJob.deleteMany({ where: { id: jobId } });
    } else {
      expectForbidden(result);
      expect(await jobsOf(target)).toBe(before);
    }
  });

  it.each(cases(IMPORT_FILES, FIGURE_TARGETS))("$who → confirmImportAction $where: $outcome", async ({ user, target, allowed }) => {
    const job = await plannedJob(user, target);
    const result = await as(user, confirmImportAction)({ jobId: job.id });
    // Allowed through the gate, the job writes nothing: its file changed no figure.
    if (allowed) expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: NOTHING_TO_WRITE });
    else expectForbidden(result);
    expect((await db().importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("PLANNED");
    await db().importJob.delete({ where: { id: job.id } });
  });

  it.each(cases(IMPORT_FILES, FIGURE_TARGETS))("$who → cancelImportAction $where: $outcome", async ({ user, target, allowed }) => {
    const job = await plannedJob(user, target);
    const result = await as(user, cancelImportAction)({ jobId: job.id });
    if (allowed) expectOk(result);
    else expectForbidden(result);
    expect((await db().importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe(allowed ? "CANCELLED" : "PLANNED");
    await db().importJob.delete({ where: { id: job.id } });
  });

  it("a job is its uploader's: another advisor of the same municipality does not find it", async () => {
    const job = await plannedJob("advisorP", "zoetermeerP");
    const result = await as("advisorQ", cancelImportAction)({ jobId: job.id });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await db().importJob.delete({ where: { id: job.id } });
  });
});
