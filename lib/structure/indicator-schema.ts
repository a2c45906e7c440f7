/**
 * Inputs of the indicator editor (issue 10 point 2, decision 011), shared by
 * the forms and the Server Actions. Isomorphic: no Prisma, no server imports.
 */
import { z } from "zod";
import { dutchDecimalField, nameText, refuseNul } from "@/lib/validation/fields";
import { recordIdSchema } from "@/lib/indicator/schema";
import { normalizeLineBreaks } from "@/lib/review/entry-fields";
import { boundsRefusal, decimalsRefusal, MAX_DECIMALS, MIN_DECIMALS } from "./indicator-rules";

export const INDICATOR_UNITS = ["RAPPORTCIJFER", "PERCENTAGE", "AANTAL", "EURO", "OVERIG"] as const;
export const INDICATOR_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "ON_TARGET"] as const;
export const INDICATOR_FREQUENCIES = ["YEARLY", "BIENNIAL", "IRREGULAR"] as const;
export type IndicatorUnitValue = (typeof INDICATOR_UNITS)[number];

export const UNIT_LABELS: Record<IndicatorUnitValue, string> = {
  RAPPORTCIJFER: "Rapportcijfer (1 tot 10)",
  PERCENTAGE: "Percentage (%)",
  AANTAL: "Aantal",
  EURO: "Euro (€)",
  OVERIG: "Andere eenheid (vul hieronder in)",
};
export const DIRECTION_LABELS: Record<(typeof INDICATOR_DIRECTIONS)[number], string> = {
  HIGHER_IS_BETTER: "Hoger is beter",
  LOWER_IS_BETTER: "Lager is beter",
  ON_TARGET: "Zo dicht mogelijk bij de streefwaarde",
};
export const FREQUENCY_LABELS: Record<(typeof INDICATOR_FREQUENCIES)[number], string> = {
  YEARLY: "Elk jaar",
  BIENNIAL: "Eens per twee jaar",
  IRREGULAR: "Onregelmatig",
};

export const MAX_INDICATOR_NAME_LENGTH = 300;
export const MAX_INDICATOR_DEFINITION_LENGTH = 2000;
export const MAX_UNIT_LABEL_LENGTH = 60;
export const MAX_SOURCE_NAME_LENGTH = 200;

const text = (max: number, what: string) => nameText({ max, tooLong: `${what} mag maximaal ${max} tekens lang zijn` }).default("");

const decimalsMessage = `Vul een aantal decimalen in van ${MIN_DECIMALS} tot en met ${MAX_DECIMALS}`;
/** A checkbox posts "on" only when ticked. */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const bound = dutchDecimalField(MAX_DECIMALS).prefault("");

/** The fields of an indicator, the same when adding and when editing. */
const indicatorFields = {
  name: text(MAX_INDICATOR_NAME_LENGTH, "Een naam").pipe(z.string().min(1, { error: "Vul de naam van de indicator in" })),
  definition: z
    .preprocess(
      (v) => (typeof v === "string" ? normalizeLineBreaks(v) : v),
      refuseNul(z.string().trim().max(MAX_INDICATOR_DEFINITION_LENGTH, { error: "Een definitie mag maximaal 2.000 tekens lang zijn" })),
    )
    .default(""),
  unit: z.enum(INDICATOR_UNITS, { error: "Kies de eenheid van de indicator" }),
  unitLabel: text(MAX_UNIT_LABEL_LENGTH, "Een eenheid"),
  decimals: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: decimalsMessage })).transform((v, ctx) => {
    const refusal = decimalsRefusal(v);
    if (refusal) {
      ctx.addIssue({ code: "custom", message: refusal });
      return z.NEVER;
    }
    return Number(v);
  }),
  direction: z.enum(INDICATOR_DIRECTIONS, { error: "Kies of een hogere of een lagere waarde beter is" }),
  sourceName: text(MAX_SOURCE_NAME_LENGTH, "Een bron"),
  frequency: z.enum(INDICATOR_FREQUENCIES, { error: "Kies hoe vaak de indicator wordt gemeten" }),
  bbvMandatory: checkbox.default(false),
  goalId: z.string().trim().max(64, { error: "Onbekende doelstelling" }).default(""),
  dimensionName: text(100, "Een uitsplitsing"),
  minValue: bound,
  maxValue: bound,
};

function refineIndicator(value: { unit: IndicatorUnitValue; unitLabel: string; minValue: string | null; maxValue: string | null }, ctx: z.RefinementCtx) {
  if (value.unit === "OVERIG" && value.unitLabel === "") {
    ctx.addIssue({ code: "custom", path: ["unitLabel"], message: "Vul de eenheid in, bijvoorbeeld per 1.000 inwoners" });
  }
  const bounds = boundsRefusal(value.minValue, value.maxValue);
  if (bounds) ctx.addIssue({ code: "custom", path: ["maxValue"], message: bounds });
}

export const addIndicatorSchema = z
  .object({ documentId: recordIdSchema("document", "het"), programmeId: recordIdSchema("programma", "het"), ...indicatorFields })
  .superRefine(refineIndicator);

export const editIndicatorSchema = z
  .object({ documentId: recordIdSchema("document", "het"), indicatorId: recordIdSchema("indicator"), ...indicatorFields })
  .superRefine(refineIndicator);

export const moveIndicatorSchema = z.object({
  documentId: recordIdSchema("document", "het"),
  indicatorId: recordIdSchema("indicator"),
  direction: z.enum(["up", "down"], { error: "Kies omhoog of omlaag" }),
});

export const removeIndicatorSchema = z.object({
  documentId: recordIdSchema("document", "het"),
  indicatorId: recordIdSchema("indicator"),
});

/** As many BBV indicators as the set has, with room for a next edition. */
export const MAX_BBV_SELECTION = 100;

export const addBbvIndicatorsSchema = z.object({
  documentId: recordIdSchema("document", "het"),
  programmeId: recordIdSchema("programma", "het"),
  goalId: z.string().trim().max(64, { error: "Onbekende doelstelling" }).default(""),
  keys: z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z
      .array(z.string().max(200, { error: "Onbekende beleidsindicator" }), { error: "Kies ten minste één beleidsindicator" })
      .min(1, { error: "Kies ten minste één beleidsindicator" })
      .max(MAX_BBV_SELECTION, { error: "Te veel beleidsindicatoren in één keer" }),
  ),
});

export type IndicatorFieldsInput = z.output<z.ZodObject<typeof indicatorFields>>;
export type AddIndicatorInput = z.output<typeof addIndicatorSchema>;
export type EditIndicatorInput = z.output<typeof editIndicatorSchema>;
export type MoveIndicatorInput = z.output<typeof moveIndicatorSchema>;
export type RemoveIndicatorInput = z.output<typeof removeIndicatorSchema>;
export type AddBbvIndicatorsInput = z.output<typeof addBbvIndicatorsSchema>;
