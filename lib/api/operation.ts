/**
 * What one API operation is: its path, parameters, response schema and CSV
 * projection. Route handlers run it (lib/api/route.ts) and the OpenAPI
 * document describes it (lib/api/openapi.ts) from the same object, so the two
 * cannot drift apart.
 */
import type { z } from "zod";
import type { CsvColumn } from "./csv";

export type ParamsSchema = z.ZodObject<Record<string, z.ZodType>>;

export interface CsvProjection<Body, Row> {
  columns: readonly CsvColumn<Row>[];
  rows: (body: Body) => Row[];
  /** File name offered for download, e.g. "zoetermeer-2024-programmas.csv". */
  filename: (body: Body) => string;
}

export interface Operation<P extends ParamsSchema, Q extends ParamsSchema, R extends z.ZodType, Row = unknown> {
  operationId: string;
  /** OpenAPI path relative to /api/v1, e.g. "/gemeenten/{slug}". */
  path: string;
  tag: string;
  summary: string;
  description: string;
  pathParams: P;
  /** Must contain `formaat` (lib/api/params.ts formatQuery) with the formats offered. */
  query: Q;
  response: R;
  /** Description of the 404 cases; absent when the resource always exists. */
  notFound?: string;
  paginated?: boolean;
  csv?: CsvProjection<z.output<R>, Row>;
}

/** Identity with inference: keeps each operation's own types while the list holds them all. */
export function defineOperation<P extends ParamsSchema, Q extends ParamsSchema, R extends z.ZodType, Row = unknown>(
  operation: Operation<P, Q, R, Row>,
): Operation<P, Q, R, Row> {
  return operation;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list; each entry was checked by defineOperation
export type AnyOperation = Operation<ParamsSchema, ParamsSchema, z.ZodType, any>;
