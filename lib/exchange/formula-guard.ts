/**
 * CSV injection guard (OWASP "CSV Injection"): a spreadsheet that opens a CSV
 * runs a field starting with = + - @ as a formula, and a tab or carriage
 * return before it does not stop that. We prefix such TEXT with a single quote
 * on export, so Excel shows it as text; numbers are not text and never pass
 * through here (a negative amount "-12" stays a number).
 *
 * The full-width forms (＝ ＋ － ＠) are included because Excel in East Asian
 * input modes converts them to their ASCII twins when a cell is confirmed.
 *
 * Pure and isomorphic.
 */

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** True when a spreadsheet could read this text as the start of a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as it may go into a CSV cell: "'=SOM(A1)" for "=SOM(A1)", anything else unchanged. */
export function neutralise(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * The reverse of neutralise, for reading our own export back: "'=SOM(A1)" is
 * "=SOM(A1)" again. Only a quote before a formula-like text is removed, so a
 * text that merely starts with a quote ("'t Gooi") is left alone.
 */
export function restore(text: string): string {
  return text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}
