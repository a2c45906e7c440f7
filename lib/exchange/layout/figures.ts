/**
 * The "cijfers" workbook of a document (issue 11, flavour *realisatie*): every
 * indicator figure and budget line the document owns, with what it is
 * measured against — the streefwaarde, the begroting na wijziging — for
 * reference in protected columns, and open cells for the document's own
 * figure (realisatie, prognose, or in a begroting the streefwaarde and
 * primitieve begroting) and its toelichting. The same specs are what an
 * import of the file recognises (decision 012). Pure and isomorphic.
 */
import { CATEGORY_LABELS } from "@/lib/finance/labels";
import { OWNED_INDICATOR_LABELS, OWNED_LINE_LABELS, type OwnedStage } from "@/lib/review/owned-figures";
import type { CellValue, ColumnSpec, TableData, TableSpec } from "../table";
import { amountCell, decimalCell } from "./cells";

export const FIGURE_SHEETS = { indicators: "Indicatoren", lines: "Begrotingsposten" } as const;

const TOELICHTING: ColumnSpec = { header: "Toelichting", type: "text", width: 60, note: "Waarom wijkt het af? Verplicht waar de regels van de gemeente het vragen." };

export function indicatorFigureSpec(stage: OwnedStage): TableSpec {
  return {
    name: FIGURE_SHEETS.indicators,
    columns: [
      { header: "Sleutel", type: "text", locked: true, width: 18, note: "Niet wijzigen: hiermee vindt de import het cijfer terug." },
      { header: "Programma", type: "text", locked: true, width: 10 },
      { header: "Doel", type: "text", locked: true, width: 30 },
      { header: "Indicator", type: "text", locked: true, width: 40 },
      { header: "Eenheid", type: "text", locked: true, width: 14 },
      { header: "Dimensie", type: "text", locked: true, width: 14 },
      { header: "Jaar", type: "integer", locked: true, width: 8 },
      ...(stage === "PRIMITIEF" ? [] : [{ header: "Streefwaarde", type: "decimal", locked: true, width: 14 } satisfies ColumnSpec]),
      { header: OWNED_INDICATOR_LABELS[stage], type: "decimal", width: 14, note: "Een getal, met zoveel decimalen als de indicator heeft." },
      { header: "Periode", type: "text", width: 20, note: "Alleen als de meting niet over het kalenderjaar gaat, bijvoorbeeld 'eerste halfjaar 2025'." },
      TOELICHTING,
    ],
  };
}

export function lineFigureSpec(stage: OwnedStage): TableSpec {
  return {
    name: FIGURE_SHEETS.lines,
    columns: [
      { header: "Sleutel", type: "text", locked: true, width: 36, note: "Niet wijzigen: hiermee vindt de import de begrotingspost terug." },
      { header: "Programma", type: "text", locked: true, width: 10 },
      { header: "Categorie", type: "text", locked: true, width: 16 },
      { header: "Taakveld", type: "text", locked: true, width: 9 },
      { header: "Omschrijving", type: "text", locked: true, width: 40 },
      ...(stage === "PRIMITIEF" ? [] : [{ header: "Begroting na wijziging", type: "integer", locked: true, decimals: 0, width: 16 } satisfies ColumnSpec]),
      { header: OWNED_LINE_LABELS[stage], type: "integer", decimals: 0, width: 16, note: "Hele euro's, positief; de categorie zegt of het lasten of baten zijn." },
      TOELICHTING,
    ],
  };
}

export interface FigureIndicatorRow {
  key: string;
  programme: string;
  goal: string | null;
  name: string | null;
  unit: string;
  dimension: string;
  year: number;
  target: string | null;
  value: string | null;
  periodLabel: string | null;
  explanation: string | null;
}

export interface FigureLineRow {
  key: string;
  programme: string;
  category: "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
  functionCode: string | null;
  label: string;
  budget: string | null;
  amount: string | null;
  explanation: string | null;
}

export function figureTables(stage: OwnedStage, indicators: FigureIndicatorRow[], lines: FigureLineRow[]): [TableData, TableData] {
  const withTarget = stage !== "PRIMITIEF";
  const indicatorRows = indicators.map((r): CellValue[] => [
    r.key,
    r.programme,
    r.goal,
    r.name,
    r.unit,
    r.dimension || null,
    r.year,
    ...(withTarget ? [decimalCell(r.target)] : []),
    decimalCell(r.value),
    r.periodLabel,
    r.explanation,
  ]);
  const lineRows = lines.map((r): CellValue[] => [
    r.key,
    r.programme,
    CATEGORY_LABELS[r.category],
    r.functionCode,
    r.label,
    ...(withTarget ? [amountCell(r.budget)] : []),
    amountCell(r.amount),
    r.explanation,
  ]);
  return [
    { spec: indicatorFigureSpec(stage), rows: indicatorRows },
    { spec: lineFigureSpec(stage), rows: lineRows },
  ];
}
