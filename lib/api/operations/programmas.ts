import { z } from "zod";
import type { CsvColumn } from "../csv";
import { defineOperation } from "../operation";
import { documentKindQuery, formatQuery, programmeNumberParam, slugParam, yearParam } from "../params";
import { programmeFinanceSchema, programmeListSchema, programmeSchema } from "../schemas/programma";
import type { FinanceBody } from "../schemas/financien";
import { AMOUNT_COLUMN_HEADINGS, amountColumn, ROW_KIND_HEADINGS, rowKind } from "../vocabulary";
import { COMPUTED_SUFFIX, PRINTED_SUFFIX } from "@/lib/finance/labels";

const yearPath = z.object({ slug: slugParam, jaar: yearParam });
const programmePath = yearPath.extend({ nummer: programmeNumberParam });

const yearNotFound =
  "De gemeente bestaat niet, heeft over dit jaar niets gepubliceerd, of niet het gevraagde soort document.";

type Body = z.output<typeof programmeListSchema>;
type Summary = Body["programmas"][number];
type Total = Summary["lasten"];
type ColumnKey = "realisatieVorigJaar" | "begrotingPrimitief" | "begrotingNaWijziging" | "realisatie";

/** One CSV row per programme and row of its table (lasten, baten, saldo, resultaat), as printed tables are laid out. */
interface TotalRow {
  body: Body;
  programme: Summary;
  kind: "EXPENSES" | "INCOME" | "BALANCE" | "RESULT";
  total: Total;
}

const STORED = ["ACTUAL_PREVIOUS_YEAR", "BUDGET_ORIGINAL", "BUDGET_AMENDED", "ACTUAL"] as const;

const totalColumns: CsvColumn<TotalRow>[] = [
  { header: "Gemeente", kind: "text", value: (r) => r.body.gemeente.naam },
  { header: "CBS-code", kind: "text", value: (r) => r.body.gemeente.cbsCode },
  { header: "Jaar", kind: "number", value: (r) => r.body.document.jaar },
  { header: "Document", kind: "text", value: (r) => r.body.document.titel },
  { header: "Programmanummer", kind: "text", value: (r) => r.programme.nummer },
  { header: "Programma", kind: "text", value: (r) => r.programme.naam },
  { header: "Regel", kind: "text", value: (r) => ROW_KIND_HEADINGS[r.kind] },
  ...[...STORED, "DIFFERENCE" as const].map(
    (column): CsvColumn<TotalRow> => ({
      header: `${AMOUNT_COLUMN_HEADINGS[column]} (euro)`,
      kind: "number",
      value: (r) => r.total.bedragen[amountColumn.of(column)],
    }),
  ),
  ...STORED.map(
    (column): CsvColumn<TotalRow> => ({
      header: `Aandeel gemeentelijk totaal ${AMOUNT_COLUMN_HEADINGS[column].toLowerCase()} (%)`,
      kind: "number",
      value: (r) => r.total.aandeelGemeentelijkTotaal?.[amountColumn.of(column) as ColumnKey],
    }),
  ),
  { header: "Bron", kind: "text", value: (r) => r.programme.herkomst.bron },
  { header: "Vindplaats", kind: "text", value: (r) => r.programme.herkomst.vindplaats },
];

export const listProgrammesOperation = defineOperation({
  operationId: "getProgrammas",
  path: "/gemeenten/{slug}/jaren/{jaar}/programmas",
  tag: "Programma's",
  summary: "Programma's van een jaar met lasten, baten en saldo",
  description:
    "De programma's van één gepubliceerd document van het jaar, elk met lasten, baten, saldo van baten en lasten (baten − lasten) en, bij reservemutaties, het resultaat na reserves (saldo + onttrekkingen − toevoegingen). " +
    "Totalen zijn berekend uit de exacte regelbedragen (hele euro's) en kunnen daardoor een afrondingsverschil hebben met de gedrukte tabel; " +
    "het aandeel in het gemeentelijk totaal staat er alleen bij waar de bron het afdrukte. Niet gepagineerd: een gemeente heeft hooguit enkele tientallen programma's. " +
    "CSV: één rij per programma en regel (lasten, baten, saldo, resultaat).",
  pathParams: yearPath,
  query: z.object({ documentsoort: documentKindQuery, formaat: formatQuery(["json", "csv"]) }),
  response: programmeListSchema,
  notFound: yearNotFound,
  csv: {
    columns: totalColumns,
    rows: (body) =>
      body.programmas.flatMap((programme) => [
        { body, programme, kind: "EXPENSES" as const, total: programme.lasten },
        { body, programme, kind: "INCOME" as const, total: programme.baten },
        { body, programme, kind: "BALANCE" as const, total: programme.saldo },
        ...(programme.resultaat ? [{ body, programme, kind: "RESULT" as const, total: programme.resultaat }] : []),
      ]),
    filename: (body) => `${body.gemeente.slug}-${body.document.jaar}-${body.document.soort}-programmas.csv`,
  },
});

export const getProgrammeOperation = defineOperation({
  operationId: "getProgramma",
  path: "/gemeenten/{slug}/jaren/{jaar}/programmas/{nummer}",
  tag: "Programma's",
  summary: "Eén programma: doelen, activiteiten, indicatoren en financiën",
  description:
    "De doelenboom met de W-vragen, de activiteiten, de indicatoren met al hun gepubliceerde waarden (en `doelGehaald`, afgeleid uit realisatie, streefwaarde en richting) " +
    "en de financiële regels: canonieke bedragen in hele euro's als tekst, wat het document afdrukte (`alsGedrukt`) en de som van de regels (`berekendUitRegels`), x € 1.000 in de eigen tekenconventie, " +
    "het verschil met V/N en of het boven de toelichtingsgrens ligt. Elk cijfer en elke tekst heeft een `herkomst`. " +
    "Programmanummers met punten (`2.4`, `4.2.1`) staan zo in het pad.",
  pathParams: programmePath,
  query: z.object({ documentsoort: documentKindQuery, formaat: formatQuery(["json"]) }),
  response: programmeSchema,
  notFound: `${yearNotFound} Of het programma staat niet in dat document.`,
});

type FinanceRow = {
  body: z.output<typeof programmeFinanceSchema>;
  rowType: "Regel" | "Totaal" | "Subtotaal doelstelling";
  row: FinanceBody["regels"][number] | FinanceBody["totalen"][number];
};

const financeColumns: CsvColumn<FinanceRow>[] = [
  { header: "Gemeente", kind: "text", value: (r) => r.body.gemeente.naam },
  { header: "Jaar", kind: "number", value: (r) => r.body.document.jaar },
  { header: "Document", kind: "text", value: (r) => r.body.document.titel },
  { header: "Programmanummer", kind: "text", value: (r) => r.body.programma.nummer },
  { header: "Soort rij", kind: "text", value: (r) => r.rowType },
  { header: "Categorie", kind: "text", value: (r) => ROW_KIND_HEADINGS[rowKind.keyOf(r.row.soort)] },
  { header: "Omschrijving", kind: "text", value: (r) => r.row.omschrijving },
  { header: "Doelcode", kind: "text", value: (r) => r.row.doelCode },
  { header: "Product", kind: "text", value: (r) => ("product" in r.row ? r.row.product : null) },
  { header: "Taakveld", kind: "text", value: (r) => ("taakveld" in r.row ? r.row.taakveld : null) },
  ...[...STORED, "DIFFERENCE" as const].map(
    (column): CsvColumn<FinanceRow> => ({
      header: `${AMOUNT_COLUMN_HEADINGS[column]} (euro)`,
      kind: "number",
      value: (r) => r.row.bedragen[amountColumn.of(column)],
    }),
  ),
  ...[...STORED, "DIFFERENCE" as const].map(
    (column): CsvColumn<FinanceRow> => ({
      header: `${AMOUNT_COLUMN_HEADINGS[column]} ${PRINTED_SUFFIX} (x 1.000 euro)`,
      kind: "number",
      value: (r) => r.row.alsGedrukt[amountColumn.of(column)],
    }),
  ),
  ...[...STORED, "DIFFERENCE" as const].map(
    (column): CsvColumn<FinanceRow> => ({
      header: `${AMOUNT_COLUMN_HEADINGS[column]} ${COMPUTED_SUFFIX} (x 1.000 euro)`,
      kind: "number",
      value: (r) => r.row.berekendUitRegels[amountColumn.of(column)],
    }),
  ),
  { header: "Afwijking (V/N)", kind: "text", value: (r) => r.row.afwijking },
  { header: "Boven toelichtingsgrens", kind: "text", value: (r) => r.row.bovenToelichtingsgrens },
  { header: "Toelichting", kind: "text", value: (r) => ("toelichting" in r.row ? r.row.toelichting : null) },
  { header: "Bron", kind: "text", value: (r) => r.row.herkomst.bron },
  { header: "Vindplaats", kind: "text", value: (r) => r.row.herkomst.vindplaats },
  // Last, so that a spreadsheet built on the earlier columns keeps working.
  { header: "Basis begroting na wijziging", kind: "text", value: (r) => ("basisNaWijziging" in r.row ? r.row.basisNaWijziging : null) },
];

export const getProgrammeFinanceOperation = defineOperation({
  operationId: "getProgrammaFinancien",
  path: "/gemeenten/{slug}/jaren/{jaar}/programmas/{nummer}/financien",
  tag: "Programma's",
  summary: "De financiële tabel van één programma",
  description:
    "Dezelfde financiën als in het programma, apart op te vragen en als CSV te downloaden: één rij per regel, per totaal en per subtotaal van een doelstelling. " +
    "`alsGedrukt` is wat het document afdrukte, `berekendUitRegels` de som van de exacte regels; beide x € 1.000 in de tekenconventie van de gemeente (zie `tekenconventie`). " +
    "In de CSV: kolommen '… als gedrukt' en '… berekend uit regels'; '… (euro)' zijn de canonieke bedragen in hele euro's.",
  pathParams: programmePath,
  query: z.object({ documentsoort: documentKindQuery, formaat: formatQuery(["json", "csv"]) }),
  response: programmeFinanceSchema,
  notFound: `${yearNotFound} Of het programma staat niet in dat document.`,
  csv: {
    columns: financeColumns,
    rows: (body): FinanceRow[] => {
      const f = body.financien;
      if (!f) return [];
      return [
        ...f.regels.map((row) => ({ body, rowType: "Regel" as const, row })),
        ...f.totalen.map((row) => ({ body, rowType: "Totaal" as const, row })),
        ...f.subtotalenPerDoel.map((row) => ({ body, rowType: "Subtotaal doelstelling" as const, row })),
      ];
    },
    filename: (body) =>
      `${body.gemeente.slug}-${body.document.jaar}-${body.document.soort}-programma-${body.programma.nummer}-financien.csv`,
  },
});
