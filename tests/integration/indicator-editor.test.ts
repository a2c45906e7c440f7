// The indicator editor through the real Server Actions (issue 10 point 2 and
// 5, decision 011), on a fresh concept begroting 2088 (with meerjarenraming to
// 2091) of a test programme: what a controller adds gets an empty figure row
// for every year the document owns; refused edits change nothing; what an
// adopted document reported on is retired, never deleted; the BBV set is added
// once.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { EMPTY_INDICATOR_FIGURE } from "@/lib/indicator/mutations";
import { addBbvIndicatorsAction, addIndicatorAction, editIndicatorAction, moveIndicatorAction, removeIndicatorAction } from "@/lib/structure/indicator-actions";
import { asUser, buildStructureFixture, destroyStructureFixture, ok, type StructureFixture } from "./structure-fixture";

let f: StructureFixture;

beforeAll(async () => {
  f = await buildStructureFixture(2088, "93");
});

afterAll(async () => {
  await destroyStructureFixture(f);
  await db().$disconnect();
});

const form = (overrides: Record<string, string> = {}) => ({
  documentId: f.documentId,
  programmeId: f.programmeId,
  name: "Hoeveelheid restafval",
  definition: "Huishoudelijk restafval in kilo per inwoner per jaar.",
  unit: "OVERIG",
  unitLabel: "kg per inwoner",
  decimals: "0",
  direction: "LOWER_IS_BETTER",
  sourceName: "Afvalmonitor",
  frequency: "YEARLY",
  goalId: f.goalId,
  dimensionName: "",
  minValue: "0",
  maxValue: "1000",
  ...overrides,
});

const add = async (overrides: Record<string, string> = {}) => {
  const result = ok(await asUser(f.users.controller, addIndicatorAction)(form(overrides)));
  if (!("id" in result) || !result.id) throw new Error(`niet toegevoegd: ${JSON.stringify(result)}`);
  return result.id;
};

const editForm = async (indicatorId: string, overrides: Record<string, string> = {}) => {
  const i = await db().indicator.findUniqueOrThrow({ where: { id: indicatorId } });
  return {
    documentId: f.documentId,
    indicatorId,
    name: i.name ?? "",
    definition: i.definition ?? "",
    unit: i.unit,
    unitLabel: i.unitLabel ?? "",
    decimals: String(i.decimals),
    direction: i.direction,
    sourceName: i.sourceName ?? "",
    frequency: i.frequency,
    ...(i.bbvMandatory ? { bbvMandatory: "on" } : {}),
    goalId: i.goalId ?? "",
    dimensionName: i.dimensionName ?? "",
    minValue: i.minValue?.toString().replace(".", ",") ?? "",
    maxValue: i.maxValue?.toString().replace(".", ",") ?? "",
    ...overrides,
  };
};

describe("adding an indicator to a concept begroting", () => {
  it("stores the subject with its free unit and gives the document an empty row for each year it owns", async () => {
    const id = await add();
    const indicator = await db().indicator.findUniqueOrThrow({ where: { id }, include: { figures: { orderBy: { year: "asc" } } } });
    expect(indicator).toMatchObject({ name: "Hoeveelheid restafval", unit: "OVERIG", unitLabel: "kg per inwoner", decimals: 0, direction: "LOWER_IS_BETTER", sourceName: "Afvalmonitor", goalId: f.goalId, programmeId: f.programmeId, municipalityId: f.municipalityId });
    expect(indicator.minValue?.toString()).toBe("0");
    expect(indicator.figures.map((r) => [r.documentId, r.year, r.value, r.reviewStatus, r.dimensionValue])).toEqual(
      [2088, 2089, 2090, 2091].map((year) => [f.documentId, year, null, "CONCEPT", EMPTY_INDICATOR_FIGURE.dimensionValue]),
    );
    const audit = await db().auditEntry.findMany({ where: { entityType: "Indicator", entityId: id } });
    expect(audit.map((a) => [a.action, a.userId])).toEqual([["create", f.users.controller]]);
  });

  it("refuses in Dutch what would break something, and adds nothing", async () => {
    const before = await db().indicator.count({ where: { programmeId: f.programmeId } });
    const minAboveMax = await asUser(f.users.controller, addIndicatorAction)(form({ minValue: "10", maxValue: "9,5" }));
    expect(minAboveMax).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { maxValue: ["De hoogste waarde moet groter zijn dan of gelijk zijn aan de laagste waarde"] } });
    const decimals = await asUser(f.users.controller, addIndicatorAction)(form({ decimals: "5" }));
    expect(decimals).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { decimals: ["Vul een aantal decimalen in van 0 tot en met 4"] } });
    const noUnit = await asUser(f.users.controller, addIndicatorAction)(form({ unitLabel: "" }));
    expect(noUnit).toMatchObject({ ok: false, fieldErrors: { unitLabel: ["Vul de eenheid in, bijvoorbeeld per 1.000 inwoners"] } });
    const foreignGoal = ok(await asUser(f.users.controller, addIndicatorAction)(form({ goalId: f.foreignGoalId })));
    expect(foreignGoal).toMatchObject({ fieldErrors: { goalId: ["Kies een doelstelling van dit programma"] } });
    expect(await db().indicator.count({ where: { programmeId: f.programmeId } })).toBe(before);
  });

  it("is not for an advisor, and not in a document that is no longer a concept", async () => {
    expect(await asUser(f.users.advisor, addIndicatorAction)(form())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await asUser(f.users.controller, addIndicatorAction)(form({ documentId: f.earlierDocumentId }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("editing and ordering", () => {
  it("saves the changed fields with one audit entry each, and says when nothing changed", async () => {
    const id = await add({ name: "Bewonerstevredenheid", unit: "RAPPORTCIJFER", unitLabel: "", decimals: "1", minValue: "", maxValue: "" });
    const saved = ok(await asUser(f.users.beheerder, editIndicatorAction)(await editForm(id, { name: "Tevredenheid bewoners", decimals: "2" })));
    expect(saved).toEqual({ message: 'Indicator "Tevredenheid bewoners" is opgeslagen.' });
    const audit = await db().auditEntry.findMany({ where: { entityType: "Indicator", entityId: id, action: "update" }, orderBy: { field: "asc" } });
    expect(audit.map((a) => [a.field, a.oldValue, a.newValue])).toEqual([
      ["decimals", "1", "2"],
      ["name", "Bewonerstevredenheid", "Tevredenheid bewoners"],
    ]);
    expect(ok(await asUser(f.users.beheerder, editIndicatorAction)(await editForm(id)))).toEqual({ message: "Er was niets gewijzigd." });
    const refused = await asUser(f.users.beheerder, editIndicatorAction)(await editForm(id, { minValue: "8", maxValue: "7" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { maxValue: [expect.stringMatching(/hoogste waarde/)] } });
    expect((await db().indicator.findUniqueOrThrow({ where: { id } })).minValue).toBeNull();
  });

  it("moves an indicator one place up, and says so at the top", async () => {
    const list = async () => (await db().indicator.findMany({ where: { programmeId: f.programmeId, figures: { some: { documentId: f.documentId } } }, orderBy: { sortOrder: "asc" } })).map((i) => i.id);
    const before = await list();
    const last = before.at(-1)!;
    const moved = ok(await asUser(f.users.controller, moveIndicatorAction)({ documentId: f.documentId, indicatorId: last, direction: "up" }));
    expect(moved).toEqual({ message: expect.stringMatching(/is een plaats omhoog gezet\.$/) });
    const after = await list();
    expect(after.at(-2)).toBe(last);
    const top = ok(await asUser(f.users.controller, moveIndicatorAction)({ documentId: f.documentId, indicatorId: after[0]!, direction: "up" }));
    expect(top).toEqual({ message: expect.stringMatching(/staat al bovenaan\.$/) });
  });
});

describe("the unit of an indicator an adopted document has values of", () => {
  it("is refused with a message, and the rest stays editable", async () => {
    const id = await add({ name: "Indicator met vastgestelde waarde", unit: "PERCENTAGE", unitLabel: "", minValue: "", maxValue: "" });
    await db().indicatorFigure.create({ data: { ...EMPTY_INDICATOR_FIGURE, indicatorId: id, documentId: f.earlierDocumentId, year: 2087, value: "42" } });
    const result = ok(await asUser(f.users.controller, editIndicatorAction)(await editForm(id, { unit: "AANTAL" })));
    expect(result).toEqual({
      refused: "Er is 1 fout in het formulier. Er is niets opgeslagen.",
      fieldErrors: { unit: ["Deze indicator heeft cijfers in een vastgesteld document: de eenheid kan niet meer veranderen. Verwijder hem uit dit document en voeg een nieuwe indicator toe."] },
    });
    expect((await db().indicator.findUniqueOrThrow({ where: { id } })).unit).toBe("PERCENTAGE");
    expect(ok(await asUser(f.users.controller, editIndicatorAction)(await editForm(id, { sourceName: "Enquête" })))).toEqual({ message: 'Indicator "Indicator met vastgestelde waarde" is opgeslagen.' });
  });
});

describe("removing", () => {
  it("deletes an indicator only this concept document refers to", async () => {
    const id = await add({ name: "Tijdelijke indicator" });
    const result = ok(await asUser(f.users.controller, removeIndicatorAction)({ documentId: f.documentId, indicatorId: id }));
    expect(result).toEqual({ message: "Tijdelijke indicator is verwijderd." });
    expect(await db().indicator.findUnique({ where: { id } })).toBeNull();
    expect(await db().auditEntry.count({ where: { entityType: "Indicator", entityId: id, action: "delete" } })).toBe(1);
  });

  it("retires from the document's year an indicator an adopted document reported on, keeping its history", async () => {
    const id = await add({ name: "Indicator met geschiedenis" });
    await db().indicatorFigure.create({ data: { ...EMPTY_INDICATOR_FIGURE, indicatorId: id, documentId: f.earlierDocumentId, year: 2087, value: "120" } });
    const result = ok(await asUser(f.users.controller, removeIndicatorAction)({ documentId: f.documentId, indicatorId: id }));
    expect(result).toEqual({ message: "Indicator met geschiedenis is vanaf 2088 beëindigd. Eerdere jaren blijven zichtbaar." });
    const indicator = await db().indicator.findUniqueOrThrow({ where: { id }, include: { figures: true } });
    expect(indicator.retiredFromYear).toBe(2088);
    expect(indicator.figures.map((r) => [r.documentId, r.value?.toString()])).toEqual([[f.earlierDocumentId, "120"]]);
  });
});

describe("a BBV beleidsindicator", () => {
  it("keeps its official name and unit: renaming is refused with a message", async () => {
    ok(await asUser(f.users.beheerder, addBbvIndicatorsAction)({ documentId: f.documentId, programmeId: f.programmeId, goalId: "", keys: ["bbv:winkeldiefstallen"] }));
    const bbv = await db().indicator.findFirstOrThrow({ where: { municipalityId: f.municipalityId, importKey: "bbv:winkeldiefstallen" } });
    expect(bbv).toMatchObject({ name: "Winkeldiefstallen", unit: "OVERIG", unitLabel: "per 1.000 inwoners", sourceName: "CBS - Geregistreerde diefstallen", bbvMandatory: true });
    const renamed = ok(await asUser(f.users.beheerder, editIndicatorAction)(await editForm(bbv.id, { name: "Diefstal uit winkels", unitLabel: "per 100 inwoners" })));
    expect(renamed).toEqual({
      refused: "Er zijn 2 fouten in het formulier. Er is niets opgeslagen.",
      fieldErrors: {
        name: ['Dit is een BBV-beleidsindicator: de officiële naam "Winkeldiefstallen" blijft staan.'],
        unitLabel: ['Dit is een BBV-beleidsindicator: de officiële eenheid "per 1.000 inwoners" blijft staan.'],
      },
    });
    // Its own fields (here the bron) stay the municipality's to change.
    expect(ok(await asUser(f.users.beheerder, editIndicatorAction)(await editForm(bbv.id, { sourceName: "Politie" })))).toEqual({ message: 'Indicator "Winkeldiefstallen" is opgeslagen.' });
  });

  it("adds the whole set in one step, and an indicator the municipality already has is not added twice", async () => {
    const { bbvIndicators } = await import("@/lib/indicator/reference/bbv");
    const keys = bbvIndicators().map((i) => i.importKey);
    const result = ok(await asUser(f.users.beheerder, addBbvIndicatorsAction)({ documentId: f.documentId, programmeId: f.programmeId, goalId: f.goalId, keys }));
    expect(result).toEqual({ message: "33 BBV-beleidsindicatoren zijn toegevoegd. Al aanwezig in de gemeente, niet opnieuw toegevoegd: Winkeldiefstallen." });
    const rows = await db().indicator.findMany({ where: { municipalityId: f.municipalityId, importKey: { in: keys } }, include: { _count: { select: { figures: { where: { documentId: f.documentId } } } } } });
    expect(rows).toHaveLength(34);
    expect(rows.every((r) => r.bbvMandatory && r._count.figures === 4)).toBe(true);
    expect(rows.find((r) => r.importKey === "bbv:gemiddelde-woz-waarde")).toMatchObject({ unit: "OVERIG", unitLabel: "x € 1.000", goalId: f.goalId });
    const again = ok(await asUser(f.users.beheerder, addBbvIndicatorsAction)({ documentId: f.documentId, programmeId: f.programmeId, goalId: "", keys: ["bbv:niet-sporters"] }));
    expect(again).toEqual({ message: "0 BBV-beleidsindicatoren zijn toegevoegd. Al aanwezig in de gemeente, niet opnieuw toegevoegd: Niet-sporters." });
    expect(await db().indicator.count({ where: { municipalityId: f.municipalityId, importKey: { in: keys } } })).toBe(34);
  });

  it("takes only keys of the BBV list", async () => {
    const result = ok(await asUser(f.users.beheerder, addBbvIndicatorsAction)({ documentId: f.documentId, programmeId: f.programmeId, goalId: "", keys: ["bbv:bestaat-niet"] }));
    expect(result).toMatchObject({ fieldErrors: { keys: ["Een gekozen beleidsindicator staat niet in de BBV-lijst. Laad de pagina opnieuw."] } });
  });
});

describe("a period that is not the calendar year (decision 011)", () => {
  it("is stored from the entry row, audited, and kept by a post that leaves the field out", async () => {
    const { saveProgrammeFigures } = await import("@/lib/review/actions");
    const id = await add({ name: "Jongeren met jeugdhulp (test)", unit: "PERCENTAGE", unitLabel: "", decimals: "1", minValue: "", maxValue: "" });
    const row = await db().indicatorFigure.findFirstOrThrow({ where: { indicatorId: id, documentId: f.documentId, year: 2088 } });
    const post = (fields: Record<string, string>) =>
      asUser(f.users.advisor, saveProgrammeFigures)({
        documentId: f.documentId,
        programmeId: f.programmeId,
        intent: "save",
        [`indicators.0.id`]: row.id,
        [`indicators.0.version`]: String(row.version),
        [`indicators.0.base.value`]: "",
        [`indicators.0.base.explanation`]: "",
        [`indicators.0.base.periodLabel`]: "",
        [`indicators.0.explanation`]: "",
        ...fields,
      });
    const saved = await post({ "indicators.0.value": "12,3", "indicators.0.periodLabel": "eerste halfjaar 2088" });
    expect(saved).toMatchObject({ ok: true, data: { outcome: "saved", changed: 1 } });
    const stored = await db().indicatorFigure.findUniqueOrThrow({ where: { id: row.id } });
    expect([stored.value?.toString(), stored.periodLabel]).toEqual(["12.3", "eerste halfjaar 2088"]);
    expect(await db().auditEntry.count({ where: { entityId: row.id, field: "periodLabel", newValue: { equals: "eerste halfjaar 2088" } } })).toBe(1);

    // A form that does not know the field (posted without it) changes the value and keeps the label.
    const { [`indicators.0.base.periodLabel`]: _, ...withoutLabel } = {
      documentId: f.documentId,
      programmeId: f.programmeId,
      intent: "save",
      "indicators.0.id": row.id,
      "indicators.0.version": String(stored.version),
      "indicators.0.base.value": "12.3",
      "indicators.0.base.explanation": "",
      "indicators.0.base.periodLabel": "",
      "indicators.0.explanation": "",
      "indicators.0.value": "12,4",
    };
    expect(await asUser(f.users.advisor, saveProgrammeFigures)(withoutLabel)).toMatchObject({ ok: true });
    const after = await db().indicatorFigure.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.value?.toString(), after.periodLabel]).toEqual(["12.4", "eerste halfjaar 2088"]);
  });
});
