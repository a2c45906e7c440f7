import { z } from "zod";
import { amendedBasis, amendmentAuthority, amountColumn, rowKind } from "../vocabulary";
import { AMENDED_BASIS_LABELS, UNSPECIFIED_AMENDMENT_REASON } from "@/lib/cycle";
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
    verschil: amountSchema
      .nullable()
      .describe(
        "Realisatie − begroting na wijziging, canoniek: positief is bij baten en onttrekkingen een voordeel, bij lasten en toevoegingen een nadeel (zie `afwijking`); null zolang er geen realisatie is of als de tabel geen begroting heeft.",
      ),
  }),
);

export const printedAmountsSchema = named(
  "BedragenInDuizenden",
  "Bedragen x € 1.000 met het teken volgens de tekenconventie van de gemeente (zie `tekenconventie`); null waar er geen bedrag is.",
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

/** The two versions of every figure, and their difference: one meaning per field name. */
const versionFields = {
  alsGedrukt: printedAmountsSchema.describe(
    "Wat het document afdrukte en de raad vaststelde, x € 1.000; null waar het document dit bedrag niet afdrukte. Bij een regel zijn de bedragen de gedrukte regel zelf.",
  ),
  berekendUitRegels: printedAmountsSchema.describe("Wat Programmamonitor uit de exacte regelbedragen berekent, x € 1.000, zelfde tekens."),
  afrondingsverschil: printedAmountsSchema.describe("alsGedrukt − berekendUitRegels; null als een van beide ontbreekt. Alleen door afronding ongelijk aan 0."),
};

const deviation = z
  .enum(["V", "N"])
  .nullable()
  .describe("V (voordeel: minder uitgegeven of meer ontvangen dan begroot) of N (nadeel); null zonder afwijking.");

const aboveThreshold = z
  .boolean()
  .describe("De afwijking ligt boven de toelichtingsgrens van de gemeente en moet worden toegelicht.");

export const amendmentSchema = named(
  "Begrotingswijziging",
  "Een vastgestelde begrotingswijziging en wat die op deze regel verandert. De begroting na wijziging is de primitieve begroting plus de bedragen van deze wijzigingen.",
  z.object({
    nummer: z.string().describe("Zoals de gemeente de wijziging nummert, of 'zoals gedrukt in …' bij een niet-gespecificeerde wijziging."),
    datum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe("Datum van het besluit (JJJJ-MM-DD); null als de bron die niet noemt."),
    bevoegdheid: amendmentAuthority.schema.nullable().describe("Wie de wijziging vaststelde: de raad of het college binnen het mandaat; null als de bron het niet zegt."),
    raadsbesluit: z.string().nullable().describe("Kenmerk van het raadsbesluit, als de raad de wijziging vaststelde."),
    reden: z.string(),
    bedrag: amountSchema.describe("Wat de wijziging op deze regel verandert, hele euro's, canoniek: +100000 op een lastenregel is 100.000 meer lastenbudget."),
    nietGespecificeerd: z
      .boolean()
      .describe(`true: de bron drukte een begroting na wijziging af zonder de wijzigingen te noemen; deze ene wijziging ('${UNSPECIFIED_AMENDMENT_REASON}') draagt het verschil.`),
  }),
);

export const prognosisSchema = named(
  "Prognose",
  "De verwachte realisatie van het jaar volgens een bestuursrapportage.",
  z.object({
    document: z.string().describe("Titel van de bestuursrapportage."),
    volgnummer: z.number().int().describe("1 voor de eerste bestuursrapportage van het jaar, 2 voor de tweede, …"),
    bedrag: amountSchema.nullable(),
  }),
);

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
    begrotingspostId: z.string().describe("De begrotingspost: dezelfde regel in de documenten en jaren van de gemeente."),
    bedragen: amountsSchema.describe("De regelbedragen; het verschil berekend uit de exacte bedragen."),
    basisNaWijziging: amendedBasis.schema
      .nullable()
      .describe(
        `Hoe begrotingNaWijziging tot stand kwam: 'berekend' (${AMENDED_BASIS_LABELS.computed}) of 'zoals gedrukt' (${AMENDED_BASIS_LABELS.printed}); null zonder begroting na wijziging.`,
      ),
    wijzigingen: z.array(amendmentSchema).describe("De vastgestelde begrotingswijzigingen van het jaar op deze regel, oudste eerst; leeg bij basis 'zoals gedrukt'."),
    prognoses: z.array(prognosisSchema).describe("De prognoses van de bestuursrapportages van het jaar, in hun volgorde."),
    ...versionFields,
    afwijking: deviation,
    bovenToelichtingsgrens: aboveThreshold,
    toelichting: z.string().nullable(),
    herkomst: provenanceSchema,
  }),
);

export const financialTotalSchema = named(
  "FinancieelTotaal",
  "Een totaal, het saldo van baten en lasten (soort `saldo`: baten − lasten) of het resultaat na reserves (soort `resultaat`: saldo + onttrekkingen − toevoegingen). `alsGedrukt` is wat de bron afdrukte, `berekendUitRegels` de som van de regels.",
  z.object({
    soort: rowKind.schema,
    omschrijving: z.string(),
    doelCode: z.string().nullable().describe("Gezet bij een subtotaal per doelstelling."),
    bedragen: amountsSchema.describe("Berekend uit de exacte regelbedragen, canoniek."),
    ...versionFields,
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
    tekenconventie: z
      .string()
      .describe("Legenda van de tekens: die van de gemeente voor `alsGedrukt`, `berekendUitRegels` en `afrondingsverschil`, en de canonieke vorm van `bedragen`."),
    kolommen: z.array(amountColumn.schema).describe("Kolommen die in deze tabel gevuld zijn."),
    regels: z.array(financialLineSchema),
    totalen: z.array(financialTotalSchema).describe("Totaal per categorie, saldo van baten en lasten en (met reserves) het resultaat na reserves."),
    subtotalenPerDoel: z.array(financialTotalSchema),
    afrondingsverschillen: z
      .array(
        z.object({
          omschrijving: z.string(),
          soort: rowKind.schema,
          kolom: amountColumn.schema,
          alsGedrukt: z.number().int().describe("Wat de bron afdrukte, x € 1.000."),
          berekendUitRegels: z.number().int().describe("Som van de exacte regels, x € 1.000, in de tekens van de gemeente."),
          afrondingsverschil: z.number().int().describe("alsGedrukt − berekendUitRegels."),
        }),
      )
      .describe("Elke cel waar het gedrukte bedrag door afronding afwijkt van de som van de regels."),
  }),
);

export type FinanceBody = z.infer<typeof financeSchema>;
export type AmountsBody = z.infer<typeof amountsSchema>;
