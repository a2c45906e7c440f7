import "server-only";
// The begrotingswijziging a transcription needs when its source printed a
// "begroting na wijziging" without listing the wijzigingen (decision 009 §5):
// one adopted, unspecified record per printing document and year carries,
// per line, the printed na-wijziging minus the printed primitieve begroting,
// so the computed na-wijziging equals the printed one on every line.
import type { Db } from "@/lib/db";
import { UNSPECIFIED_AMENDMENT_REASON } from "@/lib/cycle/amended-budget";

export function unspecifiedAmendmentNumber(printingTitle: string): string {
  return `zoals gedrukt in ${printingTitle}`;
}

export async function upsertUnspecifiedAmendment(
  db: Db,
  input: {
    municipalityId: string;
    year: number;
    printing: { id: string; title: string };
    sourceId: string | null;
    sourceLocation: string | null;
  },
) {
  const number = unspecifiedAmendmentNumber(input.printing.title);
  const data = {
    date: null,
    authority: null,
    decisionReference: null,
    reason: UNSPECIFIED_AMENDMENT_REASON,
    status: "VASTGESTELD" as const,
    documentId: input.printing.id,
    unspecified: true,
    sourceId: input.sourceId,
    sourceLocation: input.sourceLocation,
  };
  return db.budgetAmendment.upsert({
    where: { municipalityId_year_number: { municipalityId: input.municipalityId, year: input.year, number } },
    create: { municipalityId: input.municipalityId, year: input.year, number, ...data },
    update: data,
    select: { id: true },
  });
}

export async function setAmendmentLine(
  db: Db,
  input: { amendmentId: string; budgetLineId: string; delta: bigint; sourceLocation: string | null },
) {
  const { amendmentId, budgetLineId, ...data } = input;
  return db.budgetAmendmentLine.upsert({
    where: { amendmentId_budgetLineId: { amendmentId, budgetLineId } },
    create: { amendmentId, budgetLineId, ...data },
    update: data,
    select: { id: true },
  });
}
