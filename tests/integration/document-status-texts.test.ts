// Vaststellen waits for the texts as it waits for the figures (decision 011):
// a document whose texts are submitted, returned, or carried over and never
// revised is not adopted — they would be locked without ever becoming public.
// A fresh concept document in Zoetermeer in a year the demo does not use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unsafeAuthorizeMunicipality } from "@/lib/auth/scope";
import { setDocumentStatus, upsertDocument } from "@/lib/document/mutations";
import { upsertGoal, upsertProgramme } from "@/lib/programme/mutations";

const RUN = `${Date.now()}`;
const Y = 2076;
const f = { municipalityId: "", programmeId: "", goalId: "", documentId: "", reportId: "" };

beforeAll(async () => {
  const client = db();
  const z = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
  f.municipalityId = z.id;
  const existing = await client.programme.findUnique({ where: { municipalityId_number: { municipalityId: z.id, number: "76" } } });
  expect(existing === null || existing.name.startsWith("Testprogramma vaststellen teksten"), "programma 76 bestaat al").toBe(true);
  f.programmeId = (await upsertProgramme(client, { municipalityId: z.id, number: "76", name: "Testprogramma vaststellen teksten", sortOrder: 76 })).id;
  f.goalId = (await upsertGoal(client, { programmeId: f.programmeId, parentId: null, level: "GOAL", code: "76.1", title: "Een doel met teksten", sortOrder: 0 })).id;
  f.documentId = (await upsertDocument(client, { municipalityId: z.id, kind: "JAARSTUKKEN", year: Y, title: `Testjaarstukken ${Y} ${RUN}`, status: "CONCEPT" })).id;
  await client.programmeReport.create({ data: { documentId: f.documentId, programmeId: f.programmeId } });
  f.reportId = (await client.goalReport.create({ data: { documentId: f.documentId, goalId: f.goalId, achieved: "Gehaald.", reviewStatus: "INGEDIEND" } })).id;
});

afterAll(async () => {
  const client = db();
  await client.pcDocument.deleteMany({ where: { municipalityId: f.municipalityId, year: Y } });
  await client.programme.deleteMany({ where: { id: f.programmeId } });
  await client.$disconnect();
});

async function adopt() {
  const { version } = await db().pcDocument.findUniqueOrThrow({ where: { id: f.documentId }, select: { version: true } });
  return setDocumentStatus({
    documentId: f.documentId,
    expectedVersion: version,
    status: "VASTGESTELD",
    reason: null,
    userId: null as unknown as string,
    municipalityId: unsafeAuthorizeMunicipality(f.municipalityId),
  });
}

const REFUSED = "Vaststellen kan nog niet: de teksten van 1 programma, doel of activiteit zijn nog niet goedgekeurd.";

describe("vaststellen and the texts of a document", () => {
  it("is refused while a goal's texts wait for the controller", async () => {
    expect(await adopt()).toEqual({ outcome: "refused", message: REFUSED, fieldErrors: {} });
  });

  it("is refused while they are returned to the advisor", async () => {
    await db().goalReport.update({ where: { id: f.reportId }, data: { reviewStatus: "TERUGGESTUURD" } });
    expect(await adopt()).toEqual({ outcome: "refused", message: REFUSED, fieldErrors: {} });
  });

  it("is refused while they are a carried-over draft nobody revised", async () => {
    await db().goalReport.update({ where: { id: f.reportId }, data: { reviewStatus: "CONCEPT", carriedFromId: f.documentId } });
    expect(await adopt()).toEqual({ outcome: "refused", message: REFUSED, fieldErrors: {} });
  });

  it("adopts once they are approved; empty report rows never hold it up", async () => {
    await db().goalReport.update({ where: { id: f.reportId }, data: { reviewStatus: "GOEDGEKEURD", carriedFromId: null } });
    expect(await adopt()).toMatchObject({ outcome: "changed", status: "VASTGESTELD" });
  });
});
