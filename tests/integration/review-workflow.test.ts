// The data-entry and review workflow through the real wrapped Server Actions
// and the real database, on the figures each document owns (decision 009):
// the begroting sets streefwaarden and the primitieve begroting, the
// jaarstukken report the realisatie beside them. Dutch input, the submit
// rules on the server (against the adopted target and the computed begroting
// na wijziging), review
// with four eyes, reasons for changing reviewed figures, the year lock inside
// every transaction, publication, and the audit trail of all of it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/auth/result";
import { unsafeAuthorizeMunicipality, PUBLIC_SCOPE } from "@/lib/auth/scope";
import { approveFigure, returnFigure, saveProgrammeFigures } from "@/lib/review/actions";
import { changeDocumentStatus } from "@/lib/document/actions";
import { saveProgrammeEntry, decideFigure } from "@/lib/review/mutations";
import { programmeEntrySchema } from "@/lib/review/schema";
import { listProgrammeIndicators } from "@/lib/indicator/data";
import { getProgrammeFinance } from "@/lib/finance/data";
import { findFigureSubject, listEntityHistory } from "@/lib/audit/data";
import { auditEntityTypes } from "@/lib/figure-kinds";
import { ensureReconstruction } from "@/lib/document/mutations";
import { EMPTY_INDICATOR_FIGURE, upsertIndicatorFigure } from "@/lib/indicator/mutations";
import { PRIMITIEF_BY_CONTROLLER_MESSAGE } from "@/lib/review/owned-figures";
import { adoptInBegroting, as, buildFixture, destroyFixture, entryForm, figures, type Fixture } from "./workflow-fixture";

let f: Fixture;

beforeAll(async () => {
  f = await buildFixture(2091);
});

afterAll(async () => {
  await destroyFixture(f);
  await db().$disconnect();
});

function expectFailure(result: ActionResult<unknown>, code: string) {
  expect(result.ok, JSON.stringify(result, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

function outcome<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const audit = (entityId: string) => db().auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });

describe("entering figures", () => {
  it("saves Dutch input in canonical form in the document that owns it, one audit entry per changed field", async () => {
    // The begroting sets the streefwaarden (its primitieve begroting is the controller's grid, lib/budget)...
    const budgetForm = await entryForm(f, { indicators: { 0: { value: "7,4" }, 1: { value: "10" } } }, {}, "begroting");
    expect(budgetForm.lines).toEqual([]);
    expect(outcome(await as(f, "advisor", saveProgrammeFigures)(budgetForm))).toEqual({ outcome: "saved", changed: 2, submitted: 0, returnedLeft: 0 });
    await adoptInBegroting(f, { budgets: [1234567n, -89n] });
    // ...the jaarstukken the realisatie.
    const form = await entryForm(f, { indicators: { 0: { value: "7,0" } }, lines: { 0: { amount: "€ 1.234" }, 1: { amount: "0" } } });
    expect(outcome(await as(f, "advisor", saveProgrammeFigures)(form))).toEqual({ outcome: "saved", changed: 3, submitted: 0, returnedLeft: 0 });
    const { values, lines } = await figures(f);
    const budget = await figures(f, "begroting");
    expect(values[0]).toMatchObject({ version: 2, reviewStatus: "CONCEPT", updatedById: f.users.advisor });
    expect(values[0]!.value?.toString()).toBe("7");
    expect(budget.values[0]!.value?.toString()).toBe("7.4");
    expect(lines[0]).toMatchObject({ amount: 1234n, version: 2 });
    expect(lines[1]).toMatchObject({ amount: 0n });
    expect(budget.lines.map((l) => l.amount)).toEqual([1234567n, -89n]);
    // New writes carry the new names; the field says which figure it is.
    const entries = await audit(f.lineIds[0]!);
    expect(entries.map((e) => [e.entityType, e.field, e.oldValue, e.newValue, e.userId])).toEqual([["BudgetFigure", "actual", null, "1234", f.users.advisor]]);
    expect((await audit(f.targetIds[0]!)).map((e) => [e.entityType, e.field, e.newValue])).toEqual([["IndicatorFigure", "target", "7.4"]]);
    expect(revalidatePath).toHaveBeenCalledWith("/werkplek", "layout");
  });

  it("refuses a primitieve begroting posted in the advisor's form of a begroting, in Dutch, and saves nothing", async () => {
    const before = await figures(f, "begroting");
    const form = await entryForm(f, { indicators: { 0: { value: "6,1" } } }, {}, "begroting");
    form.lines = [{ id: f.budgetIds[0]!, version: String(before.lines[0]!.version), base: { amount: "1234567", explanation: "" }, amount: "1", explanation: "" }];
    expect(outcome(await as(f, "advisor", saveProgrammeFigures)(form))).toEqual({
      outcome: "refused",
      message: PRIMITIEF_BY_CONTROLLER_MESSAGE,
      fieldErrors: {},
      formErrors: [PRIMITIEF_BY_CONTROLLER_MESSAGE],
    });
    const after = await figures(f, "begroting");
    expect(after.values.map((v) => v.version)).toEqual(before.values.map((v) => v.version));
    expect(after.lines.map((l) => l.amount)).toEqual([1234567n, -89n]);
  });

  it("edits only what the document owns: the begroting's target or budget posted in the jaarstukken' form is refused", async () => {
    const before = await figures(f, "begroting");
    for (const smuggle of ["indicator", "line"] as const) {
      const form = await entryForm(f, { indicators: { 0: { value: "1" } }, lines: { 0: { amount: "1" } } });
      if (smuggle === "indicator") form.indicators[0]!.id = f.targetIds[0]!;
      else form.lines[0]!.id = f.budgetIds[0]!;
      expectFailure(await as(f, "advisor", saveProgrammeFigures)(form), "NOT_FOUND");
    }
    const after = await figures(f, "begroting");
    expect(after.values.map((v) => v.version)).toEqual(before.values.map((v) => v.version));
    expect(after.lines.map((l) => l.amount)).toEqual([1234567n, -89n]);
  });

  it("refuses what it cannot read, per field in Dutch, and saves nothing — not even the readable rows", async () => {
    const before = await figures(f);
    const form = await entryForm(f, { indicators: { 0: { value: "7.0.0" }, 1: { value: "8" } }, lines: { 1: { amount: "12,50" } } });
    const result = await as(f, "advisor", saveProgrammeFigures)(form);
    expectFailure(result, "VALIDATION");
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["indicators.0.value", "lines.1.amount"]);
    expect(result.fieldErrors?.["lines.1.amount"]).toEqual(["Vul een bedrag in hele euro's in, bijvoorbeeld 1.234"]);
    const after = await figures(f);
    expect(after.values.map((v) => v.version)).toEqual(before.values.map((v) => v.version));
    expect(after.values[1]!.value).toBeNull();
  });

  it("refuses figures of another programme or document smuggled into the form", async () => {
    const other = await db().indicatorFigure.findFirstOrThrow({ where: { document: { municipalityId: f.municipalityId, status: "GEPUBLICEERD" } } });
    const form = await entryForm(f);
    form.indicators[0]!.id = other.id;
    expectFailure(await as(f, "advisor", saveProgrammeFigures)(form), "NOT_FOUND");
  });
});

describe("submitting: refused on the server while a required toelichting is empty", () => {
  it("names every missing toelichting and realisatie, and saves nothing of the request", async () => {
    // indicator 0: adopted target 7,4, realisatie 7,0 → missed; indicator 1: no realisatie; line 1 lacks nothing.
    const form = await entryForm(f, { lines: { 0: { amount: "" } } }, { intent: "submit" });
    const data = outcome(await as(f, "advisor", saveProgrammeFigures)(form));
    expect(data).toMatchObject({ outcome: "refused" });
    if (data.outcome !== "refused") return;
    expect(data.fieldErrors).toEqual({
      "indicators.0.explanation": ["Toelichting verplicht: de streefwaarde is niet gehaald"],
      "indicators.1.explanation": ["Toelichting verplicht: er is geen realisatie; leg uit waarom"],
      "lines.0.amount": ["Vul de realisatie in; vul 0 in als er niets is uitgegeven of ontvangen"],
    });
    const { lines, values } = await figures(f);
    expect(lines[0]!.amount).toBe(1234n); // the cleared field was not saved either
    expect(values.every((v) => v.reviewStatus === "CONCEPT")).toBe(true);
  });

  it("requires a toelichting above the municipality's threshold, measured against the computed begroting na wijziging", async () => {
    await db().municipality.update({ where: { id: f.municipalityId }, data: { deviationThresholdAmount: 100_000n } });
    const form = () =>
      entryForm(f, { indicators: { 0: { explanation: "Gelijk gebleven." }, 1: { value: "9" } }, lines: { 0: { amount: "1.400.000" } } }, { intent: "submit" });
    try {
      // Primitief 1.234.567: 165.433 over it.
      const data = outcome(await as(f, "advisor", saveProgrammeFigures)(await form()));
      expect(data).toMatchObject({ outcome: "refused", fieldErrors: { "lines.0.explanation": [expect.stringMatching(/grens/)] } });
      // An adopted wijziging of +200.000 makes the budget 1.434.567: 34.567 under it, within the threshold.
      const amendment = await db().budgetAmendment.create({
        data: {
          municipalityId: f.municipalityId,
          year: f.year,
          number: `test-${f.run}`,
          authority: "RAAD",
          reason: "Test",
          status: "VASTGESTELD",
          adoptedAt: new Date(),
          lines: { create: { budgetLineId: f.budgetLineIds[0]!, delta: 200_000n } },
        },
      });
      try {
        const proposed = outcome(await as(f, "advisor", saveProgrammeFigures)({ ...(await form()), intent: "save" }));
        expect(proposed).toMatchObject({ outcome: "saved" });
        const submit = programmeEntrySchema.parse(await entryForm(f, {}, { intent: "submit" }));
        const submitted = await saveProgrammeEntry({ entry: submit, userId: f.users.advisor, municipalityId: unsafeAuthorizeMunicipality(f.municipalityId) });
        expect(submitted).toMatchObject({ outcome: "saved", submitted: 4 });
        // Back to concept for the rest of this file, which submits again.
        await db().$executeRaw`UPDATE "BudgetFigure" SET "reviewStatus" = 'CONCEPT' WHERE "documentId" = ${f.documentId}`;
        await db().$executeRaw`UPDATE "IndicatorFigure" SET "reviewStatus" = 'CONCEPT' WHERE "documentId" = ${f.documentId}`;
      } finally {
        await db().budgetAmendment.delete({ where: { id: amendment.id } });
      }
      // Without it, the same realisatie needs its toelichting again.
      const again = outcome(await as(f, "advisor", saveProgrammeFigures)(await entryForm(f, {}, { intent: "submit" })));
      expect(again).toMatchObject({ outcome: "refused", fieldErrors: { "lines.0.explanation": [expect.stringMatching(/grens/)] } });
    } finally {
      await db().municipality.update({ where: { id: f.municipalityId }, data: { deviationThresholdAmount: null } });
    }
  });

  it("submits every concept figure once complete, in the same transaction as the save", async () => {
    const form = await entryForm(f, { lines: { 0: { amount: "1.234" } } }, { intent: "submit" });
    expect(outcome(await as(f, "advisor", saveProgrammeFigures)(form))).toEqual({ outcome: "saved", changed: 1, submitted: 4, returnedLeft: 0 });
    const { values, lines } = await figures(f);
    expect([...values, ...lines].map((x) => x.reviewStatus)).toEqual(["INGEDIEND", "INGEDIEND", "INGEDIEND", "INGEDIEND"]);
    const submit = await db().auditEntry.findFirst({ where: { entityId: f.valueIds[0], action: "submit" } });
    expect(submit).toMatchObject({ field: "reviewStatus", oldValue: "CONCEPT", newValue: "INGEDIEND", userId: f.users.advisor });
  });

  it("has nothing to submit twice", async () => {
    const data = outcome(await as(f, "advisor", saveProgrammeFigures)(await entryForm(f, {}, { intent: "submit" })));
    expect(data).toMatchObject({ outcome: "refused", message: "Er zijn geen conceptcijfers om in te dienen." });
  });
});

describe("reviewing", () => {
  it("lets only a controller decide, and never the one who entered the figure", async () => {
    const { values } = await figures(f);
    const input = { kind: "indicatorValue" as const, id: f.valueIds[0]!, version: values[0]!.version, comment: "" };
    expectFailure(await as(f, "advisor", approveFigure)(input), "FORBIDDEN");
    expectFailure(await as(f, "beheerder", approveFigure)(input), "FORBIDDEN");
    expectFailure(await as(f, "lezer", approveFigure)(input), "FORBIDDEN");
    expectFailure(await as(f, "hilversumAdvisor", approveFigure)(input), "FORBIDDEN");
    expectFailure(await as(f, "controller", saveProgrammeFigures)(await entryForm(f, { indicators: { 0: { value: "9" } } })), "FORBIDDEN");
  });

  it("returns a figure only with a question, and the advisor's change sends it back to concept", async () => {
    const { values } = await figures(f);
    const target = { kind: "indicatorValue" as const, id: f.valueIds[0]!, version: values[0]!.version };
    expectFailure(await as(f, "controller", returnFigure)({ ...target, comment: " " }), "VALIDATION");
    outcome(await as(f, "controller", returnFigure)({ ...target, comment: "Waarom is het cijfer gelijk gebleven?" }));
    const returned = (await figures(f)).values[0]!;
    expect(returned).toMatchObject({ reviewStatus: "TERUGGESTUURD", reviewComment: "Waarom is het cijfer gelijk gebleven?" });
    expect(await db().auditEntry.findFirst({ where: { entityId: f.valueIds[0], action: "return" } })).toMatchObject({
      reason: "Waarom is het cijfer gelijk gebleven?",
      userId: f.users.controller,
    });

    // Submitting again without changing it is not an answer.
    const unchanged = outcome(await as(f, "advisor", saveProgrammeFigures)(await entryForm(f, {}, { intent: "submit" })));
    expect(unchanged).toMatchObject({ outcome: "refused" });

    const answer = await entryForm(f, { indicators: { 0: { explanation: "Gelijk gebleven; de nieuwe meting start in 2026." } } }, { intent: "submit" });
    expect(outcome(await as(f, "advisor", saveProgrammeFigures)(answer))).toMatchObject({ outcome: "saved", changed: 1, submitted: 1 });
    expect((await figures(f)).values[0]!.reviewStatus).toBe("INGEDIEND");
  });

  it("refuses to approve a version the controller did not see, or a figure that is not submitted", async () => {
    const { values } = await figures(f);
    const stale = { kind: "indicatorValue" as const, id: f.valueIds[0]!, version: values[0]!.version - 1, comment: "" };
    expectFailure(await as(f, "controller", approveFigure)(stale), "CONFLICT");
    const draft = await db().indicatorFigure.findFirstOrThrow({ where: { documentId: f.documentId, reviewStatus: "INGEDIEND" } });
    outcome(await as(f, "controller", approveFigure)({ kind: "indicatorValue", id: draft.id, version: draft.version, comment: "" }));
    const again = await as(f, "controller", approveFigure)({ kind: "indicatorValue", id: draft.id, version: draft.version + 1, comment: "" });
    expectFailure(again, "CONFLICT");
  });

  it("applies four eyes to someone with both roles", async () => {
    const { lines } = await figures(f);
    // The dual-role user changes line 1 (submitted → needs a reason) and submits it...
    const form = await entryForm(f, { lines: { 1: { amount: "5" } } }, { intent: "submit", reason: "Correctie boeking" });
    expect(outcome(await as(f, "dualRole", saveProgrammeFigures)(form))).toMatchObject({ outcome: "saved", changed: 1, submitted: 1 });
    const line = (await figures(f)).lines[1]!;
    expect(line.version).toBeGreaterThan(lines[1]!.version);
    // ...and may not approve it; the controller may.
    const input = { kind: "financialLine" as const, id: line.id, version: line.version, comment: "" };
    const own = await as(f, "dualRole", approveFigure)(input);
    expectFailure(own, "SELF_REVIEW");
    if (!own.ok) expect(own.message).toMatch(/vier ogen/);
    outcome(await as(f, "controller", approveFigure)(input));
  });
});

describe("changing a submitted or approved figure asks for a reason", () => {
  it("refuses without one and records it with every change", async () => {
    const approved = (await figures(f)).lines[1]!;
    expect(approved.reviewStatus).toBe("GOEDGEKEURD");
    const form = await entryForm(f, { lines: { 1: { amount: "6" } } });
    const refused = outcome(await as(f, "advisor", saveProgrammeFigures)(form));
    expect(refused).toMatchObject({ outcome: "refused", fieldErrors: { reason: ["Geef een reden: u wijzigt een cijfer dat al is ingediend of goedgekeurd"] } });
    expect((await figures(f)).lines[1]!.version).toBe(approved.version);

    const withReason = await entryForm(f, { lines: { 1: { amount: "6" } } }, { reason: "Nagekomen factuur" });
    expect(outcome(await as(f, "advisor", saveProgrammeFigures)(withReason))).toMatchObject({ outcome: "saved", changed: 1 });
    const entries = await db().auditEntry.findMany({ where: { entityId: approved.id, reason: "Nagekomen factuur" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ["actual", "5", "6"],
      ["reviewStatus", "GOEDGEKEURD", "CONCEPT"],
    ]);
  });
});

describe("the year lock and publication", () => {
  it("refuses vaststellen while any figure is not approved", async () => {
    const doc = await db().pcDocument.findUniqueOrThrow({ where: { id: f.documentId } });
    const result = outcome(await as(f, "beheerder", changeDocumentStatus)({ documentId: f.documentId, version: doc.version, status: "VASTGESTELD" }));
    expect(result).toMatchObject({ refused: expect.stringMatching(/^Vaststellen kan nog niet: \d+ cijfers? (is|zijn) nog niet goedgekeurd\.$/) });
    expectFailure(await as(f, "advisor", changeDocumentStatus)({ documentId: f.documentId, version: doc.version, status: "VASTGESTELD" }), "FORBIDDEN");
  });

  it("keeps a reconstructed document's figures locked though it is in concept: at the gate and inside the transaction", async () => {
    const printed = await ensureReconstruction(db(), {
      printing: { id: f.documentId, municipalityId: f.municipalityId, title: `Testjaarstukken ${f.year}` },
      kind: "BEGROTING",
      year: f.year,
    });
    const figure = await upsertIndicatorFigure(db(), {
      indicatorId: f.indicatorIds[0]!,
      documentId: printed.id,
      year: f.year,
      ...EMPTY_INDICATOR_FIGURE,
      value: "7.4",
    });
    const form = {
      documentId: printed.id,
      programmeId: f.programmeId,
      intent: "save",
      indicators: [{ id: figure.id, version: "1", base: { value: "7.4", explanation: "" }, value: "8", explanation: "" }],
      lines: [],
    };
    expectFailure(await as(f, "advisor", saveProgrammeFigures)(form), "FORBIDDEN");
    const scope = unsafeAuthorizeMunicipality(f.municipalityId);
    await expect(saveProgrammeEntry({ entry: programmeEntrySchema.parse(form), userId: f.users.advisor, municipalityId: scope })).rejects.toThrow(/overgenomen/);
    expect((await db().indicatorFigure.findUniqueOrThrow({ where: { id: figure.id } })).value?.toString()).toBe("7.4");
    await db().pcDocument.delete({ where: { id: printed.id } });
  });

  it("locks every figure once vastgesteld: the gate refuses, and so does each mutation inside its transaction", async () => {
    await submitAndApproveEverything(f);
    const doc = await db().pcDocument.findUniqueOrThrow({ where: { id: f.documentId } });
    expect(outcome(await as(f, "beheerder", changeDocumentStatus)({ documentId: f.documentId, version: doc.version, status: "VASTGESTELD" }))).toEqual({
      message: "De status is nu: vastgesteld.",
    });
    const form = await entryForm(f, { indicators: { 1: { value: "1" } } }, { reason: "te laat" });
    expectFailure(await as(f, "advisor", saveProgrammeFigures)(form), "FORBIDDEN");
    // Past the gate (as if the lock landed between the check and the transaction): refused inside.
    const scope = unsafeAuthorizeMunicipality(f.municipalityId);
    await expect(
      saveProgrammeEntry({ entry: programmeEntrySchema.parse(form), userId: f.users.advisor, municipalityId: scope }),
    ).rejects.toThrow(/vastgesteld of gepubliceerd/);
    await expect(
      decideFigure({ kind: "financialLine", id: f.lineIds[0]!, expectedVersion: 1, decision: "return", comment: "x", userId: f.users.controller, municipalityId: scope }),
    ).rejects.toThrow(/vastgesteld of gepubliceerd/);
    expect((await figures(f)).values[1]!.value?.toString()).toBe("9");
    // Vaststellen locks exactly what the jaarstukken own: the begroting's targets stay editable.
    const target = await entryForm(f, { indicators: { 1: { value: "8" } } }, {}, "begroting");
    expect(outcome(await as(f, "advisor", saveProgrammeFigures)(target))).toMatchObject({ outcome: "saved", changed: 1 });
  });

  it("shows approved figures publicly only after publication, and a step back needs a reason", async () => {
    const publicValues = async () =>
      (await listProgrammeIndicators(PUBLIC_SCOPE, f.documentId, f.programmeId)).flatMap((i) => i.values.filter((v) => v.year === f.year));
    expect(await publicValues()).toEqual([]);
    let doc = await db().pcDocument.findUniqueOrThrow({ where: { id: f.documentId } });
    vi.mocked(revalidatePath).mockClear();
    outcome(await as(f, "beheerder", changeDocumentStatus)({ documentId: f.documentId, version: doc.version, status: "GEPUBLICEERD" }));
    // Every cached public page of the municipality: their tags carry the route pattern, not "/zoetermeer/layout".
    expect(revalidatePath).toHaveBeenCalledWith("/(public)/[gemeente]", "layout");
    expect(revalidatePath).toHaveBeenCalledWith("/zoetermeer");
    expect((await publicValues()).map((v) => v.actual)).toEqual(["7", "9"]);
    expect((await getProgrammeFinance(PUBLIC_SCOPE, f.documentId, f.programmeId)).lines).toHaveLength(2);

    doc = await db().pcDocument.findUniqueOrThrow({ where: { id: f.documentId } });
    const noReason = outcome(await as(f, "beheerder", changeDocumentStatus)({ documentId: f.documentId, version: doc.version, status: "VASTGESTELD" }));
    expect(noReason).toMatchObject({ fieldErrors: { reason: [expect.stringMatching(/Geef een reden/)] } });
    outcome(await as(f, "beheerder", changeDocumentStatus)({ documentId: f.documentId, version: doc.version, status: "VASTGESTELD", reason: "Fout in tabel" }));
    expect(await publicValues()).toEqual([]);
    const trail = await db().auditEntry.findMany({ where: { entityId: f.documentId, action: "setStatus" }, orderBy: { id: "asc" } });
    expect(trail.map((e) => [e.oldValue, e.newValue, e.reason, e.userId])).toEqual([
      ["CONCEPT", "VASTGESTELD", null, f.users.beheerder],
      ["VASTGESTELD", "GEPUBLICEERD", null, f.users.beheerder],
      ["GEPUBLICEERD", "VASTGESTELD", "Fout in tabel", f.users.beheerder],
    ]);
    // A stale page cannot set a status.
    expectFailure(await as(f, "beheerder", changeDocumentStatus)({ documentId: f.documentId, version: doc.version, status: "GEPUBLICEERD" }), "CONFLICT");
  });
});

describe("history", () => {
  it("is readable within the municipality only", async () => {
    const zoetermeer = unsafeAuthorizeMunicipality(f.municipalityId);
    const hilversum = unsafeAuthorizeMunicipality(f.hilversumId);
    expect(await findFigureSubject(zoetermeer, "indicatorValue", f.valueIds[0]!)).toMatchObject({ programmeNumber: "6", year: f.year });
    expect(await findFigureSubject(hilversum, "indicatorValue", f.valueIds[0]!)).toBeNull();
    expect(await listEntityHistory(hilversum, auditEntityTypes("indicatorValue"), f.valueIds[0]!)).toEqual([]);
    const history = await listEntityHistory(zoetermeer, auditEntityTypes("indicatorValue"), f.valueIds[0]!);
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(["update", "submit", "return", "approve"]));
    expect(history.every((e) => e.user !== null)).toBe(true);
  });
});

/** Everything still open: submitted by the advisor, approved by the controller. */
async function submitAndApproveEverything(fixture: Fixture) {
  const open = await figures(fixture);
  if ([...open.values, ...open.lines].some((x) => x.reviewStatus === "CONCEPT")) {
    outcome(await as(fixture, "advisor", saveProgrammeFigures)(await entryForm(fixture, {}, { intent: "submit" })));
  }
  const { values, lines } = await figures(fixture);
  for (const v of values.filter((x) => x.reviewStatus === "INGEDIEND")) {
    outcome(await as(fixture, "controller", approveFigure)({ kind: "indicatorValue", id: v.id, version: v.version, comment: "" }));
  }
  for (const l of lines.filter((x) => x.reviewStatus === "INGEDIEND")) {
    outcome(await as(fixture, "controller", approveFigure)({ kind: "financialLine", id: l.id, version: l.version, comment: "" }));
  }
}
