-- Decision 009: the P&C cycle. Subjects with identity (BudgetLine beside
-- Programme, Goal, Indicator), figures owned by the stage that sets them
-- (BudgetFigure, IndicatorFigure), begrotingswijzigingen as records. The data
-- of FinancialLine and IndicatorValue moves over in the middle section, then
-- the old tables go. Prisma runs the file in one transaction.

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

-- ---------------------------------------------------------------- data
-- DATA-MIGRATION-PLACEHOLDER

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
DROP INDEX "PcDocument_municipalityId_kind_year_key";

-- DropIndex
DROP INDEX "PrintedFigure_financialLineId_idx";

-- AlterTable
ALTER TABLE "PrintedFigure" DROP COLUMN "financialLineId";

-- DropTable
DROP TABLE "IndicatorValue";

-- DropTable
DROP TABLE "FinancialLine";
