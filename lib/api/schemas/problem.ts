import { z } from "zod";
import { named } from "./common";

export const invalidParamSchema = named(
  "OngeldigeParameter",
  "Een geweigerde parameter met de reden in het Nederlands.",
  z.object({
    name: z.string().describe("Naam van de parameter."),
    code: z.string().describe("Soort fout, bijvoorbeeld too_small of invalid_value."),
    reason: z.string().describe("Uitleg in het Nederlands."),
  }),
);

export const problemSchema = named(
  "Probleem",
  "Foutmelding volgens RFC 9457 (application/problem+json).",
  z.object({
    type: z.string().describe("URI die het soort fout aanduidt."),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe("Wat er mis is en wat je kunt doen, in het Nederlands."),
    instance: z.string().optional().describe("Pad van het verzoek."),
    code: z.string().describe("Korte code: paramsValidation, notFound, methodNotAllowed, notAcceptable, serverError."),
    invalidParams: z.array(invalidParamSchema).optional().describe("Alle geweigerde parameters (alleen bij 400)."),
  }),
);
