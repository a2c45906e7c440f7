import { z } from "zod";
import { goalLevel } from "../vocabulary";
import { documentRefSchema, link, municipalityRefSchema, named, provenanceSchema } from "./common";
import { amountsSchema, financeSchema, sharesSchema } from "./financien";
import { indicatorSchema } from "./indicator";

export const programmeTotalSchema = named(
  "ProgrammaTotaal",
  "Een totaal van een programma, berekend uit de exacte regelbedragen, met het aandeel in het gemeentelijk totaal waar de bron dat afdrukte.",
  z.object({
    bedragen: amountsSchema,
    aandeelGemeentelijkTotaal: sharesSchema.nullable(),
  }),
);

export const programmeSummarySchema = named(
  "ProgrammaSamenvatting",
  "Een programma in een document, met zijn totalen.",
  z.object({
    nummer: z.string().describe("Zoals afgedrukt: 6, 2.4, 4.2.1."),
    naam: z.string(),
    gedrukteTitel: z.string().nullable(),
    lasten: programmeTotalSchema,
    baten: programmeTotalSchema,
    saldo: programmeTotalSchema.describe("Saldo van baten en lasten = baten − lasten."),
    resultaat: programmeTotalSchema
      .nullable()
      .describe(
        "Resultaat na reserves (saldo na bestemming) = saldo van baten en lasten + onttrekkingen − toevoegingen aan reserves; null als het programma geen reservemutaties heeft en de bron er geen drukte.",
      ),
    herkomst: provenanceSchema,
    _links: z.object({ self: link, financien: link }),
  }),
);

export const programmeListSchema = named(
  "ProgrammasLijst",
  "De programma's van een gemeente in één document van een jaar.",
  z.object({
    gemeente: municipalityRefSchema,
    document: documentRefSchema,
    programmas: z.array(programmeSummarySchema),
    _links: z.object({ self: link, jaren: link }),
  }),
);

export interface GoalBody {
  code: string | null;
  niveau: z.infer<typeof goalLevel.schema>;
  titel: string;
  watWillenWeBereiken: string | null;
  watHebbenWeBereikt: string | null;
  watHebbenWeGedaan: string | null;
  toelichtingFinancien: string | null;
  herkomst: z.infer<typeof provenanceSchema>;
  subdoelen: GoalBody[];
}

export const goalSchema: z.ZodType<GoalBody> = named(
  "Doel",
  "Een knoop van de doelenboom: algemene doelstelling, doelstelling of subdoel, met de W-vragen zoals dit document ze beantwoordt.",
  z.object({
    code: z.string().nullable(),
    niveau: goalLevel.schema,
    titel: z.string(),
    watWillenWeBereiken: z.string().nullable(),
    watHebbenWeBereikt: z.string().nullable(),
    watHebbenWeGedaan: z.string().nullable(),
    toelichtingFinancien: z.string().nullable(),
    herkomst: provenanceSchema,
    get subdoelen(): z.ZodArray<z.ZodType<GoalBody>> {
      return z.array(goalSchema);
    },
  }),
);

export const activitySchema = named(
  "Activiteit",
  "Een speerpunt, inspanning of activiteit zoals dit document die rapporteert.",
  z.object({
    code: z.string().nullable(),
    titel: z.string(),
    omschrijving: z.string().nullable(),
    watHebbenWeBereikt: z.string().nullable(),
    watHebbenWeGedaan: z.string().nullable(),
    doelCode: z.string().nullable(),
    herkomst: provenanceSchema,
  }),
);

export const programmeSchema = named(
  "Programma",
  "Eén programma in één document: doelenboom, activiteiten, indicatoren en financiën, elk cijfer met herkomst.",
  z.object({
    gemeente: municipalityRefSchema,
    document: documentRefSchema,
    nummer: z.string(),
    naam: z.string(),
    gedrukteTitel: z.string().nullable(),
    inleiding: z.string().nullable(),
    herkomst: provenanceSchema,
    doelen: z.array(goalSchema),
    activiteiten: z.array(activitySchema),
    indicatoren: z.array(indicatorSchema),
    financien: financeSchema.nullable().describe("Null als het document voor dit programma geen financiële regels publiceert."),
    _links: z.object({ self: link, programmas: link, financien: link }),
  }),
);

export const programmeFinanceSchema = named(
  "ProgrammaFinancien",
  "De financiële tabel van één programma in één document.",
  z.object({
    gemeente: municipalityRefSchema,
    document: documentRefSchema,
    programma: z.object({ nummer: z.string(), naam: z.string() }),
    financien: financeSchema.nullable(),
    _links: z.object({ self: link, programma: link }),
  }),
);

export type ProgrammeListBody = z.infer<typeof programmeListSchema>;
export type ProgrammeBody = z.infer<typeof programmeSchema>;
