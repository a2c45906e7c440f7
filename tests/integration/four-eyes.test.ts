// Four eyes through the real wrapped Server Actions and the real database: a
// controller who changed a figure's value or toelichting at any point since
// its last approval cannot approve it, whoever changed it last — and the
// review page does not offer them the button. Each test builds its own
// fixture (a concept document with fresh figures and users).
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getSessionUser: vi.fn(),
}));

import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/auth/result";
import { getSessionUser, loadSessionUser } from "@/lib/auth/session";
import { approveFigure, saveProgrammeFigures, submitFinancialLine, submitIndicatorValue } from "@/lib/review/actions";
import { loadReviewQueue } from "@/lib/review/loaders";
import { submitFigureValue, type FigureKind } from "@/lib/review/schema";
import { adoptInBegroting, as, buildFixture, destroyFixture, entryForm, figures, type Fixture, type UserKey } from "./workflow-fixture";

const YEAR = 2094;
let f: Fixture | undefined;

afterEach(async () => {
  await destroyFixture(f);
  f = undefined;
});

function expectFailure(result: ActionResult<unknown>, code: string) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

function outcome<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

type Typed = Parameters<typeof entryForm>[1];

/** The programme form saved as it is on screen, with these fields typed. */
async function save(fx: Fixture, who: UserKey, typed: Typed, reason?: string) {
  const form = await entryForm(fx, typed, reason ? { reason } : {});
  expect(outcome(await as(fx, who, saveProgrammeFigures)(form))).toMatchObject({ outcome: "saved" });
}

/** A row's "Indienen": saves the form with these fields typed and submits that one figure. */
async function submitRow(fx: Fixture, who: UserKey, kind: FigureKind, id: string, typed: Typed = {}, reason?: string) {
  const form = { ...(await entryForm(fx, typed, reason ? { reason } : {})), submitFigure: submitFigureValue(kind, id) };
  const action = kind === "indicatorValue" ? submitIndicatorValue : submitFinancialLine;
  expect(outcome(await as(fx, who, action)(form))).toMatchObject({ outcome: "saved", submitted: 1 });
}

async function approve(fx: Fixture, who: UserKey, kind: FigureKind, id: string) {
  const { values, lines } = await figures(fx);
  const row = [...values, ...lines].find((x) => x.id === id)!;
  return as(fx, who, approveFigure)({ kind, id, version: row.version, comment: "" });
}

const statusOf = async (fx: Fixture, id: string) => {
  const { values, lines } = await figures(fx);
  return [...values, ...lines].find((x) => x.id === id)!.reviewStatus;
};

describe("four eyes: what one changed since the last approval, one does not approve", () => {
  it("refuses the controller who entered the value after an advisor edited only the toelichting", async () => {
    const fx = (f = await buildFixture(YEAR));
    await adoptInBegroting(fx, { targets: ["7.4", null], budgets: [100n, 10n] });
    const value = fx.valueIds[0]!;
    const line = fx.lineIds[0]!;
    // dualRole is controller and advisor: enters the figures (target reached, so no toelichting is required)...
    await save(fx, "dualRole", { indicators: { 0: { value: "8" } }, lines: { 0: { amount: "90" } } });
    // ...another advisor writes only the toelichtingen and submits...
    await submitRow(fx, "advisor", "indicatorValue", value, { indicators: { 0: { explanation: "Ruim gehaald." } } });
    await submitRow(fx, "advisor", "financialLine", line, { lines: { 0: { explanation: "Minder uitgegeven." } } });
    const { values, lines } = await figures(fx);
    expect(values[0]).toMatchObject({ updatedById: fx.users.advisor, reviewStatus: "INGEDIEND" });
    expect(lines[0]).toMatchObject({ updatedById: fx.users.advisor, reviewStatus: "INGEDIEND" });

    // ...and dualRole may not approve their own numbers; a controller who changed nothing may.
    for (const [kind, id] of [["indicatorValue", value], ["financialLine", line]] as const) {
      const own = await approve(fx, "dualRole", kind, id);
      expectFailure(own, "SELF_REVIEW");
      if (!own.ok) expect(own.message).toBe("U hebt dit cijfer sinds de laatste goedkeuring zelf gewijzigd; een andere controller keurt het goed (vier ogen).");
      expect(await statusOf(fx, id)).toBe("INGEDIEND");
      outcome(await approve(fx, "controller", kind, id));
      expect(await statusOf(fx, id)).toBe("GOEDGEKEURD");
    }
    expect(await db().auditEntry.count({ where: { entityId: { in: [value, line] }, action: "approve", userId: fx.users.dualRole } })).toBe(0);
  });

  it("forgets changes made before the last approval: after someone else's change, the first controller may approve", async () => {
    const fx = (f = await buildFixture(YEAR));
    await adoptInBegroting(fx, { targets: ["7.4", null], budgets: [100n, 10n] });
    const value = fx.valueIds[0]!;
    await submitRow(fx, "dualRole", "indicatorValue", value, { indicators: { 0: { value: "8" } } });
    expectFailure(await approve(fx, "dualRole", "indicatorValue", value), "SELF_REVIEW");
    outcome(await approve(fx, "controller", "indicatorValue", value));

    // Another advisor changes the approved figure (with a reason) and submits it again.
    await submitRow(fx, "advisor2", "indicatorValue", value, { indicators: { 0: { explanation: "Nieuwe meting." } } }, "Aanvulling");
    outcome(await approve(fx, "dualRole", "indicatorValue", value));
    expect(await statusOf(fx, value)).toBe("GOEDGEKEURD");
  });

  it("counts a change after the approval even when someone else changed the figure last", async () => {
    const fx = (f = await buildFixture(YEAR));
    await adoptInBegroting(fx, { targets: ["7.4", null], budgets: [100n, 10n] });
    const value = fx.valueIds[0]!;
    await submitRow(fx, "advisor", "indicatorValue", value, { indicators: { 0: { value: "8" } } });
    outcome(await approve(fx, "dualRole", "indicatorValue", value));
    await save(fx, "dualRole", { indicators: { 0: { value: "8,5" } } }, "Correctie");
    await submitRow(fx, "advisor", "indicatorValue", value, { indicators: { 0: { explanation: "Gecorrigeerd." } } });
    expectFailure(await approve(fx, "dualRole", "indicatorValue", value), "SELF_REVIEW");
  });
});

describe("the review page", () => {
  it("offers Goedkeuren only where four eyes allows it", async () => {
    const fx = (f = await buildFixture(YEAR));
    await adoptInBegroting(fx, { targets: ["7.4", null], budgets: [100n, 10n] });
    await save(fx, "dualRole", { indicators: { 0: { value: "8" } } });
    await submitRow(fx, "advisor", "indicatorValue", fx.valueIds[0]!, { indicators: { 0: { explanation: "Ruim gehaald." } } });
    await submitRow(fx, "advisor", "financialLine", fx.lineIds[1]!, { lines: { 1: { amount: "10" } } });

    const mayApprove = async (who: UserKey) => {
      vi.mocked(getSessionUser).mockResolvedValue(await loadSessionUser(fx.users[who]));
      const page = await loadReviewQueue("zoetermeer", YEAR, undefined);
      if (page.kind !== "ok") throw new Error(page.kind);
      const rows = page.data.programmes.flatMap((p) => [...p.indicators, ...p.lines]);
      return Object.fromEntries(rows.filter((r) => r.reviewStatus === "INGEDIEND").map((r) => [r.id, r.mayApprove]));
    };
    expect(await mayApprove("dualRole")).toEqual({ [fx.valueIds[0]!]: false, [fx.lineIds[1]!]: true });
    expect(await mayApprove("controller")).toEqual({ [fx.valueIds[0]!]: true, [fx.lineIds[1]!]: true });
  });
});
