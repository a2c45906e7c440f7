import { describe, expect, it } from "vitest";
import { addActivitySchema, addGoalSchema, createProgrammeSchema, editActivitySchema } from "./schema";

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("structure inputs", () => {
  it("takes a programme number as printed, never one that breaks an address", () => {
    expect(createProgrammeSchema.parse({ documentId: "d", number: " 2.4 ", name: " Wonen " })).toEqual({ documentId: "d", number: "2.4", name: "Wonen" });
    expect(fieldErrors(createProgrammeSchema.safeParse({ documentId: "d", number: "3/4", name: "" }))).toEqual({
      number: "Een programmanummer bestaat uit cijfers, letters, punten of streepjes, bijvoorbeeld 3 of 2.4",
      name: "Vul de naam van het programma in",
    });
  });

  it("reads an empty code, parent, goal or status from a form as none", () => {
    expect(addGoalSchema.parse({ documentId: "d", programmeId: "p", level: "GENERAL", parentId: "", code: "", title: "Goed wonen" })).toMatchObject({ parentId: null, code: null });
    expect(addActivitySchema.parse({ documentId: "d", programmeId: "p", goalId: "", code: "", title: "Woonvisie", status: "" })).toMatchObject({ goalId: null, code: null, status: null });
  });

  it("refuses an unknown level or status in Dutch", () => {
    expect(fieldErrors(addGoalSchema.safeParse({ documentId: "d", programmeId: "p", level: "TOP", title: "x" }))).toEqual({
      level: "Kies het niveau: algemene doelstelling, doelstelling of subdoel",
    });
    expect(fieldErrors(editActivitySchema.safeParse({ activityId: "a", version: "1", title: "x", status: "KLAAR" }))).toEqual({ status: "Kies een status uit de lijst" });
  });
});
