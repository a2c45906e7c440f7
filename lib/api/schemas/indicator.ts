import { z } from "zod";
import { pageLinksSchema } from "../pagination";
import { achievement, documentKind, indicatorDirection, indicatorFrequency, indicatorUnit, targetStage } from "../vocabulary";
import { decimalSchema, municipalityRefSchema, named, provenanceSchema } from "./common";
import { inhabitantsSchema } from "./gemeente";

export const indicatorValueSchema = named(
  "IndicatorWaarde",
  "Streefwaarde en realisatie van een indicator in één jaar (en één waarde van de dimensie).",
  z.object({
    jaar: z.number().int(),
    dimensiewaarde: z.string().nullable().describe("Bijvoorbeeld 'balie' of 'digitaal' bij een indicator die naar kanaal is gesplitst."),
    streefwaarde: decimalSchema.nullable().describe("Begroting / streefwaarde."),
    realisatie: decimalSchema.nullable(),
    benchmark: decimalSchema.nullable(),
    benchmarkOmschrijving: z.string().nullable(),
    doelGehaald: z.boolean().nullable().describe("Afgeleid uit realisatie, streefwaarde en richting; null zonder meting of streefwaarde."),
    beoordeling: achievement.schema.describe("Waarom doelGehaald is wat het is."),
    gedruktDoelGehaald: z.boolean().nullable().describe("'Doel gehaald: Ja/Nee' zoals de bron het afdrukte."),
    toelichting: z.string().nullable(),
    herkomst: provenanceSchema,
  }),
);

const stageDocumentSchema = z.object({
  soort: documentKind.schema,
  jaar: z.number().int(),
  titel: z.string().describe("Bij een cijfer dat een ander document afdrukte: '… (zoals gedrukt in …)'."),
});

export const targetSchema = named(
  "Streefwaarde",
  "Een streefwaarde zoals de begroting die vaststelde: voor haar eigen jaar (primitieve begroting) of een later jaar van haar meerjarenraming.",
  z.object({
    jaar: z.number().int(),
    dimensiewaarde: z.string().nullable(),
    waarde: decimalSchema.nullable(),
    periode: z.string().nullable().describe("De gemeten periode zoals gedrukt wanneer dat niet het kalenderjaar is, bijvoorbeeld 'eerste halfjaar 2019'; null: het jaar zelf."),
    fase: targetStage.schema,
    begroting: stageDocumentSchema.describe("De begroting die de streefwaarde vaststelde."),
  }),
);

export const actualSchema = named(
  "Realisatie",
  "Een realisatie zoals de jaarstukken van dat jaar die rapporteerden.",
  z.object({
    jaar: z.number().int(),
    dimensiewaarde: z.string().nullable(),
    waarde: decimalSchema.nullable(),
    periode: z.string().nullable().describe("De gemeten periode zoals gedrukt wanneer dat niet het kalenderjaar is, bijvoorbeeld 'eerste halfjaar 2019'; null: het jaar zelf."),
    jaarstukken: stageDocumentSchema.describe("De jaarstukken die de realisatie rapporteerden."),
  }),
);

const stageFields = {
  streefwaarden: z
    .array(targetSchema)
    .describe("Alle gepubliceerde streefwaarden per begroting die ze vaststelde, ook een raming die een latere begroting verving; `waarden` toont per jaar de geldende."),
  realisaties: z.array(actualSchema).describe("Alle gepubliceerde realisaties met de jaarstukken die ze rapporteerden."),
};

const indicatorFields = {
  id: z.string(),
  code: z.string().nullable(),
  naam: z.string().nullable().describe("Null alleen waar de bron de naam weglaat."),
  definitie: z.string().nullable(),
  eenheid: indicatorUnit.schema,
  eenheidLabel: z.string().nullable(),
  decimalen: z.number().int(),
  richting: indicatorDirection.schema,
  bron: z.string().nullable().describe("Bron van de meting: Stadspeiling, Klant in focus, CBS …"),
  frequentie: indicatorFrequency.schema,
  bbvVerplicht: z.boolean().describe("Verplichte beleidsindicator volgens het BBV."),
  groep: z.string().nullable(),
  dimensie: z.string().nullable().describe("Naam van de dimensie waarnaar de waarden zijn gesplitst, bijvoorbeeld 'Kanaal'."),
};

export const indicatorSchema = named(
  "Indicator",
  "Een indicator van een programma met al zijn gepubliceerde waarden, oudste eerst.",
  z.object({
    ...indicatorFields,
    doelCode: z.string().nullable(),
    waarden: z.array(indicatorValueSchema),
    ...stageFields,
  }),
);

export const comparisonSchema = named(
  "IndicatorVergelijking",
  "Indicatoren van verschillende gemeenten naast elkaar, met hun waarden.",
  z.object({
    indicatoren: z.array(
      z.object({
        ...indicatorFields,
        gemeente: municipalityRefSchema.extend({ inwoners: inhabitantsSchema.nullable() }),
        programma: z.object({ nummer: z.string(), naam: z.string() }).nullable(),
        waarden: z.array(
          indicatorValueSchema.extend({
            document: z.object({ soort: documentKind.schema, jaar: z.number().int(), titel: z.string() }),
          }),
        ),
        ...stageFields,
      }),
    ),
    _links: pageLinksSchema,
  }),
);

export type IndicatorValueBody = z.infer<typeof indicatorValueSchema>;
export type ComparisonBody = z.infer<typeof comparisonSchema>;
