/**
 * The file-neutral shape every import and export passes through (decision
 * 012): a file is a set of tables, a table a header and rows of plain cell
 * values. The xlsx and CSV adapters read and write tables; lib/exchange/layout
 * maps tables to and from import rows. Pure and isomorphic.
 */

/** What a cell holds once read: a number only where the file held a real number. */
export type CellValue = string | number | boolean | null;

export type ColumnType = "text" | "integer" | "decimal" | "list" | "boolean";

export interface ColumnSpec {
  /** The header as written in row 1 and recognised on import (case and spacing are ignored). */
  header: string;
  type: ColumnType;
  /** A protected column: the identifier, or a value shown for reference only (streefwaarde, begroting). */
  locked?: boolean;
  /** For "list": the values the cell may take (an Excel drop-down). */
  list?: readonly string[];
  /** For "decimal": the number format's decimals; for "integer" amounts: 0. */
  decimals?: number;
  /** Column width in characters. */
  width?: number;
  /** Shown as the header cell's note: what goes in. */
  note?: string;
}

export interface TableSpec {
  /** Sheet name in a workbook; also the CSV's file name stem. */
  name: string;
  columns: readonly ColumnSpec[];
}

export interface TableRow {
  /** The 1-based row number in the file (the header is row 1), for messages: "rij 12". */
  line: number;
  cells: CellValue[];
}

/** A problem the reader found in one cell; the row is then refused, the file is not. */
export interface CellNote {
  line: number;
  /** 0-based column index into the header. */
  column: number;
  message: string;
}

export interface Table {
  name: string;
  header: string[];
  rows: TableRow[];
  notes: CellNote[];
}

/** What a reader gives back: the tables and, for the whole file, remarks in Dutch (a skipped hidden sheet). */
export interface ReadFile {
  tables: Table[];
  warnings: string[];
}

/** A table to write: its spec and the rows, in spec column order. */
export interface TableData {
  spec: TableSpec;
  rows: CellValue[][];
}

/** The file could not be read at all: a Dutch message for the user; nothing is imported. */
export class ExchangeFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExchangeFileError";
  }
}

/** Bounds on what any reader accepts (decision 012); the job refuses larger uploads before reading. */
export const FILE_LIMITS = {
  /** Upload size of any file. */
  maxUploadBytes: 15 * 1024 * 1024,
  /** xlsx: entries in the zip, and their declared uncompressed size together and each. */
  maxZipEntries: 2_000,
  maxUncompressedBytes: 150 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  /** Rows over all tables of one file (tens of thousands are fine). */
  maxRows: 60_000,
  /** Columns read per table; a sheet with more is refused. */
  maxColumns: 200,
  /** Characters in one cell; Excel's own limit is 32.767. */
  maxCellChars: 10_000,
  /**
   * xlsx: cells, rows and shared strings in the worksheets' XML together,
   * counted while unpacking. exceljs keeps ~300 bytes per cell in memory, so
   * this bounds the model (≈ 600 MB) before it is built; maxRows can only be
   * checked after loading.
   */
  maxCells: 2_000_000,
} as const;
