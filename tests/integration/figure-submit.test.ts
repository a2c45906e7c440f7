// Indienen of one figure from its row of the programme form, through the real
// wrapped Server Actions and the real database: only that figure goes to
// review (the rest of the form is saved with it), with the same rules as
// submitting the whole programme — a required toelichting, the workflow's
// states, the version the user saw, the audit trail and the year lock.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/auth/result";
import { unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import { returnFigure, saveProgrammeFigures, submitFinancialLine, submitIndicatorValue } from "@/lib/review/actions";
import { saveProgrammeEntry } from "@/lib/review/mutations";
import { programmeEntrySchema, submitFigureValue, type FigureKind } from "@/lib/review/schema";
import { upsertProgramme } from "@/lib/programme/mutations";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";
import { loadSessionUser } from "@/lib/auth/session";
import { withUserResolver } from "@/lib/auth/action";
import { adoptInBegroting, as, buildFixture, destroyFixture, entryForm, figures, type Fixture } from "./workflow-fixture";

let f: Fixture;
/** A Zoetermeer advisor assigned another programme than 6, and that programme. */
const other = { programmeId: "", userId: "" };
const actor = { userId: null, reason: "test indienen per cijfer" };

beforeAll(async () => {
  f = await buildFixture(2093);
  await adoptInBegroting(f, { targets: ["7.4", "5"], budgets: [100n, 50n] });
  const programme = await upsertProgramme(db(), { municipalityId: f.municipalityId, number: "94", name: `Testprogramma indienen per cijfer ${f.run}` });
  other.programmeId = programme.id;
  const user = await upsertUserByEmail(db(), { email: `ander-programma-${f.run}@werkproces.test`, name: "Test ander programma", passwordHash: null }, actor);
  other.userId = user.id;
  await setMembership(db(), { userId: user.id, municipalityId: f.municipalityId, role: "BELEIDSADVISEUR", programmeIds: [programme.id] }, actor);
});

afterAll(async () => {
  await removeMembership(db(), { userId: other.userId, municipalityId: f.municipalityId, role: "BELEIDSADVISEUR" }, actor);
  await setUserDisabled(db(), other.userId, true, actor);
  await destroyFixture(f);
  await db().programme.deleteMany({ where: { id: other.programmeId } });
  await db().$disconnect();
});

function expectFailure(result: ActionResult<unknown>, code: string) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

function outcome<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const SUBMIT = { indicatorValue: submitIndicatorValue, financialLine: submitFinancialLine };

/** The programme form as a row's "Indienen" button posts it. */
async function submitForm(kind: FigureKind, id: string, typed: Parameters<typeof entryForm>[1] = {}, reason?: string) {
  return { ...(await entryForm(f, typed, reason ? { reason } : {})), submitFigure: submitFigureValue(kind, id) };
}

const statuses = async () => {
  const { values, lines } = await figures(f);
  return [...values, ...lines].map((x) => x.reviewStatus);
};

describe("indienen of one figure", () => {
  it("submits only that figure, saving the rest of the form in the same transaction", async () => {
    // Indicator 0 reaches its target (hoger is beter), so it needs no toelichting; line 0 is typed in but not submitted.
    const form = await submitForm("indicatorValue", f.valueIds[0]!, { indicators: { 0: { value: "8" } }, lines: { 0: { explanation: "Nog te boeken." } } });
    expect(outcome(await as(f, "advisor", submitIndicatorValue)(form))).toEqual({ outcome: "saved", changed: 2, submitted: 1, returnedLeft: 0 });
    expect(await statuses()).toEqual(["INGEDIEND", "CONCEPT", "CONCEPT", "CONCEPT"]);
    const { lines } = await figures(f);
    expect(lines[0]!.explanation).toBe("Nog te boeken.");
    const submit = await db().auditEntry.findMany({ where: { entityId: { in: [...f.valueIds, ...f.lineIds] }, action: "submit" } });
    expect(submit.map((e) => [e.entityId, e.oldValue, e.newValue, e.userId])).toEqual([[f.valueIds[0], "CONCEPT", "INGEDIEND", f.users.advisor]]);
  });

  it("refuses while its toelichting is required and empty, next to that field, and saves nothing", async () => {
    const before = await figures(f);
    // Indicator 1 is lager-is-beter: 6 against 5 misses the target.
    const form = await submitForm("indicatorValue", f.valueIds[1]!, { indicators: { 1: { value: "6" } }, lines: { 1: { amount: "50" } } });
    const refused = outcome(await as(f, "advisor", submitIndicatorValue)(form));
    expect(refused).toEqual({
      outcome: "refused",
      message: "Indienen kan nog niet: 1 veld mist wat de controller nodig heeft. Er is niets opgeslagen.",
      fieldErrors: { "indicators.1.explanation": ["Toelichting verplicht: de streefwaarde is niet gehaald"] },
      formErrors: [],
    });
    const after = await figures(f);
    expect(after.values[1]!.value).toBeNull();
    expect(after.lines[1]!.amount).toBeNull();
    expect([...after.values, ...after.lines].map((x) => x.version)).toEqual([...before.values, ...before.lines].map((x) => x.version));
  });

  it("refuses a financial line without a realisatie, next to that field", async () => {
    const form = await submitForm("financialLine", f.lineIds[0]!);
    expect(outcome(await as(f, "advisor", submitFinancialLine)(form))).toMatchObject({
      outcome: "refused",
      fieldErrors: { "lines.0.amount": ["Vul de realisatie in; vul 0 in als er niets is uitgegeven of ontvangen"] },
    });
    expect((await figures(f)).lines[0]!.reviewStatus).toBe("CONCEPT");
  });

  it("is refused for an advisor without that programme, in this municipality or another", async () => {
    const before = await figures(f);
    for (const kind of ["indicatorValue", "financialLine"] as const) {
      const id = kind === "indicatorValue" ? f.valueIds[1]! : f.lineIds[1]!;
      const form = await submitForm(kind, id, { indicators: { 1: { explanation: "Anders gemeten." } }, lines: { 1: { amount: "0" } } });
      expectFailure(await withUserResolver(SUBMIT[kind], () => loadSessionUser(other.userId))(form), "FORBIDDEN");
      expectFailure(await as(f, "hilversumAdvisor", SUBMIT[kind])(form), "FORBIDDEN");
      expectFailure(await as(f, "controller", SUBMIT[kind])(form), "FORBIDDEN");
    }
    expect(await figures(f)).toEqual(before);
  });

  it("checks the figure itself: an advisor posting their OWN programme's form cannot name programme 6's figure", async () => {
    // Saving the posted (own, empty) programme would be allowed, so only the gate on the figure refuses this.
    const before = await figures(f);
    const form = { ...(await submitForm("financialLine", f.lineIds[1]!)), programmeId: other.programmeId, indicators: [], lines: [] };
    expectFailure(await withUserResolver(submitFinancialLine, () => loadSessionUser(other.userId))(form), "FORBIDDEN");
    expect(await figures(f)).toEqual(before);
  });

  it("submits nothing that is not a row of the form it came with", async () => {
    // The figure's own programme is assigned, but the form claims another programme: saving that needs rights there.
    const claimed = { ...(await submitForm("financialLine", f.lineIds[1]!)), programmeId: other.programmeId };
    expectFailure(await as(f, "advisor", submitFinancialLine)(claimed), "FORBIDDEN");
    // The figure is of this programme, but not among the rows posted.
    const missing = await submitForm("financialLine", f.lineIds[1]!, { lines: { 1: { amount: "0" } } });
    missing.lines = missing.lines.slice(0, 1);
    expectFailure(await as(f, "advisor", submitFinancialLine)(missing), "NOT_FOUND");
    // A figure of one kind named as the other kind does not get past parsing.
    expectFailure(await as(f, "advisor", submitIndicatorValue)({ ...missing, submitFigure: submitFigureValue("financialLine", f.lineIds[1]!) }), "VALIDATION");
    expect((await figures(f)).lines[1]!.reviewStatus).toBe("CONCEPT");
  });

  it("treats a figure someone saved since the page was loaded as a conflict, not a blind submit", async () => {
    const stale = await submitForm("financialLine", f.lineIds[1]!);
    outcome(await as(f, "advisor2", saveProgrammeFigures)(await entryForm(f, { lines: { 1: { amount: "180" } } })));
    const result = outcome(await as(f, "advisor", submitFinancialLine)(stale));
    expect(result).toMatchObject({ outcome: "conflict", conflicts: [{ id: f.lineIds[1], current: { amount: "180" } }] });
    expect((await figures(f)).lines[1]!.reviewStatus).toBe("CONCEPT");
    // Seen in its newest version, it goes.
    const fresh = await submitForm("financialLine", f.lineIds[1]!);
    expect(outcome(await as(f, "advisor", submitFinancialLine)(fresh))).toMatchObject({ outcome: "saved", submitted: 1 });
    expect(await statuses()).toEqual(["INGEDIEND", "CONCEPT", "CONCEPT", "INGEDIEND"]);
  });

  it("answers a returned figure only once it is changed", async () => {
    const value = (await figures(f)).values[0]!;
    outcome(await as(f, "controller", returnFigure)({ kind: "indicatorValue", id: value.id, version: value.version, comment: "Waarom 8?" }));
    const unchanged = outcome(await as(f, "advisor", submitIndicatorValue)(await submitForm("indicatorValue", value.id)));
    expect(unchanged).toMatchObject({ outcome: "refused", fieldErrors: { "indicators.0.explanation": [expect.stringMatching(/beantwoord de vraag/)] } });
    const answered = await submitForm("indicatorValue", value.id, { indicators: { 0: { explanation: "Nieuwe meting." } } });
    expect(outcome(await as(f, "advisor", submitIndicatorValue)(answered))).toEqual({ outcome: "saved", changed: 1, submitted: 1, returnedLeft: 0 });
    expect((await figures(f)).values[0]!.reviewStatus).toBe("INGEDIEND");
  });

  it("refuses a figure that is already submitted", async () => {
    const result = outcome(await as(f, "advisor", submitIndicatorValue)(await submitForm("indicatorValue", f.valueIds[0]!)));
    expect(result).toMatchObject({ outcome: "refused", fieldErrors: { "indicators.0.explanation": [expect.stringMatching(/al ingediend/)] } });
  });

  it("is locked with the year: at the gate, and inside the transaction", async () => {
    const form = await submitForm("indicatorValue", f.valueIds[1]!, { indicators: { 1: { explanation: "Anders gemeten." } } });
    await db().pcDocument.update({ where: { id: f.documentId }, data: { status: "VASTGESTELD" } });
    try {
      expectFailure(await as(f, "advisor", submitIndicatorValue)(form), "FORBIDDEN");
      const entry = programmeEntrySchema.parse(form);
      await expect(
        saveProgrammeEntry({ entry, userId: f.users.advisor, municipalityId: unsafeAuthorizeMunicipality(f.municipalityId), submitFigure: { group: "indicators", id: f.valueIds[1]! } }),
      ).rejects.toThrow(/vastgesteld of gepubliceerd/);
    } finally {
      await db().pcDocument.update({ where: { id: f.documentId }, data: { status: "CONCEPT" } });
    }
    expect((await figures(f)).values[1]!.reviewStatus).toBe("CONCEPT");
  });
});
