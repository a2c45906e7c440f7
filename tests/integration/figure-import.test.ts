// Importing a cijfers file through the real actions (decision 012, issue 11):
// upload → the reader in its child process → the preview → confirm → written
// in one transaction with an audit entry per change; the same file again
// changes nothing; a bad row, a programme not assigned or a broken file
// writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmImportAction, startImportAction } from "@/lib/exchange/actions";
import { HAS_PROBLEMS, NOTHING_TO_WRITE } from "@/lib/exchange/messages";
import type { StoredPreview } from "@/lib/exchange/preview";
import { sweepJobs } from "@/lib/exchange/jobs/mutations";
import { BUSY_MESSAGE, EXPIRED_MESSAGE, INTERRUPTED_MESSAGE } from "@/lib/exchange/jobs/retention";
import { setMembership, upsertUserByEmail } from "@/lib/users/mutations";
import { withUserResolver } from "@/lib/auth/action";
import { loadSessionUser } from "@/lib/auth/session";
import { as, buildFixture, destroyFixture, type Fixture } from "./workflow-fixture";

const YEAR = 2098;
let f: Fixture;
let outsider: string;
let otherProgramme: string;

beforeAll(async () => {
  f = await buildFixture(YEAR);
  // An advisor of the same municipality, assigned to another programme only.
  const p5 = await db().programme.create({ data: { municipalityId: f.municipalityId, number: `import-${f.run}`, name: "Testprogramma import" } });
  otherProgramme = p5.id;
  const user = await upsertUserByEmail(db(), { email: `buitenstaander-${f.run}@import.test`, name: "Test buitenstaander", passwordHash: null }, { userId: null, reason: "test import" });
  outsider = user.id;
  await setMembership(db(), { userId: user.id, municipalityId: f.municipalityId, role: "BELEIDSADVISEUR", programmeIds: [p5.id] }, { userId: null, reason: "test import" });
  f.memberships.push({ userId: user.id, municipalityId: f.municipalityId, role: "BELEIDSADVISEUR" });
}, 60_000);
afterAll(async () => {
  await destroyFixture(f);
  await db().programme.deleteMany({ where: { id: otherProgramme } });
});

const csv = (rows: string[][]) => new TextEncoder().encode(`\uFEFF${["Sleutel;Realisatie;Toelichting", ...rows.map((r) => r.join(";"))].join("\r\n")}\r\n`);
const lineKey = (i: number) => (i === 0 ? `test-werkproces-${f.run}-EXPENSES` : `test-werkproces-${f.run}-INCOME`);

async function settle(jobId: string, until: string[]) {
  for (let i = 0; i < 300; i++) {
    const job = await db().importJob.findUniqueOrThrow({ where: { id: jobId } });
    if (until.includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${jobId} did not reach ${until.join("/")}`);
}

async function upload(bytes: Uint8Array<ArrayBuffer>, fileName = "cijfers.csv", user: string | null = null) {
  const action = user ? withUserResolver(startImportAction, () => loadSessionUser(user)) : as(f, "advisor", startImportAction);
  const result = await action({ documentId: f.documentId, fileName, bytes });
  if (!result.ok) throw new Error(result.message);
  const job = await settle(result.data.jobId, ["PLANNED", "FAILED"]);
  return { job, preview: job.preview as unknown as StoredPreview | null };
}

const amountOf = async (i: number) => (await db().budgetFigure.findUniqueOrThrow({ where: { id: f.lineIds[i]! } })).amount;

describe("importing a cijfers CSV", () => {
  it("previews, then writes on confirmation with an audit entry per change; the same file again changes nothing", async () => {
    const bytes = csv([[lineKey(0), "1.234.567", "Hogere lasten door de cao"]]);
    const { job, preview } = await upload(bytes);
    expect(preview!.counts).toEqual({ rows: 1, created: 0, changed: 1, unchanged: 0, problems: 0 });
    expect(preview!.rows[0]!.changes).toEqual([
      { label: "cijfer", old: null, new: "1.234.567" },
      { label: "toelichting", old: null, new: "Hogere lasten door de cao" },
    ]);
    expect(await amountOf(0)).toBeNull(); // nothing written before confirmation

    expect((await as(f, "advisor", confirmImportAction)({ jobId: job.id, reason: "Uit het financiële systeem" })).ok).toBe(true);
    expect((await settle(job.id, ["DONE", "FAILED"])).status).toBe("DONE");
    expect(await amountOf(0)).toBe(1234567n);
    const audit = await db().auditEntry.findMany({ where: { entityId: f.lineIds[0]!, action: "update" } });
    expect(audit.map((a) => a.reason)).toContain("Uit het financiële systeem");

    const again = await upload(bytes);
    expect(again.preview!.counts.changed).toBe(0);
    expect(await as(f, "advisor", confirmImportAction)({ jobId: again.job.id })).toMatchObject({ ok: false, message: NOTHING_TO_WRITE });
  }, 60_000);

  it("writes nothing when one row is bad, and names the row", async () => {
    const { job, preview } = await upload(csv([[lineKey(1), "500", ""], [lineKey(0), "12,50", ""]]));
    expect(preview!.counts.problems).toBe(1);
    expect(preview!.rows.find((r) => r.problems.length > 0)!.at).toBe("cijfers, rij 3");
    expect(await as(f, "advisor", confirmImportAction)({ jobId: job.id })).toMatchObject({ ok: false, message: HAS_PROBLEMS });
    expect(await amountOf(1)).toBeNull();
  }, 60_000);

  it("refuses the rows of a programme the advisor is not assigned to, as the form does", async () => {
    const { preview } = await upload(csv([[lineKey(1), "500", ""]]), "cijfers.csv", outsider);
    expect(preview!.rows[0]!.problems[0]).toMatch(/niet wijzigen: u bent er niet aan toegewezen/);
    expect(preview!.payload).toEqual([]);
  }, 60_000);

  it("ends a file that is no workbook with a Dutch message, and writes nothing", async () => {
    const broken: Uint8Array<ArrayBuffer> = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode("geen echte zip")]);
    const { job } = await upload(broken, "cijfers.xlsx");
    expect(job.status).toBe("FAILED");
    expect(job.errorMessage).toMatch(/Excel|bestand/);
    expect(job.file).toBeNull();
  }, 60_000);

  it("keeps the file only until it is read, and lets a new upload replace the preview that waited", async () => {
    const first = await upload(csv([[lineKey(1), "700", ""]]));
    expect(first.job.file).toBeNull();
    const second = await upload(csv([[lineKey(1), "800", ""]]));
    const replaced = await db().importJob.findUniqueOrThrow({ where: { id: first.job.id } });
    expect(replaced.status).toBe("CANCELLED");
    expect(replaced.preview).toBeNull();
    expect(await as(f, "advisor", confirmImportAction)({ jobId: first.job.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(second.job.status).toBe("PLANNED");
  }, 60_000);

  it("reads one file per person at a time", async () => {
    const running = await db().importJob.create({
      data: { municipalityId: f.municipalityId, documentId: f.documentId, userId: f.users.advisor, format: "CSV", flavour: "REALISATIE", fileName: "bezig.csv", fileSize: 1, status: "READING" },
    });
    const result = await as(f, "advisor", startImportAction)({ documentId: f.documentId, fileName: "cijfers.csv", bytes: csv([[lineKey(1), "900", ""]]) });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: BUSY_MESSAGE });
    await db().importJob.delete({ where: { id: running.id } });
  }, 60_000);

  it("ends what was left behind: an interrupted job, a week-old preview, a job ended long ago", async () => {
    const base = { municipalityId: f.municipalityId, documentId: f.documentId, userId: f.users.advisor, format: "CSV" as const, flavour: "REALISATIE" as const, fileName: "oud.csv", fileSize: 3 };
    const ago = (ms: number) => new Date(Date.now() - ms);
    const day = 24 * 3600_000;
    const stuck = await db().importJob.create({ data: { ...base, status: "READING", file: Buffer.from("a;b"), heartbeatAt: ago(10 * 60_000) } });
    const waiting = await db().importJob.create({ data: { ...base, status: "PLANNED", preview: { rows: [] }, heartbeatAt: ago(8 * day) } });
    const old = await db().importJob.create({ data: { ...base, status: "DONE", finishedAt: ago(91 * day) } });
    const recent = await db().importJob.create({ data: { ...base, status: "PLANNED", preview: { rows: [] }, heartbeatAt: ago(day) } });
    await sweepJobs();
    const after = async (id: string) => db().importJob.findUnique({ where: { id } });
    expect(await after(stuck.id)).toMatchObject({ status: "FAILED", file: null, errorMessage: INTERRUPTED_MESSAGE });
    expect(await after(waiting.id)).toMatchObject({ status: "CANCELLED", preview: null, errorMessage: EXPIRED_MESSAGE });
    expect(await after(old.id)).toBeNull();
    expect(await after(recent.id)).toMatchObject({ status: "PLANNED" });
    await db().importJob.deleteMany({ where: { id: { in: [stuck.id, waiting.id, recent.id] } } });
  }, 60_000);
});
