// Migration 20261202002620_pc_cycle carries an existing installation's
// FinancialLine and IndicatorValue rows into the model of decision 009. This
// test builds the old schema in a database of its own, fills it with a small
// but complete old data set, applies the migration the way `npm run db:migrate`
// does (the WebAssembly schema engine, which splits the file on ";") and
// checks where every figure went.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const BEFORE = "20261201212647_indicator_value_bounds";
const PC_CYCLE = "20261202002620_pc_cycle";
const baseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
const database = `migration_pc_cycle_${process.pid}`;
const url = (() => {
  const u = new URL(baseUrl);
  u.pathname = `/${database}`;
  return u.toString();
})();

// The engine needs --experimental-wasm-modules, which vitest's process lacks.
const APPLY = `
import fs from "node:fs";
import path from "node:path";
import { listMigrations, withEngine } from "./scripts/lib/schema-engine.mjs";
import { migrationsDir } from "./scripts/lib/paths.mjs";
const names = listMigrations().filter((n) => n <= process.env.MIGRATE_UP_TO);
const lockPath = path.join(migrationsDir, "migration_lock.toml");
await withEngine(process.env.MIGRATE_URL, (engine) => engine.applyMigrations({
  migrationsList: {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.readFileSync(lockPath, "utf8") },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") } },
    })),
  },
  filters: { externalTables: [], externalEnums: [] },
}));
`;

function migrateUpTo(name: string) {
  execFileSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--input-type=module", "-e", APPLY], {
    cwd: root,
    env: { ...process.env, MIGRATE_URL: url, MIGRATE_UP_TO: name },
    stdio: "pipe",
  });
}

async function withAdmin(fn: (c: pg.Client) => Promise<void>) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await fn(admin);
  } finally {
    await admin.end();
  }
}

const md5 = (s: string) => `mig_${createHash("md5").update(s).digest("hex")}`;
const reconstruction = (printing: string, kind: "BEGROTING" | "JAARSTUKKEN", year: number) =>
  md5(`PcDocument:${printing}:${kind}:${year}`);

// The old data: Zoetermeer-like municipality "zt" with a begroting 2025, jaarstukken 2023 and 2024
// (transcribed) and a first bestuursrapportage 2025 made in the werkplek; Hilversum-like "hv" with
// jaarstukken 2021 that print only the na-wijziging budget.
const OLD_DATA = `
INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('usr', 'a@example.nl', 'Adviseur', now());
INSERT INTO "Municipality" ("id", "cbsCode", "name", "slug", "updatedAt") VALUES
  ('zt', 'GM0637', 'Zoetermeer', 'zoetermeer', now()), ('hv', 'GM0402', 'Hilversum', 'hilversum', now());
INSERT INTO "Source" ("id", "municipalityId", "key", "title") VALUES
  ('src', 'zt', 'zt-js-2024', 'Jaarstukken 2024'), ('src23', 'zt', 'zt-js-2023', 'Jaarstukken 2023'),
  ('srcb', 'zt', 'zt-b-2025', 'Begroting 2025'), ('srch', 'hv', 'hv-jr-2021', 'Jaarrekening 2021');
INSERT INTO "PcDocument" ("id", "municipalityId", "kind", "year", "title", "status", "adoptedAt", "updatedAt") VALUES
  ('j2024', 'zt', 'JAARSTUKKEN', 2024, 'Jaarstukken 2024', 'GEPUBLICEERD', '2025-07-03', now()),
  ('j2023', 'zt', 'JAARSTUKKEN', 2023, 'Jaarstukken 2023', 'GEPUBLICEERD', NULL, now()),
  ('b2025', 'zt', 'BEGROTING', 2025, 'Begroting 2025', 'GEPUBLICEERD', NULL, now()),
  ('r2025', 'zt', 'BESTUURSRAPPORTAGE', 2025, 'Bestuursrapportage 2025', 'CONCEPT', NULL, now()),
  ('h2021', 'hv', 'JAARSTUKKEN', 2021, 'Jaarrekening 2021', 'GEPUBLICEERD', NULL, now());
INSERT INTO "Programme" ("id", "municipalityId", "number", "name", "updatedAt") VALUES
  ('p6', 'zt', '6', 'Dienstverlening', now()), ('ph', 'hv', '1', 'Bestuur', now());
INSERT INTO "Goal" ("id", "programmeId", "level", "code", "title", "updatedAt") VALUES ('g61', 'p6', 'GOAL', '6.1', 'Burgerzaken', now());
INSERT INTO "ProgrammeReport" ("id", "documentId", "programmeId", "sourceId") VALUES
  ('pr24', 'j2024', 'p6', 'src'), ('prw', 'r2025', 'p6', NULL);
INSERT INTO "Indicator" ("id", "municipalityId", "programmeId", "unit", "updatedAt") VALUES
  ('ind', 'zt', 'p6', 'PERCENTAGE', now()), ('ind2', 'zt', 'p6', 'AANTAL', now());
INSERT INTO "FinancialLine" ("id", "documentId", "programmeId", "goalId", "product", "functionCode", "category", "label",
  "actualPreviousYear", "budgetOriginal", "budgetAmended", "actual", "explanation", "reviewStatus", "reviewComment", "version",
  "sortOrder", "updatedById", "sourceId", "sourceLocation", "updatedAt") VALUES
  ('fl_a', 'j2024', 'p6', 'g61', 'Burgerzaken', '0.2', 'EXPENSES', 'Burgerzaken', 900, 1000, 1200, 1150, 'Meer aanvragen', 'GOEDGEKEURD', 'akkoord', 3, 0, 'usr', 'src', 'p. 12', now()),
  ('fl_b', 'j2024', 'p6', 'g61', NULL, '0.2', 'INCOME', 'Leges', 50, 60, 60, 70, NULL, 'INGEDIEND', NULL, 1, 1, NULL, 'src', 'p. 12', now()),
  ('fl_c', 'j2023', 'p6', 'g61', 'Burgerzaken', '0.2', 'EXPENSES', 'Burgerzaken', NULL, 800, 850, 840, NULL, 'GOEDGEKEURD', NULL, 1, 0, NULL, 'src23', 'p. 9', now()),
  ('fl_b25', 'b2025', 'p6', 'g61', 'Burgerzaken', '0.2', 'EXPENSES', 'Burgerzaken', NULL, 1300, NULL, NULL, NULL, 'GOEDGEKEURD', NULL, 1, 0, NULL, 'srcb', 'p. 30', now()),
  ('fl_w', 'r2025', 'p6', 'g61', 'Burgerzaken', '0.2', 'EXPENSES', 'Burgerzaken', NULL, NULL, NULL, NULL, NULL, 'CONCEPT', NULL, 1, 0, NULL, NULL, NULL, now()),
  ('fl_h', 'h2021', 'ph', NULL, NULL, '0.1', 'EXPENSES', 'Bestuur', NULL, NULL, 500, 480, NULL, 'GOEDGEKEURD', NULL, 1, 0, NULL, 'srch', 'p. 40', now());
INSERT INTO "PrintedFigure" ("id", "documentId", "programmeId", "financialLineId", "row", "column", "amount", "sourceId") VALUES
  ('pf_line', 'j2024', 'p6', 'fl_a', 'EXPENSES', 'DIFFERENCE', 50, 'src'),
  ('pf_total', 'j2024', 'p6', NULL, 'BALANCE', 'ACTUAL', -1080, 'src');
INSERT INTO "IndicatorValue" ("id", "indicatorId", "documentId", "year", "dimensionValue", "target", "actual", "benchmark", "benchmarkLabel",
  "printedGoalAchieved", "explanation", "reviewStatus", "reviewComment", "version", "updatedById", "sourceId", "sourceLocation", "updatedAt") VALUES
  ('iv_own', 'ind', 'j2024', 2024, '', 80, 78.5, 75, 'benchmark', false, 'Net niet', 'GOEDGEKEURD', 'ok', 4, 'usr', 'src', 'p. 14', now()),
  ('iv_prev', 'ind', 'j2024', 2022, '', 70, 71, NULL, NULL, NULL, NULL, 'INGEDIEND', NULL, 2, NULL, 'src', 'p. 14', now()),
  ('iv_t', 'ind2', 'j2024', 2023, '', 5, NULL, NULL, NULL, NULL, NULL, 'GOEDGEKEURD', NULL, 1, NULL, 'src', 'p. 15', now()),
  ('iv_b25', 'ind', 'b2025', 2025, '', 85, NULL, NULL, NULL, NULL, NULL, 'GOEDGEKEURD', NULL, 1, NULL, 'srcb', 'p. 31', now()),
  ('iv_b26', 'ind2', 'b2025', 2026, '', 90, NULL, NULL, NULL, NULL, NULL, 'GOEDGEKEURD', NULL, 1, NULL, 'srcb', 'p. 31', now()),
  ('iv_slot', 'ind2', 'r2025', 2025, '', NULL, NULL, NULL, NULL, NULL, NULL, 'CONCEPT', NULL, 1, NULL, NULL, NULL, now());
INSERT INTO "AuditEntry" ("userId", "municipalityId", "entityType", "entityId", "action", "field") VALUES
  ('usr', 'zt', 'IndicatorValue', 'iv_own', 'update', 'actual'),
  ('usr', 'zt', 'FinancialLine', 'fl_a', 'update', 'actual'),
  (NULL, 'zt', 'PcDocument', 'j2023', 'import', NULL);
`;

let c: pg.Client;

beforeAll(async () => {
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
    await admin.query(`CREATE DATABASE "${database}"`);
  });
  migrateUpTo(BEFORE);
  c = new pg.Client({ connectionString: url });
  await c.connect();
  // An installation has the append-only audit trigger too (scripts/migrate.mjs).
  for (const f of fs.readdirSync(path.join(root, "prisma/sql")).sort()) {
    await c.query(fs.readFileSync(path.join(root, "prisma/sql", f), "utf8"));
  }
  await c.query(OLD_DATA);
  migrateUpTo(PC_CYCLE);
}, 120_000);

afterAll(async () => {
  await c?.end();
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).then(() => undefined));
});

const rows = async (sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows;
const L1 = md5("BudgetLine:fl_c");
const L2 = md5("BudgetLine:fl_b");
const LH = md5("BudgetLine:fl_h");

describe("migration 20261202002620_pc_cycle", () => {
  it("marks transcribed documents by their Source or import entry and numbers the bestuursrapportage", async () => {
    expect(await rows(`SELECT "id", "origin", "sequence", "projectionYears" FROM "PcDocument" WHERE "reconstructedFromId" IS NULL ORDER BY "id"`)).toEqual([
      { id: "b2025", origin: "TRANSCRIBED", sequence: 0, projectionYears: 1 },
      { id: "h2021", origin: "TRANSCRIBED", sequence: 0, projectionYears: 0 },
      { id: "j2023", origin: "TRANSCRIBED", sequence: 0, projectionYears: 0 },
      { id: "j2024", origin: "TRANSCRIBED", sequence: 0, projectionYears: 0 },
      { id: "r2025", origin: "ENTERED", sequence: 1, projectionYears: 0 },
    ]);
  });

  it("creates one reconstructed CONCEPT document per printing document and stage it printed", async () => {
    expect(
      await rows(`SELECT "id", "municipalityId", "kind", "year", "sequence", "title", "status", "origin", "reconstructedFromId"
        FROM "PcDocument" WHERE "reconstructedFromId" IS NOT NULL ORDER BY "reconstructedFromId", "kind", "year"`),
    ).toEqual(
      [
        ["j2023", "BEGROTING", 2023, "Begroting 2023 (zoals gedrukt in Jaarstukken 2023)"],
        ["j2024", "BEGROTING", 2022, "Begroting 2022 (zoals gedrukt in Jaarstukken 2024)"],
        ["j2024", "BEGROTING", 2023, "Begroting 2023 (zoals gedrukt in Jaarstukken 2024)"],
        ["j2024", "BEGROTING", 2024, "Begroting 2024 (zoals gedrukt in Jaarstukken 2024)"],
        ["j2024", "JAARSTUKKEN", 2022, "Jaarstukken 2022 (zoals gedrukt in Jaarstukken 2024)"],
        ["j2024", "JAARSTUKKEN", 2023, "Jaarstukken 2023 (zoals gedrukt in Jaarstukken 2024)"],
      ].map(([from, kind, year, title]) => ({
        id: reconstruction(from as string, kind as "BEGROTING", year as number),
        municipalityId: "zt",
        kind,
        year,
        sequence: 0,
        title,
        status: "CONCEPT",
        origin: "RECONSTRUCTED",
        reconstructedFromId: from,
      })),
    );
  });

  it("merges lines printed by several documents into one BudgetLine keyed by the earliest printing", async () => {
    expect(
      await rows(`SELECT "id", "municipalityId", "programmeId", "goalId", "key", "product", "functionCode", "category", "label", "sortOrder"
        FROM "BudgetLine" ORDER BY "key"`),
    ).toEqual([
      { id: L2, municipalityId: "zt", programmeId: "p6", goalId: "g61", key: "fl-fl_b", product: null, functionCode: "0.2", category: "INCOME", label: "Leges", sortOrder: 1 },
      { id: L1, municipalityId: "zt", programmeId: "p6", goalId: "g61", key: "fl-fl_c", product: "Burgerzaken", functionCode: "0.2", category: "EXPENSES", label: "Burgerzaken", sortOrder: 0 },
      { id: LH, municipalityId: "hv", programmeId: "ph", goalId: null, key: "fl-fl_h", product: null, functionCode: "0.1", category: "EXPENSES", label: "Bestuur", sortOrder: 0 },
    ]);
  });

  it("puts every amount in the stage that owns it, the own-year figure keeping the old id", async () => {
    const figures = await rows(`SELECT "id", "budgetLineId", "documentId", "year", "amount", "explanation", "reviewStatus", "reviewComment",
      "version", "updatedById", "sourceId", "sourceLocation", "updatedAt" IS NOT NULL AS "hasUpdatedAt"
      FROM "BudgetFigure" ORDER BY "documentId", "year", "budgetLineId"`);
    const plain = { explanation: null, reviewComment: null, version: 1, updatedById: null, hasUpdatedAt: true };
    const rB2024 = reconstruction("j2024", "BEGROTING", 2024);
    const rJ2023 = reconstruction("j2024", "JAARSTUKKEN", 2023);
    const rB2023 = reconstruction("j2023", "BEGROTING", 2023);
    const expected = [
      // own figures: realisatie of the jaarstukken, primitief of the begroting, prognose slot of the bestuursrapportage
      { ...plain, id: "fl_a", budgetLineId: L1, documentId: "j2024", year: 2024, amount: "1150", explanation: "Meer aanvragen", reviewStatus: "GOEDGEKEURD", reviewComment: "akkoord", version: 3, updatedById: "usr", sourceId: "src", sourceLocation: "p. 12" },
      { ...plain, id: "fl_b", budgetLineId: L2, documentId: "j2024", year: 2024, amount: "70", reviewStatus: "INGEDIEND", sourceId: "src", sourceLocation: "p. 12" },
      { ...plain, id: "fl_c", budgetLineId: L1, documentId: "j2023", year: 2023, amount: "840", reviewStatus: "GOEDGEKEURD", sourceId: "src23", sourceLocation: "p. 9" },
      { ...plain, id: "fl_b25", budgetLineId: L1, documentId: "b2025", year: 2025, amount: "1300", reviewStatus: "GOEDGEKEURD", sourceId: "srcb", sourceLocation: "p. 30" },
      { ...plain, id: "fl_w", budgetLineId: L1, documentId: "r2025", year: 2025, amount: null, reviewStatus: "CONCEPT", sourceId: null, sourceLocation: null },
      { ...plain, id: "fl_h", budgetLineId: LH, documentId: "h2021", year: 2021, amount: "480", reviewStatus: "GOEDGEKEURD", sourceId: "srch", sourceLocation: "p. 40" },
      // budgetOriginal -> PRIMITIEF of the reconstructed begroting of the document's year
      { ...plain, id: md5("BudgetFigure:primitief:fl_a"), budgetLineId: L1, documentId: rB2024, year: 2024, amount: "1000", reviewStatus: "GOEDGEKEURD", sourceId: "src", sourceLocation: "p. 12" },
      { ...plain, id: md5("BudgetFigure:primitief:fl_b"), budgetLineId: L2, documentId: rB2024, year: 2024, amount: "60", reviewStatus: "INGEDIEND", sourceId: "src", sourceLocation: "p. 12" },
      { ...plain, id: md5("BudgetFigure:primitief:fl_c"), budgetLineId: L1, documentId: rB2023, year: 2023, amount: "800", reviewStatus: "GOEDGEKEURD", sourceId: "src23", sourceLocation: "p. 9" },
      // actualPreviousYear -> REALISATIE of year - 1 in the reconstructed jaarstukken
      { ...plain, id: md5("BudgetFigure:previous:fl_a"), budgetLineId: L1, documentId: rJ2023, year: 2023, amount: "900", reviewStatus: "GOEDGEKEURD", sourceId: "src", sourceLocation: "p. 12" },
      { ...plain, id: md5("BudgetFigure:previous:fl_b"), budgetLineId: L2, documentId: rJ2023, year: 2023, amount: "50", reviewStatus: "INGEDIEND", sourceId: "src", sourceLocation: "p. 12" },
    ];
    const order = (r: Record<string, unknown>) => `${r.documentId}|${r.year}|${r.budgetLineId}`;
    expect(figures).toEqual([...expected].sort((a, b) => (order(a) < order(b) ? -1 : 1)));
  });

  it("carries na-wijziging minus primitief in one unspecified adopted wijziging per document, lines only where it differs", async () => {
    expect(
      await rows(`SELECT "id", "municipalityId", "year", "number", "date", "authority", "decisionReference", "reason", "status", "adoptedAt",
        "documentId", "unspecified", "sourceId", "sourceLocation" FROM "BudgetAmendment" ORDER BY "year"`),
    ).toEqual([
      { id: md5("BudgetAmendment:j2023"), municipalityId: "zt", year: 2023, number: "zoals gedrukt in Jaarstukken 2023", date: null, authority: null, decisionReference: null, reason: "zoals gedrukt, niet gespecificeerd in de bron", status: "VASTGESTELD", adoptedAt: null, documentId: "j2023", unspecified: true, sourceId: "src23", sourceLocation: "p. 9" },
      { id: md5("BudgetAmendment:j2024"), municipalityId: "zt", year: 2024, number: "zoals gedrukt in Jaarstukken 2024", date: null, authority: null, decisionReference: null, reason: "zoals gedrukt, niet gespecificeerd in de bron", status: "VASTGESTELD", adoptedAt: new Date("2025-07-03T00:00:00Z"), documentId: "j2024", unspecified: true, sourceId: "src", sourceLocation: "p. 12" },
    ]);
    expect(await rows(`SELECT "amendmentId", "budgetLineId", "delta", "sourceLocation" FROM "BudgetAmendmentLine" ORDER BY "delta"`)).toEqual([
      { amendmentId: md5("BudgetAmendment:j2023"), budgetLineId: L1, delta: "50", sourceLocation: "p. 9" },
      { amendmentId: md5("BudgetAmendment:j2024"), budgetLineId: L1, delta: "200", sourceLocation: "p. 12" },
    ]);
  });

  it("keeps a na-wijziging printed without primitief as a printed figure and points printed figures at budget lines", async () => {
    expect(
      await rows(`SELECT "id", "documentId", "programmeId", "goalId", "budgetLineId", "row", "column", "amount", "sourceId", "sourceLocation"
        FROM "PrintedFigure" ORDER BY "documentId", "id"`),
    ).toEqual([
      { id: md5("PrintedFigure:amended:fl_h"), documentId: "h2021", programmeId: "ph", goalId: null, budgetLineId: LH, row: "EXPENSES", column: "BUDGET_AMENDED", amount: "500", sourceId: "srch", sourceLocation: "p. 40" },
      { id: "pf_line", documentId: "j2024", programmeId: "p6", goalId: null, budgetLineId: L1, row: "EXPENSES", column: "DIFFERENCE", amount: "50", sourceId: "src", sourceLocation: null },
      { id: "pf_total", documentId: "j2024", programmeId: "p6", goalId: null, budgetLineId: null, row: "BALANCE", column: "ACTUAL", amount: "-1080", sourceId: "src", sourceLocation: null },
    ]);
  });

  it("splits indicator values into the begroting's target and the realisatie with what was entered", async () => {
    const figures = await rows(`SELECT "id", "indicatorId", "documentId", "year", "dimensionValue", "value", "benchmark", "benchmarkLabel",
      "printedGoalAchieved", "explanation", "reviewStatus", "reviewComment", "version", "updatedById", "sourceId", "sourceLocation"
      FROM "IndicatorFigure" ORDER BY "id"`);
    const bare = { dimensionValue: "", benchmark: null, benchmarkLabel: null, printedGoalAchieved: null, explanation: null, reviewComment: null, version: 1, updatedById: null };
    const expected = [
      // own year of the jaarstukken: the realisatie keeps the id and everything entered and reviewed
      { ...bare, id: "iv_own", indicatorId: "ind", documentId: "j2024", year: 2024, value: "78.5000", benchmark: "75.0000", benchmarkLabel: "benchmark", printedGoalAchieved: false, explanation: "Net niet", reviewStatus: "GOEDGEKEURD", reviewComment: "ok", version: 4, updatedById: "usr", sourceId: "src", sourceLocation: "p. 14" },
      { ...bare, id: md5("IndicatorFigure:target:iv_own"), indicatorId: "ind", documentId: reconstruction("j2024", "BEGROTING", 2024), year: 2024, value: "80.0000", reviewStatus: "GOEDGEKEURD", sourceId: "src", sourceLocation: "p. 14" },
      // an earlier year: both in reconstructions, the realisatie keeping the id
      { ...bare, id: "iv_prev", indicatorId: "ind", documentId: reconstruction("j2024", "JAARSTUKKEN", 2022), year: 2022, value: "71.0000", reviewStatus: "INGEDIEND", version: 2, sourceId: "src", sourceLocation: "p. 14" },
      { ...bare, id: md5("IndicatorFigure:target:iv_prev"), indicatorId: "ind", documentId: reconstruction("j2024", "BEGROTING", 2022), year: 2022, value: "70.0000", reviewStatus: "INGEDIEND", sourceId: "src", sourceLocation: "p. 14" },
      // only a target printed for an earlier year: no empty realisatie is made
      { ...bare, id: "iv_t", indicatorId: "ind2", documentId: reconstruction("j2024", "BEGROTING", 2023), year: 2023, value: "5.0000", reviewStatus: "GOEDGEKEURD", sourceId: "src", sourceLocation: "p. 15" },
      // the begroting owns its primitief and meerjarenraming targets
      { ...bare, id: "iv_b25", indicatorId: "ind", documentId: "b2025", year: 2025, value: "85.0000", reviewStatus: "GOEDGEKEURD", sourceId: "srcb", sourceLocation: "p. 31" },
      { ...bare, id: "iv_b26", indicatorId: "ind2", documentId: "b2025", year: 2026, value: "90.0000", reviewStatus: "GOEDGEKEURD", sourceId: "srcb", sourceLocation: "p. 31" },
      // the empty entry slot of the bestuursrapportage stays
      { ...bare, id: "iv_slot", indicatorId: "ind2", documentId: "r2025", year: 2025, value: null, reviewStatus: "CONCEPT", sourceId: null, sourceLocation: null },
    ];
    expect(figures).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it("leaves old audit entries pointing at the figure that carries their history", async () => {
    expect(
      await rows(`SELECT a."entityType", a."entityId", i."value" AS "indicatorValue", b."amount" AS "budgetAmount"
        FROM "AuditEntry" a
        LEFT JOIN "IndicatorFigure" i ON i."id" = a."entityId"
        LEFT JOIN "BudgetFigure" b ON b."id" = a."entityId"
        WHERE a."entityType" IN ('IndicatorValue', 'FinancialLine') ORDER BY a."entityType"`),
    ).toEqual([
      { entityType: "FinancialLine", entityId: "fl_a", indicatorValue: null, budgetAmount: "1150" },
      { entityType: "IndicatorValue", entityId: "iv_own", indicatorValue: "78.5000", budgetAmount: null },
    ]);
  });

  it("drops the old tables and columns", async () => {
    expect(
      await rows(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
        AND table_name IN ('FinancialLine', 'IndicatorValue', '_pc_cycle_line', '_pc_cycle_indicator')`),
    ).toEqual([]);
    expect(await rows(`SELECT column_name FROM information_schema.columns WHERE table_name = 'PrintedFigure' AND column_name = 'financialLineId'`)).toEqual([]);
  });

  it("refuses a figure for a year its document does not own", async () => {
    const insertBudget = (id: string, documentId: string, year: number) =>
      c.query(`INSERT INTO "BudgetFigure" ("id", "budgetLineId", "documentId", "year", "amount", "updatedAt") VALUES ($1, $2, $3, $4, 1, now())`, [id, L2, documentId, year]);
    const insertIndicator = (id: string, documentId: string, year: number) =>
      c.query(`INSERT INTO "IndicatorFigure" ("id", "indicatorId", "documentId", "year", "value", "updatedAt") VALUES ($1, 'ind', $2, $3, 1, now())`, [id, documentId, year]);
    await expect(insertBudget("t1", "j2024", 2023)).rejects.toThrow(/does not own figures of year 2023/);
    await expect(insertIndicator("t2", "r2025", 2026)).rejects.toThrow(/does not own figures of year 2026/);
    // begroting 2025 projects one year: 2026 is its meerjarenraming, 2027 is not
    await expect(insertIndicator("t3", "b2025", 2027)).rejects.toThrow(/does not own figures of year 2027/);
    await expect(insertIndicator("t4", "b2025", 2026)).resolves.toBeDefined();
    await expect(c.query(`UPDATE "BudgetFigure" SET "year" = 2025 WHERE "id" = 'fl_a'`)).rejects.toThrow(/does not own/);
    await expect(c.query(`UPDATE "BudgetFigure" SET "amount" = 1151 WHERE "id" = 'fl_a'`)).resolves.toBeDefined();
  });
});
