/**
 * Step 1 of importing a "cijfers" file (decision 012): find each table by its
 * header, each row's figure by its identifiers, and turn the cells into what
 * the programme form would have posted — typed text, Dutch notation — so the
 * form's own schema (lib/review/schema.ts) judges them next. Pure.
 */
import type { OwnedStage } from "@/lib/review/owned-figures";
import type { CellValue, Table } from "../table";
import { indicatorFigureSpec, lineFigureSpec } from "../layout/figures";
import { findColumns, same, typedText } from "./cells";

export interface OwnedIndicatorFigure {
  id: string;
  version: number;
  programmeId: string;
  key: string;
  dimension: string;
  year: number;
  name: string | null;
  value: string | null;
  explanation: string | null;
  periodLabel: string | null;
}

export interface OwnedLineFigure {
  id: string;
  version: number;
  programmeId: string;
  key: string;
  label: string;
  amount: string | null;
  explanation: string | null;
}

/** One file row matched to the figure it writes, with the cells as typed text. */
export interface MatchedRow {
  at: string;
  group: "indicators" | "lines";
  figure: OwnedIndicatorFigure | OwnedLineFigure;
  /** value/amount, explanation and (indicators) periodLabel as the form would post them; undefined: column absent, keep. */
  typed: Record<string, string | undefined>;
}

export interface Matched {
  rows: MatchedRow[];
  /** Rows that cannot be placed, by where they are: unknown identifier, twice in the file. */
  refused: { at: string; problems: string[] }[];
  /** The file as a whole: no table recognised, a required column missing. */
  fileProblems: string[];
}

const indicatorId = (key: string, dimension: string, year: number) => `${key}\u0000${dimension}\u0000${year}`;

export function matchFigureTables(tables: Table[], stage: OwnedStage, owned: { indicators: OwnedIndicatorFigure[]; lines: OwnedLineFigure[] }): Matched {
  const out: Matched = { rows: [], refused: [], fileProblems: [] };
  const indicatorSpec = indicatorFigureSpec(stage);
  const lineSpec = lineFigureSpec(stage);
  const byIndicator = new Map(owned.indicators.map((f) => [indicatorId(f.key, f.dimension, f.year), f]));
  const byLine = new Map(owned.lines.map((f) => [f.key, f]));
  let recognised = 0;
  for (const table of tables) {
    const own = indicatorSpec.columns.find((c) => !c.locked)!.header;
    const indicatorColumns = findColumns(table.header, ["Sleutel", "Dimensie", "Jaar"], { value: own, explanation: "Toelichting", periodLabel: "Periode" });
    const lineColumns = findColumns(table.header, ["Sleutel"], { value: lineSpec.columns.find((c) => !c.locked)!.header, explanation: "Toelichting" });
    const isIndicators = indicatorColumns && (table.name === indicatorSpec.name || table.header.some((h) => same(h, "Dimensie")));
    const columns: { required: Record<string, number>; optional: Record<string, number | undefined> } | null = isIndicators ? indicatorColumns : lineColumns;
    if (!columns) continue;
    recognised++;
    const seen = new Set<string>();
    const notes = new Map<number, string[]>();
    for (const n of table.notes) notes.set(n.line, [...(notes.get(n.line) ?? []), n.message]);
    for (const row of table.rows) {
      const at = `${table.name}, rij ${row.line}`;
      const cell = (i: number | undefined): CellValue => (i === undefined ? null : (row.cells[i] ?? null));
      const key = String(cell(columns.required.Sleutel) ?? "").trim();
      const id = isIndicators ? indicatorId(key, String(cell(columns.required.Dimensie) ?? "").trim(), Number(cell(columns.required.Jaar))) : key;
      const figure = isIndicators ? byIndicator.get(id) : byLine.get(id);
      const problems = [...(notes.get(row.line) ?? [])];
      if (!key) problems.push("De sleutel ontbreekt: deze rij hoort bij geen enkel cijfer. Gebruik een bestand dat van deze pagina is gedownload.");
      else if (!figure) problems.push(`Onbekende sleutel '${key}'${isIndicators ? ` (jaar ${cell(columns.required.Jaar) ?? "?"})` : ""}: dit document legt dat cijfer niet vast.`);
      else if (seen.has(id)) problems.push("Dit cijfer staat twee keer in het bestand; de eerste rij telt niet mee zolang dit zo is.");
      seen.add(id);
      if (problems.length > 0 || !figure) {
        out.refused.push({ at, problems });
        continue;
      }
      const typed = Object.fromEntries(Object.entries(columns.optional).map(([field, i]) => [field, i === undefined ? undefined : typedText(cell(i))]));
      out.rows.push({ at, group: isIndicators ? "indicators" : "lines", figure, typed });
    }
  }
  if (recognised === 0) out.fileProblems.push(`Geen tabel herkend. Een cijferbestand heeft een blad of CSV met de kolommen Sleutel en ${indicatorSpec.columns.find((c) => !c.locked)!.header}; download het bestand van deze pagina en vul dat in.`);
  return out;
}
