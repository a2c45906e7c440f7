/**
 * Inputs of the structure editor (issue 10, decision 011): programmes, the
 * goal tree and activities of one concept document. One schema per input,
 * shared by the forms and the Server Actions. Isomorphic: no Prisma.
 */
import { z } from "zod";
import { nameText } from "@/lib/validation/fields";
import { recordIdSchema, versionSchema } from "@/lib/indicator/schema";

export const MAX_PROGRAMME_NUMBER_LENGTH = 20;
export const MAX_CODE_LENGTH = 20;
export const MAX_TITLE_LENGTH = 300;

export const GOAL_LEVELS = ["GENERAL", "GOAL", "SUBGOAL"] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

export const GOAL_LEVEL_LABELS: Record<GoalLevel, string> = {
  GENERAL: "Algemene doelstelling",
  GOAL: "Doelstelling",
  SUBGOAL: "Subdoel",
};

export const ACTIVITY_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DELAYED", "CANCELLED"] as const;
export type ActivityStatusValue = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatusValue, string> = {
  NOT_STARTED: "Nog niet gestart",
  IN_PROGRESS: "Loopt",
  COMPLETED: "Afgerond",
  DELAYED: "Vertraagd",
  CANCELLED: "Vervallen",
};

const documentId = recordIdSchema("document", "het");
const programmeId = recordIdSchema("programma", "het");
const goalId = recordIdSchema("doel", "het");
const activityId = recordIdSchema("activiteit");

/** "3", "2.4", "4.2.1": what a municipality prints; no spaces or slashes, it becomes part of an address. */
const programmeNumber = nameText({
  max: MAX_PROGRAMME_NUMBER_LENGTH,
  tooLong: `Een programmanummer mag maximaal ${MAX_PROGRAMME_NUMBER_LENGTH} tekens lang zijn`,
  missing: "Vul het nummer van het programma in",
})
  .pipe(z.string().min(1, { error: "Vul het nummer van het programma in, bijvoorbeeld 3 of 2.4" }))
  .pipe(z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, { error: "Een programmanummer bestaat uit cijfers, letters, punten of streepjes, bijvoorbeeld 3 of 2.4" }));

const title = (missing: string) =>
  nameText({ max: MAX_TITLE_LENGTH, tooLong: `Een naam mag maximaal ${MAX_TITLE_LENGTH} tekens lang zijn`, missing }).pipe(
    z.string().min(1, { error: missing }),
  );

/** An optional printed code ("6.1"); empty means none. */
const optionalCode = nameText({ max: MAX_CODE_LENGTH, tooLong: `Een code mag maximaal ${MAX_CODE_LENGTH} tekens lang zijn`, missing: "Vul een code in of laat het veld leeg" })
  .default("")
  .transform((code) => (code === "" ? null : code));

/** An optional record id from a select ("" means none). */
const optionalId = (what: string) =>
  z
    .string({ error: `Onbekend ${what}` })
    .trim()
    .max(64, { error: `Onbekend ${what}` })
    .default("")
    .transform((id) => (id === "" ? null : id));

const direction = z.enum(["up", "down"], { error: "Kies omhoog of omlaag" });

// ---------------------------------------------------------------- programmes

export const createProgrammeSchema = z.object({
  documentId,
  number: programmeNumber,
  name: title("Vul de naam van het programma in"),
});

export const editProgrammeSchema = z.object({
  documentId,
  programmeId,
  number: programmeNumber,
  name: title("Vul de naam van het programma in"),
});

export const moveProgrammeSchema = z.object({ documentId, programmeId, direction });
export const removeProgrammeSchema = z.object({ documentId, programmeId });

// ---------------------------------------------------------------- goals

export const addGoalSchema = z.object({
  documentId,
  programmeId,
  level: z.enum(GOAL_LEVELS, { error: "Kies het niveau: algemene doelstelling, doelstelling of subdoel" }),
  parentId: optionalId("bovenliggend doel"),
  code: optionalCode,
  title: title("Vul de naam van het doel in"),
});

export const editGoalSchema = z.object({
  documentId,
  goalId,
  code: optionalCode,
  title: title("Vul de naam van het doel in"),
});

export const reorderGoalSchema = z.object({ documentId, goalId, direction });

export const moveGoalSchema = z.object({
  documentId,
  goalId,
  /** The new parent; empty: the top of the programme's tree. */
  parentId: optionalId("bovenliggend doel"),
});

export const removeGoalSchema = z.object({ documentId, goalId });

// ---------------------------------------------------------------- activities

const activityStatus = z
  .union([z.enum(ACTIVITY_STATUSES), z.literal("")], { error: "Kies een status uit de lijst" })
  .default("")
  .transform((status) => (status === "" ? null : status));

export const addActivitySchema = z.object({
  documentId,
  programmeId,
  goalId: optionalId("doel"),
  code: optionalCode,
  title: title("Vul de naam van de activiteit in"),
  status: activityStatus,
});

export const editActivitySchema = z.object({
  activityId,
  /** The version the user saw: the texts helper saves the same row. */
  version: versionSchema,
  goalId: optionalId("doel"),
  code: optionalCode,
  title: title("Vul de naam van de activiteit in"),
  status: activityStatus,
});

export const reorderActivitySchema = z.object({ activityId, direction });
export const deleteActivitySchema = z.object({ activityId, version: versionSchema });

export type CreateProgrammeInput = z.output<typeof createProgrammeSchema>;
export type EditProgrammeInput = z.output<typeof editProgrammeSchema>;
export type MoveProgrammeInput = z.output<typeof moveProgrammeSchema>;
export type RemoveProgrammeInput = z.output<typeof removeProgrammeSchema>;
export type AddGoalInput = z.output<typeof addGoalSchema>;
export type EditGoalInput = z.output<typeof editGoalSchema>;
export type ReorderGoalInput = z.output<typeof reorderGoalSchema>;
export type MoveGoalInput = z.output<typeof moveGoalSchema>;
export type RemoveGoalInput = z.output<typeof removeGoalSchema>;
export type AddActivityInput = z.output<typeof addActivitySchema>;
export type EditActivityInput = z.output<typeof editActivitySchema>;
export type ReorderActivityInput = z.output<typeof reorderActivitySchema>;
export type DeleteActivityInput = z.output<typeof deleteActivitySchema>;
export type Direction = z.output<typeof direction>;
