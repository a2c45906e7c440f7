/**
 * Excel data validation per column: drop-downs for lists and ja/nee, number
 * checks with a Dutch message. Validation guides the user while typing; the
 * import checks every value again, because validation does not stop a paste.
 */
import type ExcelJS from "exceljs";
import { formatInteger } from "../../format/number";
import { FILE_LIMITS, type ColumnSpec, type TableData } from "../table";
import { LISTS_SHEET_NAME } from "./sheet-names";

/** Excel refuses a validation formula over 255 characters, the quotes of an inline list included. */
const MAX_INLINE_FORMULA = 255;
/** Far beyond any amount a municipality enters, inside what Excel holds exactly (15 digits). */
const NUMBER_BOUND = 999_999_999_999_999;

export interface ListColumn {
  header: string;
  values: readonly string[];
}

/** Where each list lives: inline in the validation, or as a column of the lists sheet. */
export interface ListPlan {
  formulaFor(table: string, column: string): string | undefined;
  /** The columns of the lists sheet, in order; empty when every list fits inline. */
  sheetColumns: ListColumn[];
}

function inline(values: readonly string[]): string | null {
  // A comma separates inline items and a quote ends the formula: such values need the sheet.
  if (values.some((value) => value.includes(",") || value.includes('"'))) return null;
  const formula = `"${values.join(",")}"`;
  return formula.length <= MAX_INLINE_FORMULA ? formula : null;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function planLists(tables: readonly TableData[]): ListPlan {
  const formulas = new Map<string, string>();
  const sheetColumns: ListColumn[] = [];
  for (const { spec } of tables) {
    for (const column of spec.columns) {
      if (column.type !== "list" || column.locked || !column.list?.length) continue;
      const key = `${spec.name}\u0000${column.header}`;
      const fits = inline(column.list);
      if (fits) {
        formulas.set(key, fits);
        continue;
      }
      const letter = columnLetter(sheetColumns.length);
      formulas.set(key, `'${LISTS_SHEET_NAME}'!$${letter}$2:$${letter}$${column.list.length + 1}`);
      sheetColumns.push({ header: `${spec.name}: ${column.header}`, values: column.list });
    }
  }
  return { formulaFor: (table, column) => formulas.get(`${table}\u0000${column}`), sheetColumns };
}

const STOP = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" } as const;

function numberValidation(column: ColumnSpec): ExcelJS.DataValidation {
  const whole = column.type === "integer";
  return {
    ...STOP,
    type: whole ? "whole" : "decimal",
    operator: "between",
    formulae: [-NUMBER_BOUND, NUMBER_BOUND],
    errorTitle: whole ? "Geen geheel getal" : "Geen getal",
    error: whole
      ? "Vul een geheel getal in, zonder decimalen."
      : "Vul een getal in, met een komma voor de decimalen (bijvoorbeeld 7,4).",
  };
}

/** The validation for one column's data cells, or null where the column is free text or locked. */
export function columnValidation(column: ColumnSpec, listFormula: string | undefined): ExcelJS.DataValidation | null {
  if (column.locked) return null;
  switch (column.type) {
    case "integer":
    case "decimal":
      return numberValidation(column);
    case "boolean":
      return { ...STOP, type: "list", formulae: ['"ja,nee"'], errorTitle: "Ja of nee", error: "Kies ja of nee." };
    case "list":
      if (!listFormula) return null;
      return { ...STOP, type: "list", formulae: [listFormula], errorTitle: "Geen keuze uit de lijst", error: "Kies een waarde uit de lijst." };
    case "text":
      return {
        ...STOP,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [FILE_LIMITS.maxCellChars],
        errorTitle: "Te lange tekst",
        error: `Een cel bevat hoogstens ${formatInteger(FILE_LIMITS.maxCellChars)} tekens.`,
      };
  }
}

/** The range a column's validation covers: its data rows and room to add rows below. */
export function validationRange(columnIndex: number, dataRows: number, spare: number): string {
  const letter = columnLetter(columnIndex);
  return `${letter}2:${letter}${dataRows + 1 + spare}`;
}
