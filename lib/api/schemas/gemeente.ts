import { z } from "zod";
import { pageLinksSchema } from "../pagination";
import { deviationRule, documentKind, documentStatus, signConvention } from "../vocabulary";
import { amountSchema, decimalSchema, link, municipalityRefSchema, named } from "./common";

export const inhabitantsSchema = named(
  "Inwoners",
  "Aantal inwoners volgens het CBS, met het jaar waarop het aantal betrekking heeft.",
  z.object({
    aantal: z.number().int(),
    jaar: z.number().int().nullable(),
    bronvermelding: z.literal("Bron: CBS"),
  }),
);

export const municipalitySummarySchema = named(
  "GemeenteSamenvatting",
  "Een gemeente met gepubliceerde documenten.",
  z.object({
    slug: z.string(),
    naam: z.string(),
    cbsCode: z.string(),
    provincie: z.string().nullable(),
    inwoners: inhabitantsSchema.nullable(),
    jaren: z.array(z.number().int()).describe("Jaren met een gepubliceerd document, nieuwste eerst."),
    _links: z.object({ self: link, jaren: link }),
  }),
);

export const municipalityListSchema = named(
  "GemeentenLijst",
  "Gemeenten met gepubliceerde documenten, op naam, per pagina.",
  z.object({
    gemeenten: z.array(municipalitySummarySchema),
    _links: pageLinksSchema,
  }),
);

export const municipalitySchema = named(
  "Gemeente",
  "Een gemeente met de instellingen die nodig zijn om haar cijfers te lezen.",
  municipalitySummarySchema.extend({
    instellingen: z.object({
      tekenconventie: signConvention.schema.describe(
        "Hoe de gemeente bedragen afdrukt: lastenNegatief (lasten negatief, baten positief, elk saldo de som van zijn bedragen, positief verschil = voordeel), voordeelNegatief ('- = voordeel, zonder teken = nadeel'), beidePositief (saldo van baten en lasten = baten − lasten, verschil = begroting − realisatie).",
      ),
      tekenconventieUitleg: z.string().describe("De legenda zoals onder een tabel van deze gemeente."),
      toelichtingsgrens: z
        .object({
          bedrag: amountSchema.nullable().describe("Een afwijking boven dit bedrag (euro's) moet worden toegelicht."),
          percentage: decimalSchema.nullable().describe("Een afwijking boven dit percentage van de begroting na wijziging moet worden toegelicht."),
          regel: deviationRule.schema.describe("bedragOfPercentage: boven een van beide; bedragEnPercentage: boven allebei."),
        })
        .describe("Grens waarboven een afwijking tussen realisatie en begroting na wijziging een toelichting nodig heeft."),
    }),
  }),
);

export const yearListSchema = named(
  "JarenLijst",
  "De jaren waarover een gemeente documenten heeft gepubliceerd.",
  z.object({
    gemeente: municipalityRefSchema,
    jaren: z.array(
      z.object({
        jaar: z.number().int(),
        documenten: z.array(
          z.object({
            soort: documentKind.schema,
            titel: z.string(),
            status: documentStatus.schema,
            _links: z.object({ programmas: link }),
          }),
        ),
        _links: z.object({ programmas: link }),
      }),
    ),
    _links: z.object({ self: link }),
  }),
);
