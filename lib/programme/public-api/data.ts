import "server-only";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/auth/scope";
import { documentWhere } from "@/lib/auth/visibility";

// The open data API states the source of every text and figure. The goal tree
// and activities come from ../data.ts, whose DTOs carry the location but not
// the source's title; this adds the titles without duplicating those reads.

export interface ProgrammeSourceTitles {
  /** goalId -> title of the source of that goal's report in this document. */
  goals: Map<string, string>;
  /** activityId -> title of its source. */
  activities: Map<string, string>;
}

export async function listProgrammeSourceTitles(
  scope: ReadScope,
  documentId: string,
  programmeId: string,
): Promise<ProgrammeSourceTitles> {
  const [goalReports, activities] = await Promise.all([
    db().goalReport.findMany({
      where: { documentId, document: documentWhere(scope), goal: { programmeId }, source: { isNot: null } },
      select: { goalId: true, source: { select: { title: true } } },
    }),
    db().activity.findMany({
      where: { documentId, programmeId, document: documentWhere(scope), source: { isNot: null } },
      select: { id: true, source: { select: { title: true } } },
    }),
  ]);
  const titles = <T>(rows: T[], key: (row: T) => string, title: (row: T) => string | undefined) =>
    new Map(rows.flatMap((row) => (title(row) ? [[key(row), title(row)!] as const] : [])));
  return {
    goals: titles(goalReports, (r) => r.goalId, (r) => r.source?.title),
    activities: titles(activities, (r) => r.id, (r) => r.source?.title),
  };
}
