import { z } from "zod";
import type { CsvColumn } from "../csv";
import { CSV_MAX_ITEMS } from "@/lib/limits";
import { formatInteger } from "@/lib/format/number";
import { defineOperation } from "../operation";
import { pagingQuery } from "../pagination";
import { formatQuery, nameSearchQuery, slugParam } from "../params";
import { municipalityListSchema, municipalitySchema, yearListSchema } from "../schemas/gemeente";

type Summary = z.output<typeof municipalityListSchema>["gemeenten"][number];

const municipalityColumns: CsvColumn<Summary>[] = [
  { header: "Gemeente", kind: "text", value: (m) => m.naam },
  { header: "Slug", kind: "text", value: (m) => m.slug },
  { header: "CBS-code", kind: "text", value: (m) => m.cbsCode },
  { header: "Provincie", kind: "text", value: (m) => m.provincie },
  { header: "Inwoners", kind: "number", value: (m) => m.inwoners?.aantal },
  { header: "Inwoners peiljaar", kind: "number", value: (m) => m.inwoners?.jaar },
  { header: "Bron inwoners", kind: "text", value: (m) => m.inwoners?.bronvermelding },
  { header: "Jaren met publicaties", kind: "text", value: (m) => m.jaren.join(", ") },
];

export const listMunicipalitiesOperation = defineOperation({
  operationId: "getGemeenten",
  path: "/gemeenten",
  tag: "Gemeenten",
  summary: "Gemeenten met gepubliceerde documenten",
  description:
    "Alle gemeenten die ten minste één document hebben gepubliceerd, op naam. Zoeken met `naam` vindt een deel van de naam, ongeacht hoofdletters, accenten, streepjes en spaties (`fryslan` vindt Súdwest-Fryslân, `leidschendam voorburg` vindt Leidschendam-Voorburg). " +
    `CSV: de hele selectie, hoogstens ${formatInteger(CSV_MAX_ITEMS)} gemeenten (een grotere selectie geeft 400 met uitleg).`,
  pathParams: z.object({}),
  query: z.object({
    naam: nameSearchQuery.describe("Deel van de gemeentenaam."),
    ...pagingQuery,
    formaat: formatQuery(["json", "csv"]),
  }),
  response: municipalityListSchema,
  paginated: true,
  csv: {
    columns: municipalityColumns,
    rows: (body) => body.gemeenten,
    filename: () => "gemeenten.csv",
  },
});

export const getMunicipalityOperation = defineOperation({
  operationId: "getGemeente",
  path: "/gemeenten/{slug}",
  tag: "Gemeenten",
  summary: "Eén gemeente met de instellingen om haar cijfers te lezen",
  description:
    "Naam, CBS-code, provincie, inwoners (Bron: CBS), de jaren met publicaties en de instellingen die bepalen hoe de cijfers gelezen worden: tekenconventie en toelichtingsgrens.",
  pathParams: z.object({ slug: slugParam }),
  query: z.object({ formaat: formatQuery(["json"]) }),
  response: municipalitySchema,
  notFound: "De gemeente bestaat niet of heeft nog niets gepubliceerd.",
});

type YearRow = { jaar: number; soort: string; titel: string; status: string };

export const listYearsOperation = defineOperation({
  operationId: "getJaren",
  path: "/gemeenten/{slug}/jaren",
  tag: "Gemeenten",
  summary: "Jaren met gepubliceerde documenten",
  description: "Per jaar de gepubliceerde P&C-documenten (soort, titel, status), nieuwste jaar eerst, met een link naar de programma's.",
  pathParams: z.object({ slug: slugParam }),
  query: z.object({ formaat: formatQuery(["json", "csv"]) }),
  response: yearListSchema,
  notFound: "De gemeente bestaat niet of heeft nog niets gepubliceerd.",
  csv: {
    columns: [
      { header: "Jaar", kind: "number", value: (r) => r.jaar },
      { header: "Soort document", kind: "text", value: (r) => r.soort },
      { header: "Titel", kind: "text", value: (r) => r.titel },
      { header: "Status", kind: "text", value: (r) => r.status },
    ] satisfies CsvColumn<YearRow>[],
    rows: (body): YearRow[] => body.jaren.flatMap((y) => y.documenten.map((d) => ({ jaar: y.jaar, ...d }))),
    filename: (body) => `${body.gemeente.slug}-jaren.csv`,
  },
});
