/**
 * Text that a spreadsheet would run as a formula when the file is opened
 * (OWASP "CSV injection"): a cell starting with = + - @, or with a tab or CR
 * (which some programs skip before such a character). Such text gets a
 * leading apostrophe in CSV; an .xlsx writes every text as a string cell.
 * Numbers are never text here, so "-12" as a number is untouched. Pure.
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

export function neutralise(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
