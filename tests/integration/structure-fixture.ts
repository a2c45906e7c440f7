// A concept begroting (with a meerjarenraming of three years) of a test
// programme of Zoetermeer, in a year the demo does not use, and a controller,
// a beheerder and an advisor — for the indicator and begrotingsposten editors.
// Built with the app's own mutations; every file uses its own year and number.
import { db } from "@/lib/db";
import { withUserResolver, type AuthorizedServerAction } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/auth/result";
import { upsertDocument } from "@/lib/document/mutations";
import { createProgrammeReport, upsertGoal, upsertProgramme } from "@/lib/programme/mutations";
import { removeMembership, setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { setUserDisabled } from "@/lib/accounts/mutations";

const actor = { userId: null, reason: "test structuur" };

export interface StructureFixture {
  year: number;
  municipalityId: string;
  programmeId: string;
  goalId: string;
  /** A goal of another programme: never a valid choice here. */
  foreignGoalId: string;
  documentId: string;
  /** An earlier, vastgestelde begroting: what it reported on is retired, never deleted. */
  earlierDocumentId: string;
  users: { controller: string; beheerder: string; advisor: string };
  memberships: { userId: string; municipalityId: string; role: "CONTROLLER" | "BEHEERDER" | "BELEIDSADVISEUR" }[];
}

export async function buildStructureFixture(year: number, programmeNumber: string): Promise<StructureFixture> {
  const client = db();
  const run = `${year}-${Date.now()}`;
  const z = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
  const existing = await client.programme.findUnique({ where: { municipalityId_number: { municipalityId: z.id, number: programmeNumber } } });
  if (existing && !existing.name.startsWith("Testprogramma structuur")) throw new Error(`programma ${programmeNumber} bestaat al in de demo`);
  const programme = await upsertProgramme(client, { municipalityId: z.id, number: programmeNumber, name: `Testprogramma structuur ${programmeNumber}` });
  const goal = await upsertGoal(client, { programmeId: programme.id, parentId: null, level: "GOAL", code: `${programmeNumber}.1`, title: "Testdoel", sortOrder: 0 });
  const p6 = await client.programme.findUniqueOrThrow({ where: { municipalityId_number: { municipalityId: z.id, number: "6" } }, include: { goals: { take: 1 } } });
  const document = await upsertDocument(client, { municipalityId: z.id, kind: "BEGROTING", year, title: `Testbegroting structuur ${year}`, projectionYears: 3, status: "CONCEPT" });
  const earlier = await upsertDocument(client, { municipalityId: z.id, kind: "BEGROTING", year: year - 1, title: `Testbegroting structuur ${year - 1}`, status: "VASTGESTELD" });
  for (const d of [document, earlier]) await createProgrammeReport(client, { documentId: d.id, programmeId: programme.id, sortOrder: 0 });

  const memberships: StructureFixture["memberships"] = [];
  const user = async (key: string, role: "CONTROLLER" | "BEHEERDER" | "BELEIDSADVISEUR") => {
    const u = await upsertUserByEmail(client, { email: `${key}-${run}@structuur.test`, name: `Test ${key}`, passwordHash: null }, actor);
    await setMembership(client, { userId: u.id, municipalityId: z.id, role, programmeIds: role === "BELEIDSADVISEUR" ? [programme.id] : [] }, actor);
    memberships.push({ userId: u.id, municipalityId: z.id, role });
    return u.id;
  };
  return {
    year,
    municipalityId: z.id,
    programmeId: programme.id,
    goalId: goal.id,
    foreignGoalId: p6.goals[0]!.id,
    documentId: document.id,
    earlierDocumentId: earlier.id,
    users: { controller: await user("controller", "CONTROLLER"), beheerder: await user("beheerder", "BEHEERDER"), advisor: await user("advisor", "BELEIDSADVISEUR") },
    memberships,
  };
}

export async function destroyStructureFixture(f: StructureFixture | undefined) {
  if (!f) return;
  const client = db();
  for (const m of f.memberships) await removeMembership(client, m, actor);
  for (const id of Object.values(f.users)) await setUserDisabled(client, id, true, actor);
  await client.pcDocument.deleteMany({ where: { id: { in: [f.documentId, f.earlierDocumentId] } } });
  // An indicator outlives its programme (SetNull): remove the test's own first.
  await client.indicator.deleteMany({ where: { programmeId: f.programmeId } });
  await client.programme.delete({ where: { id: f.programmeId } });
}

/** The action as a form posts it: every field a string, checked by the action's own schema. */
export function asUser<I, T>(userId: string, action: AuthorizedServerAction<I, T>): (input: Record<string, unknown>) => Promise<ActionResult<T>> {
  const run = withUserResolver(action, () => loadSessionUser(userId));
  return (input) => run(input as I);
}

export function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}
