import { z } from "zod";
import { amountColumn, rowKind } from "../vocabulary";
import { amountSchema, decimalSchema, named, provenanceSchema } from "./common";

const printedThousands = z.number().int().nullable();

export const amountsSchema = named(
  "Bedragen",
  "Bedragen per kolom in hele euro's, canoniek. Null: de kolom is niet ingevuld (iets anders dan 0).",
  z.object({
    realisatieVorigJaar: amountSchema.nullable(),
    begrotingPrimitief: amountSchema.nullable(),
    begrotingNaWijziging: amountSchema.nullable(),
    realisatie: amountSchema.nullable(),
    verschil: amountSchema.nullable().describe("Realisatie − begroting na wijziging; null zolang er geen realisatie is."),
  }),
);

export const printedAmountsSchema = named(
  "BedragenAlsGedrukt",
  "Bedragen x € 1.000, afgerond zoals gedrukte tabellen afronden en met het teken volgens de tekenconventie van de gemeente.",
  z.object({
    realisatieVorigJaar: printedThousands,
    begrotingPrimitief: printedThousands,
    begrotingNaWijziging: printedThousands,
    realisatie: printedThousands,
    verschil: printedThousands,
  }),
);

export const sharesSchema = named(
  "AandeelGemeentelijkTotaal",
  "Aandeel in het totaal van de gemeente in procenten, zoals de bron het afdrukte (3.3 voor '3,3%'); null waar niets is afgedrukt.",
  z.object({
    realisatieVorigJaar: decimalSchema.nullable(),
    begrotingPrimitief: decimalSchema.nullable(),
    begrotingNaWijziging: decimalSchema.nullable(),
    realisatie: decimalSchema.nullable(),
  }),
);

const deviation = z
  .enum(["V", "N"])
  .nullable()
  .describe("V (voordeel: minder uitgegeven of meer ontvangen dan begroot) of N (nadeel); null zonder afwijking.");

const aboveThreshold = z
  .boolean()
  .describe("De afwijking ligt boven de toelichtingsgrens van de gemeente en moet worden toegelicht.");

export const financialLineSchema = named(
  "FinancieleRegel",
  "Een regel van de financiële tabel van een programma.",
  z.object({
    id: z.string(),
    soort: rowKind.schema.describe("Categorie: lasten, baten, toevoegingenReserves of onttrekkingenReserves."),
    omschrijving: z.string(),
    doelCode: z.string().nullable(),
    product: z.string().nullable(),
    taakveld: z.string().nullable().describe("Iv3-taakveld, bijvoorbeeld 0.2."),
    bedragen: amountsSchema,
    alsGedrukt: printedAmountsSchema.describe("De bedragen zoals de gemeente ze afdrukt (x € 1.000, eigen tekenconventie)."),
    gedrukt: printedAmountsSchema.describe("Wat de bron voor deze regel afdrukte waar dat apart is bewaard (bijvoorbeeld een verschil met een afrondingsverschil)."),
    afwijking: deviation,
    bovenToelichtingsgrens: aboveThreshold,
    toelichting: z.string().nullable(),
    herkomst: provenanceSchema,
  }),
);

export const financialTotalSchema = named(
  "FinancieelTotaal",
  "Een totaal, saldo of resultaat, berekend uit de exacte regelbedragen; `gedrukt` geeft wat de bron afdrukte.",
  z.object({
    soort: rowKind.schema,
    omschrijving: z.string(),
    doelCode: z.string().nullable().describe("Gezet bij een subtotaal per doelstelling."),
    bedragen: amountsSchema,
    alsGedrukt: printedAmountsSchema,
    gedrukt: printedAmountsSchema,
    aandeelGemeentelijkTotaal: sharesSchema.nullable(),
    afwijking: deviation,
    bovenToelichtingsgrens: aboveThreshold,
    herkomst: provenanceSchema,
  }),
);

export const financeSchema = named(
  "Financien",
  "De financiële tabel van een programma in één document: regels, totalen en afrondingsverschillen met de gedrukte tabel.",
  z.object({
    tekenconventie: z.string().describe("Legenda van de tekens in `alsGedrukt`, zoals onder de tabellen van de gemeente."),
    kolommen: z.array(amountColumn.schema).describe("Kolommen die in deze tabel gevuld zijn."),
    regels: z.array(financialLineSchema),
    totalen: z.array(financialTotalSchema).describe("Totaal per categorie, saldo van baten en lasten en (met reserves) het resultaat."),
    subtotalenPerDoel: z.array(financialTotalSchema),
    afrondingsverschillen: z.array(
      z.object({
        omschrijving: z.string(),
        kolom: amountColumn.schema,
        berekend: z.number().int().describe("Som van de regels, x € 1.000, als gedrukt."),
        gedrukt: z.number().int().describe("Wat de bron afdrukte, x € 1.000."),
      }),
    ),
  }),
);

export type FinanceBody = z.infer<typeof financeSchema>;
export type AmountsBody = z.infer<typeof amountsSchema>;
