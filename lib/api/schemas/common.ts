/**
 * Building blocks of the response schemas. Every schema that gets a name in
 * the OpenAPI document is registered in `apiSchemas`; the document builder
 * turns that registry into `components.schemas` with z.toJSONSchema.
 */
import { z } from "zod";
import { linkSchema } from "../pagination";
import { documentKind, documentStatus } from "../vocabulary";

export const apiSchemas = z.registry<{ id: string; description?: string }, z.ZodType>();

export function named<T extends z.ZodType>(id: string, description: string, schema: T): T {
  apiSchemas.add(schema, { id, description });
  return schema;
}

export const link = named("Link", "Een HAL-link naar een andere resource van deze API.", linkSchema);

export const amountSchema = named(
  "Bedrag",
  "Hele euro's in canonieke vorm (positief = de eigen richting van de categorie; saldo = baten − lasten; verschil = realisatie − begroting na wijziging), als tekst omdat JSON geen grote gehele getallen kent.",
  z.string().regex(/^-?\d+$/),
);

export const decimalSchema = named(
  "Decimaal",
  "Exact decimaal getal als tekst met een punt als decimaalteken, zonder overbodige nullen (\"7.4\", \"66\", \"3.3\").",
  z.string().regex(/^-?\d+(?:\.\d+)?$/),
);

export const provenanceSchema = named(
  "Herkomst",
  "Waar een cijfer of tekst gepubliceerd is: de titel van het document en de plaats daarin.",
  z.object({
    bron: z.string().nullable().describe("Titel van het gepubliceerde document."),
    vindplaats: z.string().nullable().describe("Plaats in het document: hoofdstuk, tabel, rij, kolom, pagina."),
  }),
);

export const municipalityRefSchema = named(
  "GemeenteVerwijzing",
  "Korte aanduiding van een gemeente.",
  z.object({
    slug: z.string(),
    naam: z.string(),
    cbsCode: z.string().describe("CBS-gemeentecode, bijvoorbeeld GM0637."),
    _links: z.object({ self: link }),
  }),
);

export const documentRefSchema = named(
  "DocumentVerwijzing",
  "Het P&C-document waar de gegevens uit komen.",
  z.object({
    soort: documentKind.schema,
    jaar: z.number().int(),
    titel: z.string(),
    status: documentStatus.schema,
  }),
);

export type Provenance = z.infer<typeof provenanceSchema>;

export function provenance(title: string | null | undefined, location: string | null | undefined): Provenance {
  return { bron: title ?? null, vindplaats: location ?? null };
}
