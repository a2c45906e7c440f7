/**
 * The sheets writeWorkbook adds around the tables. readWorkbook leaves them
 * out, so importing our own export back reads only the tables.
 */
export const ABOUT_SHEET_NAME = "Over dit bestand";
/** Visible and locked: lists too long for an inline drop-down (we write no hidden sheets). */
export const LISTS_SHEET_NAME = "Keuzelijsten";

export const AUXILIARY_SHEETS: ReadonlySet<string> = new Set([ABOUT_SHEET_NAME, LISTS_SHEET_NAME]);
