import { z } from "zod";
import type { CsvColumn } from "../csv";
import { CSV_MAX_ITEMS } from "@/lib/limits";
import { formatInteger } from "@/lib/format/number";
import { defineOperation } from "../operation";
import { pagingQuery } from "../pagination";
import { formatQuery, nameSearchQuery, yearParam } from "../params";
import { comparisonSchema } from "../schemas/indicator";

type Body = z.output<typeof comparisonSchema>;
type Indicator = Body["indicatoren"][number];
type ValueRow = { indicator: Indicator; value: Indicator["waarden"][number] };

const idMessage = "Geef 1 tot en met 50 indicator-id's op";
const bbvMessage = "Kies true of false";

const comparisonQuery = z
  .object({
    naam: nameSearchQuery.describe("Deel van de indicatornaam, ongeacht hoofdletters (`rapportcijfer`, `reisdocumenten`)."),
    id: z
      .preprocess(
        (v) => (typeof v === "string" ? [v] : v),
        z.array(z.string({ error: idMessage }).min(1, { error: idMessage }).max(40, { error: idMessage }), { error: idMessage })
          .min(1, { error: idMessage })
          .max(50, { error: idMessage }),
      )
      .optional()
      .describe("Id van een indicator (uit `indicatoren[].id` van een programma); herhaal de parameter voor meer (`id=a&id=b`)."),
    jaar: yearParam.optional().describe("Alleen waarden van dit jaar (en alleen indicatoren met een waarde in dit jaar)."),
    bbvVerplicht: z
      .enum(["true", "false"], { error: bbvMessage })
      .transform((v) => v === "true")
      .optional()
      .describe("Alleen verplichte BBV-beleidsindicatoren (true) of alleen lokale (false)."),
    ...pagingQuery,
    formaat: formatQuery(["json", "csv"]),
  })
  .refine((q) => q.naam !== undefined || q.id !== undefined, {
    error: "Geef een deel van de indicatornaam (naam) of een of meer indicator-id's (id) op",
    path: ["naam"],
  });

const columns: CsvColumn<ValueRow>[] = [
  { header: "Gemeente", kind: "text", value: (r) => r.indicator.gemeente.naam },
  { header: "CBS-code", kind: "text", value: (r) => r.indicator.gemeente.cbsCode },
  { header: "Inwoners", kind: "number", value: (r) => r.indicator.gemeente.inwoners?.aantal },
  { header: "Inwoners peiljaar", kind: "number", value: (r) => r.indicator.gemeente.inwoners?.jaar },
  { header: "Programmanummer", kind: "text", value: (r) => r.indicator.programma?.nummer },
  { header: "Programma", kind: "text", value: (r) => r.indicator.programma?.naam },
  { header: "Indicator-id", kind: "text", value: (r) => r.indicator.id },
  { header: "Indicator", kind: "text", value: (r) => r.indicator.naam },
  { header: "Eenheid", kind: "text", value: (r) => r.indicator.eenheidLabel ?? r.indicator.eenheid },
  { header: "Richting", kind: "text", value: (r) => r.indicator.richting },
  { header: "BBV-verplicht", kind: "text", value: (r) => r.indicator.bbvVerplicht },
  { header: "Meetbron", kind: "text", value: (r) => r.indicator.bron },
  { header: "Jaar", kind: "number", value: (r) => r.value.jaar },
  { header: "Dimensie", kind: "text", value: (r) => r.indicator.dimensie },
  { header: "Dimensiewaarde", kind: "text", value: (r) => r.value.dimensiewaarde },
  { header: "Streefwaarde", kind: "number", value: (r) => r.value.streefwaarde },
  { header: "Realisatie", kind: "number", value: (r) => r.value.realisatie },
  { header: "Benchmark", kind: "number", value: (r) => r.value.benchmark },
  { header: "Doel gehaald", kind: "text", value: (r) => r.value.doelGehaald },
  { header: "Beoordeling", kind: "text", value: (r) => r.value.beoordeling },
  { header: "Document", kind: "text", value: (r) => r.value.document.titel },
  { header: "Bron", kind: "text", value: (r) => r.value.herkomst.bron },
  { header: "Vindplaats", kind: "text", value: (r) => r.value.herkomst.vindplaats },
];

export const compareIndicatorsOperation = defineOperation({
  operationId: "getIndicatorVergelijking",
  path: "/indicatoren/vergelijking",
  tag: "Indicatoren",
  summary: "Indicatoren van verschillende gemeenten vergelijken",
  description:
    "Zoekt indicatoren over alle gemeenten heen, op een deel van de naam (`naam`) of op id (`id`, herhaalbaar), en geeft per indicator de gemeente " +
    "(met inwoners, om per inwoner te kunnen rekenen) en alle gepubliceerde waarden met `doelGehaald` en herkomst. " +
    "Gemeenten noemen vergelijkbare indicatoren niet altijd hetzelfde: zoek breed op naam en kies daarna met `id`. " +
    "Let op eenheid en definitie voordat je waarden naast elkaar legt. Minstens één van `naam` en `id` is verplicht. " +
    "Gepagineerd per indicator, op gemeentenaam en indicatornaam; CSV: één rij per waarde, de hele selectie — hoogstens " +
    `${formatInteger(CSV_MAX_ITEMS)} indicatoren (een grotere selectie geeft 400 met uitleg: verfijn met \`jaar\`, \`bbvVerplicht\`, \`id\` of de naam).`,
  pathParams: z.object({}),
  query: comparisonQuery,
  response: comparisonSchema,
  paginated: true,
  csv: {
    columns,
    rows: (body) => body.indicatoren.flatMap((indicator) => indicator.waarden.map((value) => ({ indicator, value }))),
    filename: () => "indicatoren-vergelijking.csv",
  },
});
