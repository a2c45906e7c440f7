-- AlterTable
ALTER TABLE "ProgrammeReport" ADD COLUMN     "achieved" TEXT,
ADD COLUMN     "carriedFromId" TEXT,
ADD COLUMN     "done" TEXT,
ADD COLUMN     "financeExplanation" TEXT,
ADD COLUMN     "intended" TEXT,
ADD COLUMN     "planned" TEXT,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'CONCEPT',
ADD COLUMN     "updatedById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "GoalReport" ADD COLUMN     "carriedFromId" TEXT,
ADD COLUMN     "planned" TEXT,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'CONCEPT',
ADD COLUMN     "updatedById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "carriedFromId" TEXT,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'CONCEPT',
ADD COLUMN     "updatedById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "IndicatorFigure" ADD COLUMN     "periodLabel" TEXT;

-- CreateIndex
CREATE INDEX "ProgrammeReport_updatedById_idx" ON "ProgrammeReport"("updatedById");

-- CreateIndex
CREATE INDEX "ProgrammeReport_carriedFromId_idx" ON "ProgrammeReport"("carriedFromId");

-- CreateIndex
CREATE INDEX "GoalReport_updatedById_idx" ON "GoalReport"("updatedById");

-- CreateIndex
CREATE INDEX "GoalReport_carriedFromId_idx" ON "GoalReport"("carriedFromId");

-- CreateIndex
CREATE INDEX "Activity_updatedById_idx" ON "Activity"("updatedById");

-- CreateIndex
CREATE INDEX "Activity_carriedFromId_idx" ON "Activity"("carriedFromId");

-- AddForeignKey
ALTER TABLE "ProgrammeReport" ADD CONSTRAINT "ProgrammeReport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeReport" ADD CONSTRAINT "ProgrammeReport_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "PcDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalReport" ADD CONSTRAINT "GoalReport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalReport" ADD CONSTRAINT "GoalReport_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "PcDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "PcDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every text that exists before this migration was transcribed from a
-- published document (the demo data): it is as the municipality printed it,
-- so it counts as reviewed (decision 011). New and copied texts start CONCEPT.
UPDATE "ProgrammeReport" SET "reviewStatus" = 'GOEDGEKEURD';
UPDATE "GoalReport" SET "reviewStatus" = 'GOEDGEKEURD';
UPDATE "Activity" SET "reviewStatus" = 'GOEDGEKEURD';
