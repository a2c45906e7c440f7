-- Decision 009: the P&C cycle. Subjects with identity (BudgetLine beside
-- Programme, Goal, Indicator), figures owned by the stage that sets them
-- (BudgetFigure, IndicatorFigure), begrotingswijzigingen as records. The data
-- of FinancialLine and IndicatorValue moves over in the middle section, then
-- the old tables go.
--
-- BEGIN and COMMIT are written out: the migration runner (adapter-pg's
-- executeScript) sends the file statement by statement without a
-- transaction, so a failure halfway would leave the new tables half filled
-- beside the old ones. With them, a failure leaves the database as it was
-- (the migration is then marked failed in _prisma_migrations).
BEGIN;

-- CreateEnum
CREATE TYPE "DocumentOrigin" AS ENUM ('ENTERED', 'IMPORTED', 'TRANSCRIBED', 'RECONSTRUCTED');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('CONCEPT', 'VASTGESTELD', 'VERWORPEN');

-- CreateEnum
CREATE TYPE "AmendmentAuthority" AS ENUM ('RAAD', 'COLLEGE_MANDAAT');

-- DropForeignKey
ALTER TABLE "PrintedFigure" DROP CONSTRAINT "PrintedFigure_financialLineId_fkey";

-- AlterTable
ALTER TABLE "PcDocument" ADD COLUMN     "name" TEXT,
ADD COLUMN     "origin" "DocumentOrigin" NOT NULL DEFAULT 'ENTERED',
ADD COLUMN     "projectionYears" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reconstructedFromId" TEXT,
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "retiredFromYear" INTEGER;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "retiredFromYear" INTEGER;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "retiredFromYear" INTEGER;

-- AlterTable (financialLineId is dropped after the data has moved)
ALTER TABLE "PrintedFigure" ADD COLUMN     "budgetLineId" TEXT;

-- CreateTable
CREATE TABLE "IndicatorFigure" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "dimensionValue" TEXT NOT NULL DEFAULT '',
    "value" DECIMAL(18,4),
    "benchmark" DECIMAL(18,4),
    "benchmarkLabel" TEXT,
    "printedGoalAchieved" BOOLEAN,
    "explanation" TEXT,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'CONCEPT',
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "sourceId" TEXT,
    "sourceLocation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

CONSTRAINT "IndicatorFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "goalId" TEXT,
    "key" TEXT NOT NULL,
    "product" TEXT,
    "functionCode" TEXT,
    "category" "FinancialCategory" NOT NULL,
    "label" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "incidental" BOOLEAN NOT NULL DEFAULT false,
    "retiredFromYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetFigure" (
    "id" TEXT NOT NULL,
    "budgetLineId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amount" BIGINT,
    "explanation" TEXT,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'CONCEPT',
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "sourceId" TEXT,
    "sourceLocation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

CONSTRAINT "BudgetFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetAmendment" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE,
    "authority" "AmendmentAuthority",
    "decisionReference" TEXT,
    "reason" TEXT NOT NULL,
    "status" "AmendmentStatus" NOT NULL DEFAULT 'CONCEPT',
    "adoptedAt" TIMESTAMP(3),
    "documentId" TEXT,
    "unspecified" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceId" TEXT,
    "sourceLocation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

CONSTRAINT "BudgetAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetAmendmentLine" (
    "id" TEXT NOT NULL,
    "amendmentId" TEXT NOT NULL,
    "budgetLineId" TEXT NOT NULL,
    "delta" BIGINT NOT NULL,
    "sourceLocation" TEXT,

CONSTRAINT "BudgetAmendmentLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetAmendment" (
    "id" TEXT NOT NULL,
    "amendmentId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "dimensionValue" TEXT NOT NULL DEFAULT '',
    "year" INTEGER NOT NULL,
    "value" DECIMAL(18,4),
    "reason" TEXT,

CONSTRAINT "TargetAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorFigure_documentId_idx" ON "IndicatorFigure"("documentId");

-- CreateIndex
CREATE INDEX "IndicatorFigure_indicatorId_year_idx" ON "IndicatorFigure"("indicatorId", "year");

-- CreateIndex
CREATE INDEX "IndicatorFigure_sourceId_idx" ON "IndicatorFigure"("sourceId");

-- CreateIndex
CREATE INDEX "IndicatorFigure_updatedById_idx" ON "IndicatorFigure"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorFigure_indicatorId_dimensionValue_year_documentId_key" ON "IndicatorFigure"("indicatorId", "dimensionValue", "year", "documentId");

-- CreateIndex
CREATE INDEX "BudgetLine_programmeId_idx" ON "BudgetLine"("programmeId");

-- CreateIndex
CREATE INDEX "BudgetLine_goalId_idx" ON "BudgetLine"("goalId");

-- CreateIndex
CREATE INDEX "BudgetLine_functionCode_idx" ON "BudgetLine"("functionCode");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_municipalityId_key_key" ON "BudgetLine"("municipalityId", "key");

-- CreateIndex
CREATE INDEX "BudgetFigure_documentId_idx" ON "BudgetFigure"("documentId");

-- CreateIndex
CREATE INDEX "BudgetFigure_budgetLineId_year_idx" ON "BudgetFigure"("budgetLineId", "year");

-- CreateIndex
CREATE INDEX "BudgetFigure_sourceId_idx" ON "BudgetFigure"("sourceId");

-- CreateIndex
CREATE INDEX "BudgetFigure_updatedById_idx" ON "BudgetFigure"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetFigure_budgetLineId_year_documentId_key" ON "BudgetFigure"("budgetLineId", "year", "documentId");

-- CreateIndex
CREATE INDEX "BudgetAmendment_documentId_idx" ON "BudgetAmendment"("documentId");

-- CreateIndex
CREATE INDEX "BudgetAmendment_sourceId_idx" ON "BudgetAmendment"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetAmendment_municipalityId_year_number_key" ON "BudgetAmendment"("municipalityId", "year", "number");

-- CreateIndex
CREATE INDEX "BudgetAmendmentLine_budgetLineId_idx" ON "BudgetAmendmentLine"("budgetLineId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetAmendmentLine_amendmentId_budgetLineId_key" ON "BudgetAmendmentLine"("amendmentId", "budgetLineId");

-- CreateIndex
CREATE INDEX "TargetAmendment_indicatorId_year_idx" ON "TargetAmendment"("indicatorId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "TargetAmendment_amendmentId_indicatorId_dimensionValue_year_key" ON "TargetAmendment"("amendmentId", "indicatorId", "dimensionValue", "year");

-- CreateIndex
CREATE INDEX "PcDocument_municipalityId_kind_year_sequence_idx" ON "PcDocument"("municipalityId", "kind", "year", "sequence");

-- CreateIndex
CREATE INDEX "PcDocument_reconstructedFromId_idx" ON "PcDocument"("reconstructedFromId");

-- CreateIndex
CREATE INDEX "Goal_parentId_idx" ON "Goal"("parentId");

-- CreateIndex
CREATE INDEX "PrintedFigure_budgetLineId_idx" ON "PrintedFigure"("budgetLineId");

-- CreateIndex
CREATE INDEX "PrintedFigure_goalId_idx" ON "PrintedFigure"("goalId");

-- CreateIndex
CREATE INDEX "PrintedFigure_sourceId_idx" ON "PrintedFigure"("sourceId");

-- AddForeignKey
ALTER TABLE "PcDocument" ADD CONSTRAINT "PcDocument_reconstructedFromId_fkey" FOREIGN KEY ("reconstructedFromId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorFigure" ADD CONSTRAINT "IndicatorFigure_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorFigure" ADD CONSTRAINT "IndicatorFigure_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorFigure" ADD CONSTRAINT "IndicatorFigure_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorFigure" ADD CONSTRAINT "IndicatorFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetFigure" ADD CONSTRAINT "BudgetFigure_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetFigure" ADD CONSTRAINT "BudgetFigure_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetFigure" ADD CONSTRAINT "BudgetFigure_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetFigure" ADD CONSTRAINT "BudgetFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAmendment" ADD CONSTRAINT "BudgetAmendment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAmendment" ADD CONSTRAINT "BudgetAmendment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAmendment" ADD CONSTRAINT "BudgetAmendment_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAmendmentLine" ADD CONSTRAINT "BudgetAmendmentLine_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "BudgetAmendment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAmendmentLine" ADD CONSTRAINT "BudgetAmendmentLine_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetAmendment" ADD CONSTRAINT "TargetAmendment_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "BudgetAmendment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetAmendment" ADD CONSTRAINT "TargetAmendment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrintedFigure" ADD CONSTRAINT "PrintedFigure_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Today's documents: every bestuursrapportage is the first of its year, and
-- every document in the database was transcribed or entered as it is.
UPDATE "PcDocument" SET "sequence" = 1 WHERE "kind" = 'BESTUURSRAPPORTAGE';

-- One document per (municipality, kind, year, sequence) among real documents,
-- and one reconstruction per (printing document, kind, year, sequence).
CREATE UNIQUE INDEX "PcDocument_real_key" ON "PcDocument"("municipalityId", "kind", "year", "sequence") WHERE "origin" <> 'RECONSTRUCTED';
CREATE UNIQUE INDEX "PcDocument_reconstruction_key" ON "PcDocument"("reconstructedFromId", "kind", "year", "sequence") WHERE "origin" = 'RECONSTRUCTED';
ALTER TABLE "PcDocument" ADD CONSTRAINT "PcDocument_reconstruction_check" CHECK (("origin" = 'RECONSTRUCTED') = ("reconstructedFromId" IS NOT NULL));
ALTER TABLE "PcDocument" ADD CONSTRAINT "PcDocument_sequence_check" CHECK (("kind" = 'BESTUURSRAPPORTAGE') = ("sequence" > 0));
ALTER TABLE "PcDocument" ADD CONSTRAINT "PcDocument_projection_check" CHECK ("projectionYears" >= 0 AND ("kind" = 'BEGROTING' OR "projectionYears" = 0));

-- The one-document-per-kind-and-year index goes before the data moves: a
-- reconstructed Begroting 2021 sits beside the real one (the partial indexes
-- above take over).
-- DropIndex
DROP INDEX "PcDocument_municipalityId_kind_year_key";

-- A figure's stage follows from its document (decision 009, section 2):
-- begroting Y owns Y .. Y+projectionYears, bestuursrapportage and jaarstukken
-- Y own only Y. The write path refuses other years, this trigger refuses them
-- for every other writer too. The body is an E-string with \073 for each
-- semicolon because the migration runner (adapter-pg's executeScript) splits
-- the file on every semicolon, even inside a dollar-quoted body.
CREATE FUNCTION "figure_year_owned_by_document"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "PcDocument" d
    WHERE d."id" = NEW."documentId"
      AND (NEW."year" = d."year"
        OR (d."kind" = ''BEGROTING'' AND NEW."year" BETWEEN d."year" AND d."year" + d."projectionYears"))
  ) THEN
    RAISE EXCEPTION ''%: document % does not own figures of year %'', TG_TABLE_NAME, NEW."documentId", NEW."year"
      USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END';
CREATE TRIGGER "budget_figure_year_owned" BEFORE INSERT OR UPDATE OF "documentId", "year" ON "BudgetFigure"
  FOR EACH ROW EXECUTE FUNCTION "figure_year_owned_by_document"();
CREATE TRIGGER "indicator_figure_year_owned" BEFORE INSERT OR UPDATE OF "documentId", "year" ON "IndicatorFigure"
  FOR EACH ROW EXECUTE FUNCTION "figure_year_owned_by_document"();

-- ---------------------------------------------------------------- data
-- New rows get 'mig_' || md5(what they derive from): text like Prisma's cuids,
-- unique, and the same on every installation so a second look can find them.

-- Origin: the transcription import gives every row it writes the document's
-- Source and logs an "import" audit entry. The werkplek (and the demo
-- workspace) write no Source. So a document with a sourced row or an import
-- entry was transcribed, every other one was entered.
UPDATE "PcDocument" d SET "origin" = 'TRANSCRIBED'
WHERE EXISTS (SELECT 1 FROM "ProgrammeReport" x WHERE x."documentId" = d."id" AND x."sourceId" IS NOT NULL)
   OR EXISTS (SELECT 1 FROM "GoalReport" x WHERE x."documentId" = d."id" AND x."sourceId" IS NOT NULL)
   OR EXISTS (SELECT 1 FROM "Activity" x WHERE x."documentId" = d."id" AND x."sourceId" IS NOT NULL)
   OR EXISTS (SELECT 1 FROM "DocumentSection" x WHERE x."documentId" = d."id" AND x."sourceId" IS NOT NULL)
   OR EXISTS (SELECT 1 FROM "FinancialLine" x WHERE x."documentId" = d."id" AND x."sourceId" IS NOT NULL)
   OR EXISTS (SELECT 1 FROM "IndicatorValue" x WHERE x."documentId" = d."id" AND x."sourceId" IS NOT NULL)
   OR EXISTS (SELECT 1 FROM "PrintedFigure" x WHERE x."documentId" = d."id" AND x."sourceId" IS NOT NULL)
   OR EXISTS (SELECT 1 FROM "AuditEntry" a WHERE a."entityType" = 'PcDocument' AND a."entityId" = d."id" AND a."action" = 'import');

-- A begroting that printed targets for later years projects that far: those
-- targets are its meerjarenraming and stay its own.
UPDATE "PcDocument" d SET "projectionYears" = p."years"
FROM (
  SELECT v."documentId", max(v."year") - min(b."year") AS "years"
  FROM "IndicatorValue" v JOIN "PcDocument" b ON b."id" = v."documentId"
  WHERE b."kind" = 'BEGROTING' AND v."target" IS NOT NULL AND v."year" > b."year"
  GROUP BY v."documentId"
) p
WHERE d."id" = p."documentId";

-- Where each part of an old IndicatorValue goes (contract, "Where a figure
-- lives"). The old id goes to the figure the document owns in its own stage
-- (a begroting's target, otherwise the realisatie or prognose), or to the one
-- figure that is made, so old audit entries keep pointing at a figure.
CREATE TABLE "_pc_cycle_indicator" AS
SELECT s.*,
  s."makeTarget" AND (s."kind" = 'BEGROTING' OR NOT s."makeActual") AS "idToTarget"
FROM (
  SELECT v."id", v."documentId", d."kind", d."year" AS "documentYear", v."year",
    v."target" IS NOT NULL AS "makeTarget",
    (d."kind" <> 'BEGROTING' AND v."year" = d."year")
      OR v."actual" IS NOT NULL OR v."benchmark" IS NOT NULL OR v."benchmarkLabel" IS NOT NULL
      OR v."printedGoalAchieved" IS NOT NULL OR v."explanation" IS NOT NULL OR v."target" IS NULL AS "makeActual",
    d."kind" = 'BEGROTING' AND v."year" BETWEEN d."year" AND d."year" + d."projectionYears" AS "targetInOwn",
    d."kind" <> 'BEGROTING' AND v."year" = d."year" AS "actualInOwn"
  FROM "IndicatorValue" v JOIN "PcDocument" d ON d."id" = v."documentId"
) s;

-- Which BudgetLine each old FinancialLine becomes: lines of one municipality
-- with the same programme, category, label, product and taakveld are one line
-- (NULLs count as equal). Should one document print the same line twice, its
-- second occurrence becomes a line of its own, so no figure is lost. The key
-- is 'fl-' and the id of the earliest printing (by document year and kind).
CREATE TABLE "_pc_cycle_line" AS
SELECT o."id", o."documentId",
  first_value(o."id") OVER (
    PARTITION BY o."municipalityId", o."programmeId", o."category", o."label", o."product", o."functionCode", o."occurrence"
    ORDER BY o."documentYear", o."kind", o."sortOrder", o."id"
  ) AS "firstId"
FROM (
  SELECT f."id", f."documentId", f."programmeId", f."category", f."label", f."product", f."functionCode", f."sortOrder",
    d."municipalityId", d."year" AS "documentYear", d."kind",
    row_number() OVER (
      PARTITION BY f."documentId", f."programmeId", f."category", f."label", f."product", f."functionCode"
      ORDER BY f."sortOrder", f."id"
    ) AS "occurrence"
  FROM "FinancialLine" f JOIN "PcDocument" d ON d."id" = f."documentId"
) o;
ALTER TABLE "_pc_cycle_line" ADD COLUMN "budgetLineId" TEXT;
UPDATE "_pc_cycle_line" SET "budgetLineId" = 'mig_' || md5('BudgetLine:' || "firstId");

INSERT INTO "BudgetLine" ("id", "municipalityId", "programmeId", "goalId", "key", "product", "functionCode", "category", "label", "sortOrder", "createdAt", "updatedAt")
SELECT m."budgetLineId", d."municipalityId", f."programmeId", f."goalId", 'fl-' || f."id", f."product", f."functionCode", f."category", f."label", f."sortOrder", f."createdAt", CURRENT_TIMESTAMP
FROM "_pc_cycle_line" m
JOIN "FinancialLine" f ON f."id" = m."id"
JOIN "PcDocument" d ON d."id" = f."documentId"
WHERE m."id" = m."firstId";

-- Reconstructed documents: one per printing document and (kind, year) it
-- printed figures of but does not own.
INSERT INTO "PcDocument" ("id", "municipalityId", "kind", "year", "sequence", "title", "status", "origin", "reconstructedFromId", "createdAt", "updatedAt")
SELECT 'mig_' || md5('PcDocument:' || n."documentId" || ':' || n."kind" || ':' || n."year"),
  d."municipalityId", n."kind"::"DocumentKind", n."year", 0,
  CASE n."kind" WHEN 'BEGROTING' THEN 'Begroting ' ELSE 'Jaarstukken ' END || n."year" || ' (zoals gedrukt in ' || d."title" || ')',
  'CONCEPT', 'RECONSTRUCTED', d."id", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM (
  SELECT f."documentId", 'BEGROTING' AS "kind", d."year" FROM "FinancialLine" f JOIN "PcDocument" d ON d."id" = f."documentId"
    WHERE f."budgetOriginal" IS NOT NULL AND d."kind" <> 'BEGROTING'
  UNION
  SELECT f."documentId", 'JAARSTUKKEN', d."year" - 1 FROM "FinancialLine" f JOIN "PcDocument" d ON d."id" = f."documentId"
    WHERE f."actualPreviousYear" IS NOT NULL
  UNION
  SELECT f."documentId", 'JAARSTUKKEN', d."year" FROM "FinancialLine" f JOIN "PcDocument" d ON d."id" = f."documentId"
    WHERE f."actual" IS NOT NULL AND d."kind" = 'BEGROTING'
  UNION
  SELECT i."documentId", 'BEGROTING', i."year" FROM "_pc_cycle_indicator" i WHERE i."makeTarget" AND NOT i."targetInOwn"
  UNION
  SELECT i."documentId", 'JAARSTUKKEN', i."year" FROM "_pc_cycle_indicator" i WHERE i."makeActual" AND NOT i."actualInOwn"
) n
JOIN "PcDocument" d ON d."id" = n."documentId";

-- Indicator targets: in the begroting itself when it owns the year, else in
-- the reconstructed begroting of that year.
INSERT INTO "IndicatorFigure" ("id", "indicatorId", "documentId", "year", "dimensionValue", "value", "reviewStatus", "reviewComment", "version", "updatedById", "sourceId", "sourceLocation", "createdAt", "updatedAt")
SELECT CASE WHEN i."idToTarget" THEN v."id" ELSE 'mig_' || md5('IndicatorFigure:target:' || v."id") END,
  v."indicatorId",
  CASE WHEN i."targetInOwn" THEN v."documentId" ELSE 'mig_' || md5('PcDocument:' || v."documentId" || ':BEGROTING:' || v."year") END,
  v."year", v."dimensionValue", v."target", v."reviewStatus",
  CASE WHEN i."idToTarget" THEN v."reviewComment" END,
  CASE WHEN i."idToTarget" THEN v."version" ELSE 1 END,
  CASE WHEN i."idToTarget" THEN v."updatedById" END,
  v."sourceId", v."sourceLocation", v."createdAt", v."updatedAt"
FROM "_pc_cycle_indicator" i JOIN "IndicatorValue" v ON v."id" = i."id"
WHERE i."makeTarget";

-- Indicator realisaties (and a bestuursrapportage's prognose) with what was
-- entered and reviewed beside them.
INSERT INTO "IndicatorFigure" ("id", "indicatorId", "documentId", "year", "dimensionValue", "value", "benchmark", "benchmarkLabel", "printedGoalAchieved", "explanation", "reviewStatus", "reviewComment", "version", "updatedById", "sourceId", "sourceLocation", "createdAt", "updatedAt")
SELECT CASE WHEN i."idToTarget" THEN 'mig_' || md5('IndicatorFigure:actual:' || v."id") ELSE v."id" END,
  v."indicatorId",
  CASE WHEN i."actualInOwn" THEN v."documentId" ELSE 'mig_' || md5('PcDocument:' || v."documentId" || ':JAARSTUKKEN:' || v."year") END,
  v."year", v."dimensionValue", v."actual", v."benchmark", v."benchmarkLabel", v."printedGoalAchieved", v."explanation", v."reviewStatus",
  CASE WHEN i."idToTarget" THEN NULL ELSE v."reviewComment" END,
  CASE WHEN i."idToTarget" THEN 1 ELSE v."version" END,
  CASE WHEN i."idToTarget" THEN NULL ELSE v."updatedById" END,
  v."sourceId", v."sourceLocation", v."createdAt", v."updatedAt"
FROM "_pc_cycle_indicator" i JOIN "IndicatorValue" v ON v."id" = i."id"
WHERE i."makeActual";

-- The figure each document owns for its own year keeps the old line's id:
-- a begroting's primitieve begroting, otherwise the realisatie or prognose.
INSERT INTO "BudgetFigure" ("id", "budgetLineId", "documentId", "year", "amount", "explanation", "reviewStatus", "reviewComment", "version", "updatedById", "sourceId", "sourceLocation", "createdAt", "updatedAt")
SELECT f."id", m."budgetLineId", d."id", d."year",
  CASE WHEN d."kind" = 'BEGROTING' THEN f."budgetOriginal" ELSE f."actual" END,
  f."explanation", f."reviewStatus", f."reviewComment", f."version", f."updatedById", f."sourceId", f."sourceLocation", f."createdAt", f."updatedAt"
FROM "FinancialLine" f JOIN "_pc_cycle_line" m ON m."id" = f."id" JOIN "PcDocument" d ON d."id" = f."documentId";

-- The printed primitieve begroting of a document that is not the begroting.
INSERT INTO "BudgetFigure" ("id", "budgetLineId", "documentId", "year", "amount", "reviewStatus", "sourceId", "sourceLocation", "createdAt", "updatedAt")
SELECT 'mig_' || md5('BudgetFigure:primitief:' || f."id"), m."budgetLineId",
  'mig_' || md5('PcDocument:' || d."id" || ':BEGROTING:' || d."year"), d."year",
  f."budgetOriginal", f."reviewStatus", f."sourceId", f."sourceLocation", f."createdAt", f."updatedAt"
FROM "FinancialLine" f JOIN "_pc_cycle_line" m ON m."id" = f."id" JOIN "PcDocument" d ON d."id" = f."documentId"
WHERE f."budgetOriginal" IS NOT NULL AND d."kind" <> 'BEGROTING';

-- The printed realisatie of the previous year, and a realisatie a begroting printed for its own year.
INSERT INTO "BudgetFigure" ("id", "budgetLineId", "documentId", "year", "amount", "reviewStatus", "sourceId", "sourceLocation", "createdAt", "updatedAt")
SELECT 'mig_' || md5('BudgetFigure:previous:' || f."id"), m."budgetLineId",
  'mig_' || md5('PcDocument:' || d."id" || ':JAARSTUKKEN:' || (d."year" - 1)), d."year" - 1,
  f."actualPreviousYear", f."reviewStatus", f."sourceId", f."sourceLocation", f."createdAt", f."updatedAt"
FROM "FinancialLine" f JOIN "_pc_cycle_line" m ON m."id" = f."id" JOIN "PcDocument" d ON d."id" = f."documentId"
WHERE f."actualPreviousYear" IS NOT NULL;
INSERT INTO "BudgetFigure" ("id", "budgetLineId", "documentId", "year", "amount", "reviewStatus", "sourceId", "sourceLocation", "createdAt", "updatedAt")
SELECT 'mig_' || md5('BudgetFigure:actual:' || f."id"), m."budgetLineId",
  'mig_' || md5('PcDocument:' || d."id" || ':JAARSTUKKEN:' || d."year"), d."year",
  f."actual", f."reviewStatus", f."sourceId", f."sourceLocation", f."createdAt", f."updatedAt"
FROM "FinancialLine" f JOIN "_pc_cycle_line" m ON m."id" = f."id" JOIN "PcDocument" d ON d."id" = f."documentId"
WHERE f."actual" IS NOT NULL AND d."kind" = 'BEGROTING';

-- Na-wijziging printed beside the primitieve begroting, wijzigingen not
-- listed: one unspecified, adopted wijziging per document and year carries
-- the difference, so the computed na-wijziging equals the printed one. Its
-- provenance is the first such line's (the printed table).
INSERT INTO "BudgetAmendment" ("id", "municipalityId", "year", "number", "authority", "reason", "status", "adoptedAt", "documentId", "unspecified", "sourceId", "sourceLocation", "createdAt", "updatedAt")
SELECT DISTINCT ON (d."id")
  'mig_' || md5('BudgetAmendment:' || d."id"), d."municipalityId", d."year", 'zoals gedrukt in ' || d."title", NULL,
  'zoals gedrukt, niet gespecificeerd in de bron', 'VASTGESTELD', d."adoptedAt", d."id", true,
  f."sourceId", f."sourceLocation", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "FinancialLine" f JOIN "PcDocument" d ON d."id" = f."documentId"
WHERE f."budgetOriginal" IS NOT NULL AND f."budgetAmended" IS NOT NULL
ORDER BY d."id", f."sortOrder", f."id";
INSERT INTO "BudgetAmendmentLine" ("id", "amendmentId", "budgetLineId", "delta", "sourceLocation")
SELECT 'mig_' || md5('BudgetAmendmentLine:' || f."id"), 'mig_' || md5('BudgetAmendment:' || f."documentId"), m."budgetLineId",
  f."budgetAmended" - f."budgetOriginal", f."sourceLocation"
FROM "FinancialLine" f JOIN "_pc_cycle_line" m ON m."id" = f."id"
WHERE f."budgetOriginal" IS NOT NULL AND f."budgetAmended" IS NOT NULL AND f."budgetAmended" <> f."budgetOriginal";

-- Na-wijziging printed without a primitieve begroting (Hilversum 2021): zero
-- would be invented, so the printed figure stays printed, on its line.
INSERT INTO "PrintedFigure" ("id", "documentId", "programmeId", "goalId", "budgetLineId", "row", "column", "amount", "sourceId", "sourceLocation")
SELECT 'mig_' || md5('PrintedFigure:amended:' || f."id"), f."documentId", f."programmeId", f."goalId", m."budgetLineId",
  f."category"::text::"PrintedRow", 'BUDGET_AMENDED', f."budgetAmended", f."sourceId", f."sourceLocation"
FROM "FinancialLine" f JOIN "_pc_cycle_line" m ON m."id" = f."id"
WHERE f."budgetAmended" IS NOT NULL AND f."budgetOriginal" IS NULL;

UPDATE "PrintedFigure" p SET "budgetLineId" = m."budgetLineId"
FROM "_pc_cycle_line" m WHERE p."financialLineId" = m."id";

DROP TABLE "_pc_cycle_indicator";
DROP TABLE "_pc_cycle_line";

-- ---------------------------------------------------------------- the old tables go
-- DropForeignKey
ALTER TABLE "IndicatorValue" DROP CONSTRAINT "IndicatorValue_indicatorId_fkey";

-- DropForeignKey
ALTER TABLE "IndicatorValue" DROP CONSTRAINT "IndicatorValue_documentId_fkey";

-- DropForeignKey
ALTER TABLE "IndicatorValue" DROP CONSTRAINT "IndicatorValue_updatedById_fkey";

-- DropForeignKey
ALTER TABLE "IndicatorValue" DROP CONSTRAINT "IndicatorValue_sourceId_fkey";

-- DropForeignKey
ALTER TABLE "FinancialLine" DROP CONSTRAINT "FinancialLine_documentId_fkey";

-- DropForeignKey
ALTER TABLE "FinancialLine" DROP CONSTRAINT "FinancialLine_programmeId_fkey";

-- DropForeignKey
ALTER TABLE "FinancialLine" DROP CONSTRAINT "FinancialLine_goalId_fkey";

-- DropForeignKey
ALTER TABLE "FinancialLine" DROP CONSTRAINT "FinancialLine_updatedById_fkey";

-- DropForeignKey
ALTER TABLE "FinancialLine" DROP CONSTRAINT "FinancialLine_sourceId_fkey";

-- DropIndex
DROP INDEX "PrintedFigure_financialLineId_idx";

-- AlterTable
ALTER TABLE "PrintedFigure" DROP COLUMN "financialLineId";

-- DropTable
DROP TABLE "IndicatorValue";

-- DropTable
DROP TABLE "FinancialLine";

COMMIT;
