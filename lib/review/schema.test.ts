import { describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT_BYTES, approveFigureSchema, figureSubmitSchema, formTextBytes, programmeEntrySchema, returnFigureSchema } from "./schema";

const row = (overrides: Record<string, string> = {}) => ({
  "indicators.0.id": "v1",
  "indicators.0.version": "2",
  "indicators.0.base.value": "7.4",
  "indicators.0.base.explanation": "",
  "indicators.0.value": "7,4",
  "indicators.0.explanation": "",
  ...overrides,
});
const line = (overrides: Record<string, string> = {}) => ({
  "lines.0.id": "l1",
  "lines.0.version": "1",
  "lines.0.base.amount": "",
  "lines.0.base.explanation": "",
  "lines.0.amount": "€ 1.234",
  "lines.0.explanation": "",
  ...overrides,
});
const form = (fields: Record<string, string>) => ({ documentId: "d1", programmeId: "p1", intent: "save", ...fields });

describe("programmeEntrySchema: the programme form, parsed from flat form names", () => {
  it("reads Dutch numbers into canonical values", () => {
    const parsed = programmeEntrySchema.parse(form({ ...row({ "indicators.0.value": "7,0" }), ...line({ "lines.0.amount": "-89" }) }));
    expect(parsed.indicators[0]).toMatchObject({ id: "v1", version: 2, value: "7", explanation: null, base: { value: "7.4", explanation: null } });
    expect(parsed.lines[0]).toMatchObject({ amount: -89n });
    expect(parsed.intent).toBe("save");
  });

  it.each([
    ["€ 1.234", 1234n],
    ["1.234.567", 1234567n],
    ["-89", -89n],
    ["0", 0n],
    ["", null],
  ])("amount %j -> %s", (text, amount) => {
    expect(programmeEntrySchema.parse(form(line({ "lines.0.amount": text }))).lines[0]!.amount).toBe(amount);
  });

  it("reports every unreadable field in Dutch under its own name", () => {
    const result = programmeEntrySchema.safeParse(
      form({
        ...row({ "indicators.0.value": "zeven" }),
        ...line({ "lines.0.amount": "12,50" }),
        "lines.1.id": "l2",
        "lines.1.version": "1",
        "lines.1.base.amount": "",
        "lines.1.base.explanation": "",
        "lines.1.amount": "1 234",
        "lines.1.explanation": "",
      }),
    );
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths.sort()).toEqual(["indicators.0.value", "lines.0.amount", "lines.1.amount"]);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages["indicators.0.value"]).toBe("Vul een getal in, bijvoorbeeld 7,4 of 1.234");
    expect(messages["lines.0.amount"]).toBe("Vul een bedrag in hele euro's in, bijvoorbeeld 1.234");
    expect(messages["lines.1.amount"]).toMatch(/spaties/);
  });

  it("has no field for the begroting na wijziging or a target beside the owned figure: they are computed or read-only", () => {
    const parsed = programmeEntrySchema.parse(
      form({ ...row({ "indicators.0.target": "9" }), ...line({ "lines.0.budgetAmended": "5", "lines.0.base.budgetAmended": "" }) }),
    );
    expect(parsed.indicators[0]).not.toHaveProperty("target");
    expect(parsed.lines[0]).not.toHaveProperty("budgetAmended");
  });

  it("refuses amounts beyond fifteen digits and a tampered base", () => {
    const big = programmeEntrySchema.safeParse(form(line({ "lines.0.amount": "1.000.000.000.000.000" })));
    expect(big.error?.issues[0]?.message).toBe("Dit bedrag is te groot");
    const tampered = programmeEntrySchema.safeParse(form(row({ "indicators.0.base.value": "7,4" })));
    expect(tampered.error?.issues[0]?.message).toMatch(/verouderd/);
  });

  it("normalises line breaks and trims toelichtingen", () => {
    const parsed = programmeEntrySchema.parse(form(row({ "indicators.0.explanation": "  Regel 1\r\nRegel 2 ", "indicators.0.base.explanation": "a\r\nb" })));
    expect(parsed.indicators[0]!.explanation).toBe("Regel 1\nRegel 2");
    expect(parsed.indicators[0]!.base.explanation).toBe("a\nb");
  });

  it("treats an unknown intent as save and an empty reason as none", () => {
    const parsed = programmeEntrySchema.parse({ ...form(row()), intent: "verwijder", reason: "  " });
    expect(parsed.intent).toBe("save");
    expect(parsed.reason).toBeNull();
  });
});

describe("figureSubmitSchema: the programme form posted by a row's Indienen", () => {
  it("reads which figure from the button's value", () => {
    const parsed = figureSubmitSchema("indicatorValue").parse(form({ ...row(), submitFigure: "indicatorValue:v1" }));
    expect(parsed).toMatchObject({ submitFigure: "v1", indicators: [{ id: "v1", value: "7.4" }] });
    expect(figureSubmitSchema("financialLine").parse(form({ ...line(), submitFigure: "financialLine:l1" })).submitFigure).toBe("l1");
  });

  it.each([undefined, "", "financialLine:l1", "indicatorValue:", "v1"])("refuses %j for an indicator as a stale form", (value) => {
    const refused = figureSubmitSchema("indicatorValue").safeParse(form({ ...row(), ...(value === undefined ? {} : { submitFigure: value }) }));
    expect(refused.error?.issues.map((i) => i.path.join("."))).toEqual(["submitFigure"]);
  });
});

describe("review decisions", () => {
  it("requires a question to return a figure, not to approve it", () => {
    const target = { kind: "indicatorValue", id: "v1", version: "3" };
    expect(approveFigureSchema.parse({ ...target, comment: "" })).toMatchObject({ comment: "", version: 3 });
    const refused = returnFigureSchema.safeParse({ ...target, comment: "  " });
    expect(refused.error?.issues[0]).toMatchObject({ path: ["comment"], message: "Schrijf bij het terugsturen uw vraag of opmerking" });
    expect(returnFigureSchema.parse({ ...target, comment: "Waarom daalt dit?" }).comment).toBe("Waarom daalt dit?");
  });
});

describe("the form's size limit", () => {
  it("is the limit Next.js applies to Server Actions (next.config.js)", async () => {
    // @ts-expect-error next.config.js is plain JavaScript without declarations
    const { default: config } = (await import("@/next.config.js")) as { default: import("next").NextConfig };
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe("4mb");
    expect(FORM_BODY_LIMIT_BYTES).toBe(4 * 1024 * 1024);
  });

  it("counts UTF-8 bytes of names and text values", () => {
    expect(formTextBytes([["a", "é"]])).toBe(3);
  });
});
