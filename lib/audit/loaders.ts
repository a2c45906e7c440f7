import "server-only";
import { loadMemberContext, documentSlug, type Load } from "@/lib/review/loaders";
import { findFigureSubject, listEntityHistory, type FigureSubject } from "./data";
import { presentChanges, type ChangeRow } from "./format";
import { workplaceProgrammeHref } from "@/lib/routes";
import { auditEntityTypes, figureKindOfHistorySegment } from "@/lib/figure-kinds";

// The "geschiedenis" of one figure: who changed what, when, from what to
// what, and why. Readable by everyone who may read the municipality's concept
// data; a figure of another municipality is "not found".


export interface FigureHistory {
  municipality: { name: string; slug: string };
  subject: FigureSubject;
  programmeHref: string;
  entries: ChangeRow[];
}

export async function loadFigureHistory(slug: string, segment: string, id: string): Promise<Load<FigureHistory>> {
  const kind = figureKindOfHistorySegment(segment);
  if (!kind) return { kind: "notfound" };
  const member = await loadMemberContext(slug);
  if (member.kind !== "ok") return member;
  const { scope, municipality } = member.data;
  const subject = await findFigureSubject(scope.municipalityId, kind, id);
  if (!subject) return { kind: "notfound" };
  const entries = await listEntityHistory(scope.municipalityId, auditEntityTypes(kind), id);
  const format = subject.unit ? { unit: subject.unit, decimals: subject.decimals, unitLabel: subject.unitLabel } : null;
  return {
    kind: "ok",
    data: {
      municipality: { name: municipality.name, slug: municipality.slug },
      subject,
      programmeHref: `${workplaceProgrammeHref(municipality.slug, subject.year, subject.programmeNumber)}?stuk=${documentSlug({ kind: subject.kindOfDocument, sequence: subject.sequenceOfDocument })}`,
      entries: presentChanges(entries, new Map([[id, { title: subject.title, format }]])),
    },
  };
}
