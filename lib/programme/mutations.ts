import "server-only";
import type { Db } from "@/lib/db";
import type { GoalLevel } from "@/lib/generated/prisma/enums";

interface Provenance {
  sourceId?: string | null;
  sourceLocation?: string | null;
}

/** Texts are reviewed per report row (decision 011); a transcription's were printed, so approved. */
interface Reviewed {
  reviewStatus?: "CONCEPT" | "INGEDIEND" | "GOEDGEKEURD" | "TERUGGESTUURD";
}

export async function upsertProgramme(
  db: Db,
  input: { municipalityId: string; number: string; name: string; sortOrder?: number },
) {
  const { municipalityId, number, ...data } = input;
  return db.programme.upsert({
    where: { municipalityId_number: { municipalityId, number } },
    create: { municipalityId, number, ...data },
    update: data,
  });
}

export async function createProgrammeReport(
  db: Db,
  input: {
    documentId: string;
    programmeId: string;
    printedTitle?: string | null;
    introduction?: string | null;
    sortOrder?: number;
  } & Provenance &
    Reviewed,
) {
  return db.programmeReport.create({ data: input });
}

/**
 * Finds a goal by code within its programme; goals without a printed code
 * (an algemene doelstelling) are matched on level and title instead, since
 * PostgreSQL does not treat NULL codes as equal in the unique index.
 */
export async function upsertGoal(
  db: Db,
  input: {
    programmeId: string;
    parentId: string | null;
    level: GoalLevel;
    code: string | null;
    title: string;
    sortOrder: number;
  },
) {
  const existing = input.code
    ? await db.goal.findUnique({ where: { programmeId_code: { programmeId: input.programmeId, code: input.code } } })
    : await db.goal.findFirst({
        where: { programmeId: input.programmeId, code: null, level: input.level, title: input.title },
      });
  if (existing) return db.goal.update({ where: { id: existing.id }, data: input });
  return db.goal.create({ data: input });
}

export async function createGoalReport(
  db: Db,
  input: {
    documentId: string;
    goalId: string;
    intended?: string | null;
    achieved?: string | null;
    done?: string | null;
    financeExplanation?: string | null;
  } & Provenance &
    Reviewed,
) {
  return db.goalReport.create({ data: input });
}

export async function createActivity(
  db: Db,
  input: {
    documentId: string;
    programmeId: string;
    goalId?: string | null;
    code?: string | null;
    title: string;
    description?: string | null;
    achieved?: string | null;
    done?: string | null;
    status?: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "DELAYED" | "CANCELLED" | null;
    sortOrder: number;
  } & Provenance &
    Reviewed,
) {
  return db.activity.create({ data: input });
}

export async function createSection(
  db: Db,
  input: {
    documentId: string;
    programmeId?: string | null;
    goalId?: string | null;
    heading: string;
    body: string;
    sortOrder: number;
  } & Provenance,
) {
  return db.documentSection.create({ data: input });
}
