import { describe, expect, it } from "vitest";
import { asksTexts, editableFields, questionsFor } from "./questions";

const labels = (qs: { label: string }[]) => qs.map((q) => q.label);

describe("text questions per document kind", () => {
  it("a begroting asks wat willen we bereiken, wat gaan we daarvoor doen, wat mag het kosten", () => {
    expect(questionsFor("BEGROTING", "goal").map((q) => [q.field, q.label, q.mode])).toEqual([
      ["intended", "Wat willen we bereiken?", "edit"],
      ["planned", "Wat gaan we daarvoor doen?", "edit"],
      ["financeExplanation", "Wat mag het kosten?", "edit"],
    ]);
  });

  it("the jaarstukken show the begroting's intention read-only and ask what was achieved, done and spent", () => {
    expect(questionsFor("JAARSTUKKEN", "goal").map((q) => [q.field, q.label, q.mode])).toEqual([
      ["intended", "Wat wilden we bereiken?", "shown"],
      ["achieved", "Wat hebben we bereikt?", "edit"],
      ["done", "Wat hebben we daarvoor gedaan?", "edit"],
      ["financeExplanation", "Wat heeft het gekost?", "edit"],
    ]);
    expect(editableFields("JAARSTUKKEN", "goal")).toEqual(["achieved", "done", "financeExplanation"]);
  });

  it("a bestuursrapportage only asks a toelichting on exceptions", () => {
    expect(editableFields("BESTUURSRAPPORTAGE", "goal")).toEqual(["financeExplanation"]);
    expect(labels(questionsFor("BESTUURSRAPPORTAGE", "goal"))).toContain("Toelichting op afwijkingen");
    expect(asksTexts("BESTUURSRAPPORTAGE", "activity")).toBe(false);
  });

  it("activities: a description in the begroting, what was achieved and done in the jaarstukken", () => {
    expect(editableFields("BEGROTING", "activity")).toEqual(["description"]);
    expect(editableFields("JAARSTUKKEN", "activity")).toEqual(["achieved", "done"]);
  });

  it("a programme writes its introduction, and the W-answers itself only when it has no goals", () => {
    expect(editableFields("BEGROTING", "programme", { hasGoals: true })).toEqual(["introduction"]);
    expect(editableFields("BEGROTING", "programme", { hasGoals: false })).toEqual(["introduction", "intended", "planned", "financeExplanation"]);
  });
});
