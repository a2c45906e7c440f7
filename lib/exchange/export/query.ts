/**
 * The export address's query: which document (`stuk`, as every workplace
 * page), which format, and for CSV — one table per file — which table.
 * Pure and isomorphic; the route answers a bad query with a Dutch 400.
 */
import { z } from "zod";
import { FIGURE_SHEETS } from "../layout/figures";

export const EXPORT_TABLES = { indicatoren: FIGURE_SHEETS.indicators, begrotingsposten: FIGURE_SHEETS.lines } as const;

export const exportQuerySchema = z
  .object({
    stuk: z.string().max(40).optional(),
    formaat: z.enum(["xlsx", "csv"], { error: "Kies formaat=xlsx of formaat=csv." }).default("xlsx"),
    tabel: z.enum(["indicatoren", "begrotingsposten"], { error: "Kies tabel=indicatoren of tabel=begrotingsposten." }).optional(),
  })
  .refine((q) => q.formaat !== "csv" || q.tabel !== undefined, { error: "Een CSV-bestand bevat één tabel: kies tabel=indicatoren of tabel=begrotingsposten.", path: ["tabel"] });

export type ExportQuery = z.output<typeof exportQuerySchema>;
