/**
 * Which texts a document kind asks for, per subject (decision 011): the
 * W-questions map onto fixed columns whatever the kind, and this table says
 * which columns a kind asks, with the question as the municipality prints it.
 *
 * - begroting: wat willen we bereiken / wat gaan we daarvoor doen / wat mag het kosten;
 * - jaarstukken: the begroting's "wat wilden we bereiken" shown read-only, then
 *   wat hebben we bereikt / gedaan / wat heeft het gekost;
 * - bestuursrapportage: only the exceptions need a text — one toelichting on
 *   what deviates from the begroting, with the begroting's intention beside it.
 *
 * Pure and isomorphic.
 */

export type DocumentKind = "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN";
export type TextSubject = "programme" | "goal" | "activity";

/** Every text column of ProgrammeReport, GoalReport and Activity. */
export const TEXT_FIELDS = ["introduction", "intended", "planned", "achieved", "done", "financeExplanation", "description"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface TextQuestion {
  field: TextField;
  label: string;
  /** "edit": asked in this document; "shown": carried from the begroting, read-only here. */
  mode: "edit" | "shown";
  /** A short line under the label when the question needs one. */
  hint?: string;
}

const edit = (field: TextField, label: string, hint?: string): TextQuestion => ({ field, label, mode: "edit", ...(hint ? { hint } : {}) });
const shown = (field: TextField, label: string): TextQuestion => ({ field, label, mode: "shown" });

const GOAL_QUESTIONS: Record<DocumentKind, TextQuestion[]> = {
  BEGROTING: [
    edit("intended", "Wat willen we bereiken?"),
    edit("planned", "Wat gaan we daarvoor doen?"),
    edit("financeExplanation", "Wat mag het kosten?"),
  ],
  JAARSTUKKEN: [
    shown("intended", "Wat wilden we bereiken?"),
    edit("achieved", "Wat hebben we bereikt?"),
    edit("done", "Wat hebben we daarvoor gedaan?"),
    edit("financeExplanation", "Wat heeft het gekost?"),
  ],
  BESTUURSRAPPORTAGE: [
    shown("intended", "Wat willen we bereiken?"),
    edit(
      "financeExplanation",
      "Toelichting op afwijkingen",
      "Alleen invullen bij een afwijking van de begroting, in beleid of in geld. Loopt alles volgens plan, laat dit dan leeg.",
    ),
  ],
};

const ACTIVITY_QUESTIONS: Record<DocumentKind, TextQuestion[]> = {
  BEGROTING: [edit("description", "Omschrijving")],
  JAARSTUKKEN: [shown("description", "Omschrijving"), edit("achieved", "Wat hebben we bereikt?"), edit("done", "Wat hebben we daarvoor gedaan?")],
  BESTUURSRAPPORTAGE: [shown("description", "Omschrijving")],
};

const INTRODUCTION = edit("introduction", "Inleiding", "Een korte inleiding op het programma.");

/**
 * The questions of one subject in a document of this kind. A programme
 * answers the W-questions itself only when it has no goals in the document
 * (municipalities that report per programme); otherwise its goals do.
 */
export function questionsFor(kind: DocumentKind, subject: TextSubject, options: { hasGoals?: boolean } = {}): TextQuestion[] {
  switch (subject) {
    case "goal":
      return GOAL_QUESTIONS[kind];
    case "activity":
      return ACTIVITY_QUESTIONS[kind];
    case "programme":
      return options.hasGoals === false ? [INTRODUCTION, ...GOAL_QUESTIONS[kind]] : [INTRODUCTION];
  }
}

/** The columns a save of this subject may write: never a "shown" one, whatever a form posts. */
export function editableFields(kind: DocumentKind, subject: TextSubject, options: { hasGoals?: boolean } = {}): TextField[] {
  return questionsFor(kind, subject, options)
    .filter((q) => q.mode === "edit")
    .map((q) => q.field);
}

/** Whether a subject asks anything in this document (a bestuursrapportage asks nothing of an activity). */
export function asksTexts(kind: DocumentKind, subject: TextSubject, options: { hasGoals?: boolean } = {}): boolean {
  return editableFields(kind, subject, options).length > 0;
}

/** What the public page prints above a text, as municipalities print it (kept as the pages had it). */
export const PUBLIC_TEXT_LABELS = {
  intended: "Wat willen we bereiken?",
  planned: "Wat gaan we daarvoor doen?",
  achieved: "Wat hebben we bereikt?",
  done: "Wat hebben we daarvoor gedaan?",
  financeExplanation: "Financiën op hoofdlijnen",
} as const satisfies Partial<Record<TextField, string>>;
