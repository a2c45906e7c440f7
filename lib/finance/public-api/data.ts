import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import type { ReadingDocumentArg } from "@/lib/document/data";
import { getDocumentFinance, getProgrammeFinance, type FinancialLineDto, type PrintedFigureDto, type ProgrammeFinanceDto } from "../data";

// Reads for the open data API: the financial lines and printed figures of a
// whole document at once (the programme list needs every programme's totals),
// each carrying the title of its own source, because the API states
// provenance per figure. The same fixed-count read as the public pages.

export interface SourcedLine extends FinancialLineDto {
  programmeId: string;
}

export interface SourcedPrintedFigure extends PrintedFigureDto {
  programmeId: string;
}

export interface DocumentFinance {
  lines: SourcedLine[];
  printed: SourcedPrintedFigure[];
}

export async function listDocumentFinance(scope: ReadScope, document: ReadingDocumentArg, programmeId?: string): Promise<DocumentFinance> {
  const perProgramme: [string, ProgrammeFinanceDto][] =
    programmeId === undefined
      ? [...(await getDocumentFinance(scope, document)).entries()]
      : [[programmeId, await getProgrammeFinance(scope, document, programmeId)]];
  return {
    lines: perProgramme.flatMap(([id, f]) => f.lines.map((l) => ({ ...l, programmeId: id }))),
    printed: perProgramme.flatMap(([id, f]) => f.printed.map((p) => ({ ...p, programmeId: id }))),
  };
}
