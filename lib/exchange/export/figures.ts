import "server-only";
import { listProgrammesInDocument } from "@/lib/programme/data";
import { listEntryIndicators, listEntryLines, type EntryIndicatorDto, type EntryLineDto } from "@/lib/review/data";
import { ownStage } from "@/lib/review/cycle";
import { loadDocumentContext, documentSlug } from "@/lib/review/loaders";
import { UNIT_LABELS } from "@/lib/structure/indicator-schema";
import { figureTables, type FigureIndicatorRow, type FigureLineRow } from "../layout/figures";
import type { TableData } from "../table";

// The "cijfers" export of one document: every figure it owns, programme by
// programme, read through the same loaders (and so the same visibility rules)
// as the programme form. One programme after another: a document has tens of
// programmes at most, and one connection suffices.

export interface FigureExport {
  fileStem: string;
  about: { title: string; lines: [string, string][] };
  tables: TableData[];
}

const unitOf = (i: EntryIndicatorDto["indicator"]) => i.unitLabel ?? UNIT_LABELS[i.unit].replace(/ \(.*\)$/, "");
const goalOf = (code: string | null, title: string | null) => [code, title].filter(Boolean).join(" ") || null;

function indicatorRow(programme: string, r: EntryIndicatorDto): FigureIndicatorRow {
  return {
    key: r.indicator.key,
    programme,
    goal: goalOf(r.indicator.goalCode, r.indicator.goalTitle),
    name: r.indicator.name,
    unit: unitOf(r.indicator),
    dimension: r.dimensionValue,
    year: r.year,
    target: r.target?.value ?? null,
    value: r.value,
    periodLabel: r.periodLabel,
    explanation: r.explanation,
  };
}

function lineRow(programme: string, r: EntryLineDto): FigureLineRow {
  return { key: r.key, programme, category: r.category, functionCode: r.functionCode, label: r.label, budget: r.budget?.amount ?? null, amount: r.amount, explanation: r.explanation };
}

export async function loadFigureExport(slug: string, year: number, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { scope, municipality, document } = context.data;
  const programmes = await listProgrammesInDocument(scope, document.id);
  const indicators: FigureIndicatorRow[] = [];
  const lines: FigureLineRow[] = [];
  for (const p of programmes) {
    for (const r of await listEntryIndicators(scope, document, p.id)) indicators.push(indicatorRow(p.number, r));
    for (const r of await listEntryLines(scope, document, p.id)) lines.push(lineRow(p.number, r));
  }
  const data: FigureExport = {
    fileStem: `${municipality.slug}-${document.year}-${documentSlug(document)}-cijfers`,
    about: {
      title: `${document.title} — cijfers`,
      lines: [
        ["Gemeente", municipality.name],
        ["CBS-code", municipality.cbsCode],
        ["Document", document.title],
        ["Jaar", String(document.year)],
        ["Soort bestand", "cijfers"],
        ["Gemaakt op", new Date().toISOString().slice(0, 19).replace("T", " ") + " UTC"],
        ["Uitleg", "Vul alleen de open kolommen in. Laat de kolom Sleutel staan: daarmee vindt de import elk cijfer terug."],
      ],
    },
    tables: figureTables(ownStage(document), indicators, lines),
  };
  return { kind: "ok" as const, data };
}
