// What a typed streefwaarde, realisatie or toelichting may be, through the
// real programme-form action and the real database: the indicator's own
// decimals and its unit's range (lib/indicator/value-rules.ts), confirmable
// warnings enforced by the server, and text the database cannot hold refused
// with a Dutch message next to the field instead of failing as a server error.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/auth/result";
import { saveProgrammeFigures } from "@/lib/review/actions";
import { NUL_CHARACTER_MESSAGE } from "@/lib/validation/fields";
import { as, buildFixture, destroyFixture, entryForm, figures, type Fixture } from "./workflow-fixture";

let f: Fixture;

beforeAll(async () => {
  f = await buildFixture(2089);
});

afterAll(async () => {
  await destroyFixture(f);
  await db().$disconnect();
});

beforeEach(async () => {
  // Each test starts from a 1-decimal rapportcijfer with empty values.
  await db().indicator.updateMany({
    where: { id: { in: f.indicatorIds } },
    data: { unit: "RAPPORTCIJFER", decimals: 1, minValue: null, maxValue: null },
  });
  await db().indicatorFigure.updateMany({
    where: { id: { in: [...f.valueIds, ...f.targetIds] } },
    data: { value: null, explanation: null, reviewStatus: "CONCEPT" },
  });
});

const save = async (typed: Parameters<typeof entryForm>[1], document: "jaarstukken" | "begroting" = "jaarstukken") =>
  as(f, "advisor", saveProgrammeFigures)(await entryForm(f, typed, {}, document));

function refusal(result: ActionResult<unknown>) {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const data = (result as { ok: true; data: { outcome: string; fieldErrors?: Record<string, string[]> } }).data;
  expect(data.outcome).toBe("refused");
  return data.fieldErrors ?? {};
}

function validation(result: ActionResult<unknown>) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.code).toBe("VALIDATION");
  return result.fieldErrors ?? {};
}

/** [streefwaarde in the begroting, realisatie in the jaarstukken] per indicator. */
const stored = async () => {
  const [actual, target] = [(await figures(f)).values, (await figures(f, "begroting")).values];
  return actual.map((v, i) => [target[i]!.value?.toString() ?? null, v.value?.toString() ?? null]);
};

describe("decimals are the indicator's own", () => {
  it("refuses 7,45 on a 1-decimal rapportcijfer with 'Maximaal 1 decimaal' next to the field, and saves nothing", async () => {
    const errors = refusal(await save({ indicators: { 0: { value: "7,45" }, 1: { value: "6,5" } } }));
    expect(errors).toEqual({ "indicators.0.value": ["Maximaal 1 decimaal"] });
    expect(await stored()).toEqual([[null, null], [null, null]]);
  });

  it("accepts the same digits once the indicator has two decimals", async () => {
    await db().indicator.update({ where: { id: f.indicatorIds[0] }, data: { decimals: 2 } });
    const result = await save({ indicators: { 0: { value: "7,45" } } });
    expect(result.ok && result.data).toMatchObject({ outcome: "saved", changed: 1 });
    expect((await stored())[0]).toEqual([null, "7.45"]);
  });

  it("does not block saving the rest of the form for a value stored before the rule that nobody changed", async () => {
    await db().indicatorFigure.update({ where: { id: f.valueIds[0] }, data: { value: "7.45" } });
    const result = await save({ indicators: { 1: { value: "6,5" } } });
    expect(result.ok && result.data).toMatchObject({ outcome: "saved", changed: 1 });
    expect(await stored()).toEqual([[null, "7.45"], [null, "6.5"]]);
  });
});

describe("plausible ranges per unit", () => {
  it("refuses a rapportcijfer outside 1–10 as a realisatie and as a streefwaarde in the begroting", async () => {
    expect(refusal(await save({ indicators: { 0: { value: "11" } } }))).toEqual({ "indicators.0.value": ["Een rapportcijfer ligt tussen 1 en 10"] });
    expect(refusal(await save({ indicators: { 0: { value: "0,5" } } }, "begroting"))).toEqual({
      "indicators.0.value": ["Een rapportcijfer ligt tussen 1 en 10"],
    });
    expect(await stored()).toEqual([[null, null], [null, null]]);
  });

  it("refuses a negative count", async () => {
    await db().indicator.update({ where: { id: f.indicatorIds[0] }, data: { unit: "AANTAL", decimals: 0 } });
    expect(refusal(await save({ indicators: { 0: { value: "-3" } } }))).toEqual({ "indicators.0.value": ["Een aantal kan niet negatief zijn"] });
  });

  it("asks to confirm a percentage above 100, and saves it once the hidden confirm field says so", async () => {
    await db().indicator.update({ where: { id: f.indicatorIds[0] }, data: { unit: "PERCENTAGE" } });
    const errors = refusal(await save({ indicators: { 0: { value: "120" } } }));
    expect(errors["indicators.0.value"]?.[0]).toContain("Ja, deze waarde klopt");
    expect((await stored())[0]).toEqual([null, null]);
    const confirmed = await save({ indicators: { 0: { value: "120", confirmUnusual: "ja" } } });
    expect(confirmed.ok && confirmed.data).toMatchObject({ outcome: "saved", changed: 1 });
    expect((await stored())[0]).toEqual([null, "120"]);
  });

  it("makes the indicator's own maximum hard: no confirmation lets 81% through a maximum of 80", async () => {
    await db().indicator.update({ where: { id: f.indicatorIds[0] }, data: { unit: "PERCENTAGE", maxValue: "80" } });
    const errors = refusal(await save({ indicators: { 0: { value: "81", confirmUnusual: "ja" } } }));
    expect(errors).toEqual({ "indicators.0.value": ["Vul een waarde in van maximaal 80%"] });
  });
});

describe("large or odd text", () => {
  it("answers a 1 MB toelichting with the field's Dutch length message", async () => {
    const errors = validation(await save({ indicators: { 0: { value: "7,5", explanation: "x".repeat(1024 * 1024) } } }));
    expect(errors).toEqual({ "indicators.0.explanation": ["Een toelichting mag maximaal 5.000 tekens lang zijn"] });
  });

  it("refuses a NUL byte in a toelichting next to the field, instead of failing in the database", async () => {
    const errors = validation(await save({ indicators: { 0: { value: "7,5", explanation: "Gehaald.\u0000" } } }));
    expect(errors).toEqual({ "indicators.0.explanation": [NUL_CHARACTER_MESSAGE] });
    expect((await stored())[0]).toEqual([null, null]);
  });
});
