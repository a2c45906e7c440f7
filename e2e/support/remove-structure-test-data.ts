// TEST ONLY. Removes what e2e/structure-editor.spec.ts makes in Zoetermeer:
// its begrotingen of the far years 2091 and 2092 and its programmes 91 to
// 93 (named "E2E …"), so the journey can run again and the demo stays as it
// was. Audit entries stay: the trail is append-only. Run by
// e2e/support/structure.ts:
//
//   node --conditions=react-server --import tsx e2e/support/remove-structure-test-data.ts
import { db } from "@/lib/db";

const STRUCTURE_YEARS = [2091, 2092];
const STRUCTURE_PROGRAMMES = ["91", "92", "93"];

async function main() {
  if (process.env.DEMO_MODE !== "1") throw new Error("Alleen in demomodus (DEMO_MODE=1).");
  const client = db();
  try {
    const zoetermeer = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" } });
    await client.pcDocument.deleteMany({ where: { municipalityId: zoetermeer.id, year: { in: STRUCTURE_YEARS } } });
    await client.programme.deleteMany({ where: { municipalityId: zoetermeer.id, number: { in: STRUCTURE_PROGRAMMES }, name: { startsWith: "E2E " } } });
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
