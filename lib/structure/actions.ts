"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { authorizedAction, type AuthorizedServerAction } from "@/lib/auth/action";
import { formState, type FormOutcome, type FormState } from "@/lib/forms/state";
import { previousSeq } from "@/lib/review/form-state";
import { findActivityResource, findStructureDocumentResource } from "./data";
import { createProgramme, deleteProgramme, editProgramme, moveProgramme, retireProgramme, type Done, type Refused, type WriteContext } from "./mutations";
import { addActivity, addGoal, deleteActivity, deleteGoal, editActivity, editGoal, moveGoal, reorderActivity, reorderGoal, retireGoal } from "./tree/mutations";
import {
  addActivitySchema,
  addGoalSchema,
  createProgrammeSchema,
  deleteActivitySchema,
  editActivitySchema,
  editGoalSchema,
  editProgrammeSchema,
  moveGoalSchema,
  moveProgrammeSchema,
  removeGoalSchema,
  removeProgrammeSchema,
  reorderActivitySchema,
  reorderGoalSchema,
} from "./schema";

// Server Actions of the structure editor. `can` lets a controller or beheerder
// of the municipality change the structure of a CONCEPT document (the resource
// carries the document's status, read from the database); whether the change
// keeps the tree valid is decided inside the mutation's transaction.

function outcome(result: Done | Refused): FormOutcome {
  revalidatePath("/werkplek", "layout");
  return result.outcome === "refused" ? { refused: result.message, fieldErrors: result.fieldErrors } : { message: result.message };
}

type Mutation<I> = (input: I, ctx: WriteContext) => Promise<Done | Refused>;

/** A structure write on a document: the resource is the document (its municipality and status). */
function onDocument<S extends z.ZodType<{ documentId: string }>>(schema: S, mutation: Mutation<z.output<S>>) {
  return authorizedAction(
    { schema, action: "structure.edit", resource: (input) => findStructureDocumentResource(input.documentId) },
    async (input, { user, municipalityId }) => outcome(await mutation(input, { userId: user.id, municipalityId })),
  );
}

/** A write on an activity: the resource is the document the activity belongs to. */
function onActivity<S extends z.ZodType<{ activityId: string }>>(schema: S, mutation: Mutation<z.output<S>>) {
  return authorizedAction(
    { schema, action: "structure.edit", resource: (input) => findActivityResource(input.activityId) },
    async (input, { user, municipalityId }) => outcome(await mutation(input, { userId: user.id, municipalityId })),
  );
}

export const createProgrammeAction = onDocument(createProgrammeSchema, createProgramme);
export const editProgrammeAction = onDocument(editProgrammeSchema, editProgramme);
export const moveProgrammeAction = onDocument(moveProgrammeSchema, moveProgramme);
export const retireProgrammeAction = onDocument(removeProgrammeSchema, retireProgramme);
export const deleteProgrammeAction = onDocument(removeProgrammeSchema, deleteProgramme);

export const addGoalAction = onDocument(addGoalSchema, addGoal);
export const editGoalAction = onDocument(editGoalSchema, editGoal);
export const reorderGoalAction = onDocument(reorderGoalSchema, reorderGoal);
export const moveGoalAction = onDocument(moveGoalSchema, moveGoal);
export const retireGoalAction = onDocument(removeGoalSchema, retireGoal);
export const deleteGoalAction = onDocument(removeGoalSchema, deleteGoal);

export const addActivityAction = onDocument(addActivitySchema, addActivity);
export const editActivityAction = onActivity(editActivitySchema, editActivity);
export const reorderActivityAction = onActivity(reorderActivitySchema, reorderActivity);
export const deleteActivityAction = onActivity(deleteActivitySchema, deleteActivity);

// ---------------------------------------------------------------- form adapters (forms work without JavaScript)

/** Every typed text field, so a refusal puts back exactly what was typed. */
function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  return values;
}

async function run(action: AuthorizedServerAction<never, FormOutcome>, previous: FormState, formData: FormData): Promise<FormState> {
  return formState(previousSeq(previous), await action(formData), typedValues(formData));
}

export async function createProgrammeForm(previous: FormState, formData: FormData) {
  return run(createProgrammeAction, previous, formData);
}
export async function editProgrammeForm(previous: FormState, formData: FormData) {
  return run(editProgrammeAction, previous, formData);
}
export async function moveProgrammeForm(previous: FormState, formData: FormData) {
  return run(moveProgrammeAction, previous, formData);
}
export async function retireProgrammeForm(previous: FormState, formData: FormData) {
  return run(retireProgrammeAction, previous, formData);
}
export async function deleteProgrammeForm(previous: FormState, formData: FormData) {
  return run(deleteProgrammeAction, previous, formData);
}
export async function addGoalForm(previous: FormState, formData: FormData) {
  return run(addGoalAction, previous, formData);
}
export async function editGoalForm(previous: FormState, formData: FormData) {
  return run(editGoalAction, previous, formData);
}
export async function reorderGoalForm(previous: FormState, formData: FormData) {
  return run(reorderGoalAction, previous, formData);
}
export async function moveGoalForm(previous: FormState, formData: FormData) {
  return run(moveGoalAction, previous, formData);
}
export async function retireGoalForm(previous: FormState, formData: FormData) {
  return run(retireGoalAction, previous, formData);
}
export async function deleteGoalForm(previous: FormState, formData: FormData) {
  return run(deleteGoalAction, previous, formData);
}
export async function addActivityForm(previous: FormState, formData: FormData) {
  return run(addActivityAction, previous, formData);
}
export async function editActivityForm(previous: FormState, formData: FormData) {
  return run(editActivityAction, previous, formData);
}
export async function reorderActivityForm(previous: FormState, formData: FormData) {
  return run(reorderActivityAction, previous, formData);
}
export async function deleteActivityForm(previous: FormState, formData: FormData) {
  return run(deleteActivityAction, previous, formData);
}
