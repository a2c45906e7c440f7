// TEST ONLY. Gives the concept begroting <year> of Zoetermeer (created by the
// e2e journey through "document aanmaken") a test programme with one goal —
// standing in for the programme editor — or removes both again:
//
//   node --conditions=react-server --import tsx e2e/support/structure-programme.ts <setup|cleanup> <year>
//
// against DATABASE_URL, through the app's own mutations.
import { db } from "@/lib/db";
import { createProgrammeReport, upsertGoal, upsertProgramme } from "@/lib/programme/mutations";

export const E2E_PROGRAMME_NUMBER = "91";

async function main(mode: string, year: number) {
  const client = db();
  const z = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
  if (mode === "cleanup") {
    await client.pcDocument.deleteMany({ where: { municipalityId: z.id, year, kind: "BEGROTING", origin: "ENTERED" } });
    const programme = await client.programme.findUnique({ where: { municipalityId_number: { municipalityId: z.id, number: E2E_PROGRAMME_NUMBER } } });
    if (programme) {
      if (!programme.name.startsWith("Testprogramma e2e")) throw new Error(`programma ${E2E_PROGRAMME_NUMBER} is geen testprogramma`);
      await client.indicator.deleteMany({ where: { programmeId: programme.id } });
      await client.programme.delete({ where: { id: programme.id } });
    }
    return;
  }
  const document = await client.pcDocument.findFirstOrThrow({ where: { municipalityId: z.id, year, kind: "BEGROTING", status: "CONCEPT" } });
  const programme = await upsertProgramme(client, { municipalityId: z.id, number: E2E_PROGRAMME_NUMBER, name: "Testprogramma e2e structuur" });
  await upsertGoal(client, { programmeId: programme.id, parentId: null, level: "GOAL", code: `${E2E_PROGRAMME_NUMBER}.1`, title: "Minder restafval", sortOrder: 0 });
  if (!(await client.programmeReport.findFirst({ where: { documentId: document.id, programmeId: programme.id } }))) {
    await createProgrammeReport(client, { documentId: document.id, programmeId: programme.id, sortOrder: 0 });
  }
}

const [mode = "", year = ""] = process.argv.slice(2);
if (!["setup", "cleanup"].includes(mode) || !/^\d{4}$/.test(year)) {
  console.error("Gebruik: structure-programme.ts <setup|cleanup> <jaar>");
  process.exit(2);
}
main(mode, Number(year))
  .then(() => db().$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db().$disconnect();
    process.exit(1);
  });
