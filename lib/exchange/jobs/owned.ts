import "server-only";
import type { MemberScope } from "@/lib/auth/scope";
import { listProgrammesInDocument } from "@/lib/programme/data";
import { listEntryIndicators, listEntryLines, type EntryDocument } from "@/lib/review/data";
import type { OwnedIndicatorFigure, OwnedLineFigure } from "../figures/match";

/**
 * Every figure a document owns, as the import matches them: through the
 * programme form's loaders, so what the file may touch is what the form shows.
 * Also the programmes' numbers, for messages.
 */
export async function readOwnedFigures(scope: MemberScope, document: EntryDocument) {
  const programmes = await listProgrammesInDocument(scope, document.id);
  const indicators: OwnedIndicatorFigure[] = [];
  const lines: OwnedLineFigure[] = [];
  for (const p of programmes) {
    for (const r of await listEntryIndicators(scope, document, p.id)) {
      indicators.push({ id: r.id, version: r.version, programmeId: p.id, key: r.indicator.key, dimension: r.dimensionValue, year: r.year, name: r.indicator.name, value: r.value, explanation: r.explanation, periodLabel: r.periodLabel });
    }
    for (const r of await listEntryLines(scope, document, p.id)) {
      lines.push({ id: r.id, version: r.version, programmeId: p.id, key: r.key, label: r.label, amount: r.amount, explanation: r.explanation });
    }
  }
  return { programmes: new Map(programmes.map((p) => [p.id, p.number])), indicators, lines };
}
