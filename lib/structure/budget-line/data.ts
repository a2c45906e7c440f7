import "server-only";
import { db } from "@/lib/db";
import type { MunicipalityResource } from "@/lib/auth/permissions";
import type { MemberScope } from "@/lib/auth/scope";
import { findSubjectInDocumentResource, MAX_EDITOR_ROWS } from "../indicator/data";

// Reads of the begrotingsposten editor: the lines of a programme the document
// owns an amount row for (decision 009 §1).

export async function findBudgetLineInDocumentResource(documentId: string, budgetLineId: string): Promise<MunicipalityResource | null> {
  const line = await db().budgetLine.findUnique({ where: { id: budgetLineId }, select: { programmeId: true, municipalityId: true } });
  return findSubjectInDocumentResource(documentId, line);
}

export interface EditorBudgetLine {
  id: string;
  category: "EXPENSES" | "INCOME" | "RESERVE_ADDITION" | "RESERVE_WITHDRAWAL";
  label: string;
  product: string | null;
  functionCode: string | null;
  goalId: string | null;
  goalLabel: string | null;
  incidental: boolean;
  retiredFromYear: number | null;
}

export async function listDocumentBudgetLines(scope: MemberScope, documentId: string, programmeId: string): Promise<EditorBudgetLine[]> {
  const rows = await db().budgetLine.findMany({
    where: { municipalityId: scope.municipalityId, programmeId, figures: { some: { documentId } } },
    orderBy: [{ sortOrder: "asc" }, { label: "asc" }, { id: "asc" }],
    take: MAX_EDITOR_ROWS,
    select: { id: true, category: true, label: true, product: true, functionCode: true, goalId: true, incidental: true, retiredFromYear: true, goal: { select: { code: true, title: true } } },
  });
  return rows.map(({ goal, ...r }) => ({ ...r, goalLabel: goal ? [goal.code, goal.title].filter(Boolean).join(" ") : null }));
}
