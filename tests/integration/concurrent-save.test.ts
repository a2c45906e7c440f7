// No lost updates: two people save the same figure at the same moment, from
// the same version. Exactly one wins; the other is told, with the winner's
// value, and nothing is silently overwritten. Likewise for a save racing the
// year lock: never both.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/auth/result";
import { saveProgrammeFigures, approveFigure } from "@/lib/review/actions";
import { changeDocumentStatus } from "@/lib/document/actions";
import type { ProgrammeEntryOutcome } from "@/lib/review/form-state";
import { adoptInBegroting, as, buildFixture, destroyFixture, entryForm, figures, type Fixture } from "./workflow-fixture";

let f: Fixture;

beforeAll(async () => {
  f = await buildFixture(2092);
  await adoptInBegroting(f, { targets: ["9", "5"], budgets: [100n, 50n] });
});

afterAll(async () => {
  await destroyFixture(f);
  await db().$disconnect();
});

const data = (r: ActionResult<ProgrammeEntryOutcome>) => {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.data;
};

describe("two concurrent saves of the same figure", () => {
  it.each([1, 2, 3, 4, 5])("round %i: exactly one wins, the other sees the winner's value, nothing is overwritten", async (round) => {
    // Both forms are loaded from the same version, before either saves.
    const annaTypes = `7,${round}`;
    const bertTypes = `6,${round}`;
    const [annaForm, bertForm] = await Promise.all([
      entryForm(f, { indicators: { 0: { value: annaTypes, explanation: `Anna ${round}` } } }),
      entryForm(f, { indicators: { 0: { value: bertTypes, explanation: `Bert ${round}` } } }),
    ]);
    const before = (await figures(f)).values[0]!;
    const auditBefore = await db().auditEntry.count({ where: { entityId: before.id } });

    const [anna, bert] = (await Promise.all([
      as(f, "advisor", saveProgrammeFigures)(annaForm),
      as(f, "advisor2", saveProgrammeFigures)(bertForm),
    ])).map(data);

    const outcomes = [anna, bert].map((o) => o!.outcome).sort();
    expect(outcomes).toEqual(["conflict", "saved"]);
    const winner = anna!.outcome === "saved" ? { user: f.users.advisor, actual: `7.${round}`, text: `Anna ${round}` } : { user: f.users.advisor2, actual: `6.${round}`, text: `Bert ${round}` };
    const loser = anna!.outcome === "saved" ? bert! : anna!;

    // The database holds the winner's value, one version later.
    const after = (await figures(f)).values[0]!;
    expect(after.version).toBe(before.version + 1);
    expect(after.value?.toString()).toBe(winner.actual);
    expect(after.explanation).toBe(winner.text);
    expect(after.updatedById).toBe(winner.user);

    // The loser is told who saved what, to show next to their own input.
    expect(loser.outcome).toBe("conflict");
    if (loser.outcome !== "conflict") return;
    expect(loser.conflicts).toHaveLength(1);
    expect(loser.conflicts[0]).toMatchObject({
      group: "indicators",
      id: before.id,
      version: before.version + 1,
      by: winner.user === f.users.advisor ? "Test advisor" : "Test advisor2",
      current: { value: winner.actual, explanation: winner.text },
    });

    // The audit trail has the winner's change only: the loser's value was never written.
    const entries = await db().auditEntry.findMany({ where: { entityId: before.id }, orderBy: { id: "asc" }, skip: auditBefore });
    expect(entries.map((e) => [e.field, e.newValue, e.userId])).toEqual([
      ["actual", winner.actual, winner.user],
      ["explanation", winner.text, winner.user],
    ]);
  });

  it("lets the loser save deliberately over the winner, from the version they were shown", async () => {
    const row = (await figures(f)).values[0]!;
    const form = await entryForm(f, { indicators: { 0: { value: "8,8" } } });
    expect(data(await as(f, "advisor2", saveProgrammeFigures)(form))).toMatchObject({ outcome: "saved", changed: 1 });
    const after = (await figures(f)).values[0]!;
    expect(after.version).toBe(row.version + 1);
    expect(after.value?.toString()).toBe("8.8");
  });

  it("does not overwrite a row someone else changed that this user did not touch", async () => {
    const stale = await entryForm(f, { indicators: { 1: { value: "4" } } });
    // Meanwhile someone else changes row 0.
    data(await as(f, "advisor2", saveProgrammeFigures)(await entryForm(f, { indicators: { 0: { value: "9,1" } } })));
    expect(data(await as(f, "advisor", saveProgrammeFigures)(stale))).toMatchObject({ outcome: "saved", changed: 1 });
    const { values } = await figures(f);
    expect(values[0]!.value?.toString()).toBe("9.1");
    expect(values[1]!.value?.toString()).toBe("4");
  });

  it("refuses to submit a figure the user has not seen in its newest version", async () => {
    const stale = await entryForm(f, { indicators: { 1: { explanation: "Lager is beter." } } }, { intent: "submit" });
    data(await as(f, "advisor2", saveProgrammeFigures)(await entryForm(f, { indicators: { 0: { value: "9,2" } } })));
    const result = data(await as(f, "advisor", saveProgrammeFigures)(stale));
    expect(result).toMatchObject({ outcome: "conflict", conflicts: [{ id: f.valueIds[0] }] });
  });
});

describe("a save racing the year lock", () => {
  it("never lets both through: a document is not locked with a figure changed after the check", async () => {
    // Make everything complete, submitted and approved.
    const complete = await entryForm(
      f,
      {
        indicators: { 0: { explanation: "Goed." }, 1: { value: "4" } },
        lines: { 0: { amount: "100" }, 1: { amount: "50" } },
      },
      { intent: "submit" },
    );
    expect(data(await as(f, "advisor", saveProgrammeFigures)(complete))).toMatchObject({ outcome: "saved" });
    const { values, lines } = await figures(f);
    for (const v of values) expect((await as(f, "controller", approveFigure)({ kind: "indicatorValue", id: v.id, version: v.version, comment: "" })).ok).toBe(true);
    for (const l of lines) expect((await as(f, "controller", approveFigure)({ kind: "financialLine", id: l.id, version: l.version, comment: "" })).ok).toBe(true);

    const doc = await db().pcDocument.findUniqueOrThrow({ where: { id: f.documentId } });
    const edit = await entryForm(f, { lines: { 0: { amount: "101" } } }, { reason: "Nagekomen" });
    const [saved, locked] = await Promise.all([
      as(f, "advisor", saveProgrammeFigures)(edit),
      as(f, "beheerder", changeDocumentStatus)({ documentId: f.documentId, version: doc.version, status: "VASTGESTELD" }),
    ]);
    const saveWon = saved.ok && saved.data.outcome === "saved";
    const lockWon = locked.ok && "message" in locked.data;
    expect([saveWon, lockWon].filter(Boolean)).toHaveLength(1);
    const state = await db().pcDocument.findUniqueOrThrow({ where: { id: f.documentId } });
    const line = (await figures(f)).lines[0]!;
    if (lockWon) {
      expect(state.status).toBe("VASTGESTELD");
      expect(line.amount).toBe(100n);
    } else {
      expect(state.status).toBe("CONCEPT");
      expect(line).toMatchObject({ amount: 101n, reviewStatus: "CONCEPT" });
    }
  });
});
