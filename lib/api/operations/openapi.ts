import { z } from "zod";
import { defineOperation } from "../operation";
import { formatQuery } from "../params";
import { named } from "../schemas/common";

const openApiDocumentSchema = named(
  "OpenApiDocument",
  "Deze beschrijving zelf (OpenAPI 3.1).",
  z.looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  }),
);

export const openApiOperation = defineOperation({
  operationId: "getOpenApi",
  path: "/openapi.json",
  tag: "API",
  summary: "Deze API-beschrijving (OpenAPI 3.1)",
  description: "De beschrijving van de API, gegenereerd uit dezelfde zod-schema's waarmee de API parameters controleert en antwoorden opbouwt.",
  pathParams: z.object({}),
  query: z.object({ formaat: formatQuery(["json"]) }),
  response: openApiDocumentSchema,
});
