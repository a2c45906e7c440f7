// TEST ONLY. Removes the documents an end-to-end journey created in the
// werkplek (origin ENTERED) of the demo municipality Zoetermeer, of one kind
// and year, with their reports and figures (the audit trail stays, as it
// must). Never a transcribed or reconstructed document of the demo data. Run
// by e2e/support/documents.ts:
//
//   node --conditions=react-server --import tsx e2e/support/remove-document.ts <BEGROTING|JAARSTUKKEN|BESTUURSRAPPORTAGE> <year>
import { db } from "@/lib/db";

const KINDS = ["BEGROTING", "BESTUURSRAPPORTAGE", "JAARSTUKKEN"] as const;

async function main() {
  const [kind = "", year = ""] = process.argv.slice(2);
  if (!KINDS.includes(kind as (typeof KINDS)[number]) || !/^\d{4}$/.test(year)) throw new Error(`Onbekend document: ${kind} ${year}`);
  if (process.env.DEMO_MODE !== "1") throw new Error("Alleen in demomodus (DEMO_MODE=1).");
  const client = db();
  try {
    const zoetermeer = await client.municipality.findUniqueOrThrow({ where: { cbsCode: "GM0637" }, select: { id: true } });
    await client.pcDocument.deleteMany({ where: { municipalityId: zoetermeer.id, kind: kind as (typeof KINDS)[number], year: Number(year), origin: "ENTERED" } });
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
