import type { ReactNode } from "react";
import { Markup } from "@/lib/text/markup";
import type { TextRow } from "@/lib/text/data";
import type { TextField, TextQuestion } from "@/lib/text/questions";
import { TextState } from "./TextState";
import { TextsForm } from "./TextsForm";
import { TextsView } from "./TextsView";

/** Every saved text rendered by the one renderer, on the server: the form's preview and the read-only view. */
export function renderedTexts(row: Pick<TextRow, "values">, questions: TextQuestion[]): Partial<Record<TextField, ReactNode>> {
  return Object.fromEntries(questions.filter((q) => row.values[q.field]).map((q) => [q.field, <Markup key={q.field} text={row.values[q.field]} />]));
}

/** One subject's texts on the texts page: their state, and the form for who may write or the texts for who may read. */
export function TextsBlock({ row, title, questions, mayEdit, maySubmit }: { row: TextRow; title: string; questions: TextQuestion[]; mayEdit: boolean; maySubmit: boolean }) {
  const previews = renderedTexts(row, questions);
  return (
    <>
      <TextState status={row.reviewStatus} updatedBy={row.updatedBy} carriedFrom={row.carriedFrom} reviewComment={row.reviewComment} />
      {mayEdit ? (
        <TextsForm row={row} title={title} questions={questions} previews={previews} maySubmit={maySubmit} />
      ) : (
        <TextsView questions={questions} previews={previews} />
      )}
    </>
  );
}
