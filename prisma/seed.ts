// Loads the demo data set (prisma/demo) when the database holds no
// municipality yet, or always with --force (which rewrites the demo
// documents). Run through `npm run db:seed`; `npm start` calls it.
import { db } from "@/lib/db";
import { importDocument, importMunicipality } from "@/lib/import/transcription-import";
import { demoDocuments, demoMunicipalities } from "./demo";
import { loadDemoUsers } from "./demo/users";
import { loadDemoWorkspace } from "./demo/workspace";

async function main() {
  const force = process.argv.includes("--force");
  const client = db();
  try {
    if (!force && (await client.municipality.count()) > 0) {
      // A database seeded before demo mode was on still gets its demo users.
      const added = (await client.user.count({ where: { isDemo: true } })) === 0 ? await loadDemoUsers(client) : 0;
      // Likewise the demo working document; one that exists keeps what was entered in it.
      const workspace = await client.$transaction((tx) => loadDemoWorkspace(tx));
      const extras = [added ? `${added} demogebruikers` : "", workspace ? "het demowerkdocument" : ""].filter(Boolean);
      console.log(`Demodata staat er al: niets toegevoegd${extras.length ? `, behalve ${extras.join(" en ")}` : ""}.`);
      return;
    }
    // One transaction: an import is never half-saved.
    await client.$transaction(
      async (tx) => {
        for (const m of demoMunicipalities) await importMunicipality(tx, m);
        for (const d of demoDocuments) await importDocument(tx, d, { published: true });
        await loadDemoUsers(tx); // only when DEMO_MODE=1
        await loadDemoWorkspace(tx); // idem: the one concept document to enter figures in
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    console.log(`Demodata geladen: ${demoMunicipalities.length} gemeenten, ${demoDocuments.length} documenten.`);
  } finally {
    await client.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
