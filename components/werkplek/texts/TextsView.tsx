import type { ReactNode } from "react";
import type { TextField, TextQuestion } from "@/lib/text/questions";

/** One subject's texts, read-only: for who may read but not write, and for a document that is no longer open. */
export function TextsView({ questions, previews }: { questions: TextQuestion[]; previews: Partial<Record<TextField, ReactNode>> }) {
  return (
    <dl className="pm-texts-view">
      {questions.map((q) => (
        <div key={q.field}>
          <dt>{q.label}</dt>
          <dd>{previews[q.field] ?? <span className="pm-muted">(geen tekst)</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
