-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SignConvention" AS ENUM ('EXPENSES_NEGATIVE', 'ADVANTAGE_NEGATIVE', 'BOTH_POSITIVE');

-- CreateEnum
CREATE TYPE "DeviationRule" AS ENUM ('AMOUNT_OR_PERCENT', 'AMOUNT_AND_PERCENT');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('BEGROTING', 'BESTUURSRAPPORTAGE', 'JAARSTUKKEN');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('CONCEPT', 'VASTGESTELD', 'GEPUBLICEERD');

-- CreateEnum
CREATE TYPE "GoalLevel" AS ENUM ('GENERAL', 'GOAL', 'SUBGOAL');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('RAPPORTCIJFER', 'PERCENTAGE', 'AANTAL', 'EURO', 'OVERIG');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'ON_TARGET');

-- CreateEnum
CREATE TYPE "IndicatorFrequency" AS ENUM ('YEARLY', 'BIENNIAL', 'IRREGULAR');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('CONCEPT', 'INGEDIEND', 'GOEDGEKEURD', 'TERUGGESTUURD');

-- CreateEnum
CREATE TYPE "FinancialCategory" AS ENUM ('EXPENSES', 'INCOME', 'RESERVE_ADDITION', 'RESERVE_WITHDRAWAL');

-- CreateEnum
CREATE TYPE "PrintedRow" AS ENUM ('EXPENSES', 'INCOME', 'RESERVE_ADDITION', 'RESERVE_WITHDRAWAL', 'BALANCE', 'RESULT');

-- CreateEnum
CREATE TYPE "AmountColumn" AS ENUM ('ACTUAL_PREVIOUS_YEAR', 'BUDGET_ORIGINAL', 'BUDGET_AMENDED', 'ACTUAL', 'DIFFERENCE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('BELEIDSADVISEUR', 'CONTROLLER', 'BEHEERDER', 'LEZER');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "cbsCode" VARCHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "province" TEXT,
    "inhabitants" INTEGER,
    "inhabitantsYear" INTEGER,
    "signConvention" "SignConvention" NOT NULL DEFAULT 'BOTH_POSITIVE',
    "deviationThresholdAmount" BIGINT,
    "deviationThresholdPercent" DECIMAL(5,2),
    "deviationRule" "DeviationRule" NOT NULL DEFAULT 'AMOUNT_OR_PERCENT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "year" INTEGER,
    "url" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PcDocument" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'CONCEPT',
    "adoptedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PcDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeReport" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "printedTitle" TEXT,
    "introduction" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT,
    "sourceLocation" TEXT,

    CONSTRAINT "ProgrammeReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "parentId" TEXT,
    "level" "GoalLevel" NOT NULL,
    "code" TEXT,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalReport" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "intended" TEXT,
    "achieved" TEXT,
    "done" TEXT,
    "financeExplanation" TEXT,
    "sourceId" TEXT,
    "sourceLocation" TEXT,

    CONSTRAINT "GoalReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "goalId" TEXT,
    "code" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "ActivityStatus",
    "achieved" TEXT,
    "done" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT,
    "sourceLocation" TEXT,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentSection" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "programmeId" TEXT,
    "goalId" TEXT,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT,
    "sourceLocation" TEXT,

    CONSTRAINT "DocumentSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "programmeId" TEXT,
    "goalId" TEXT,
    "code" TEXT,
    "importKey" TEXT,
    "name" TEXT,
    "definition" TEXT,
    "unit" "IndicatorUnit" NOT NULL,
    "unitLabel" TEXT,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "sourceName" TEXT,
    "frequency" "IndicatorFrequency" NOT NULL DEFAULT 'YEARLY',
    "bbvMandatory" BOOLEAN NOT NULL DEFAULT false,
    "groupLabel" TEXT,
    "dimensionName" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "dimensionValue" TEXT NOT NULL DEFAULT '',
    "target" DECIMAL(18,4),
    "actual" DECIMAL(18,4),
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

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinancialLine" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "goalId" TEXT,
    "product" TEXT,
    "functionCode" TEXT,
    "category" "FinancialCategory" NOT NULL,
    "label" TEXT NOT NULL,
    "actualPreviousYear" BIGINT,
    "budgetOriginal" BIGINT,
    "budgetAmended" BIGINT,
    "actual" BIGINT,
    "explanation" TEXT,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'CONCEPT',
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "sourceId" TEXT,
    "sourceLocation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FinancialLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrintedFigure" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "goalId" TEXT,
    "financialLineId" TEXT,
    "row" "PrintedRow" NOT NULL,
    "column" "AmountColumn" NOT NULL,
    "amount" BIGINT,
    "shareOfMunicipalTotal" DECIMAL(7,4),
    "label" TEXT,
    "sourceId" TEXT,
    "sourceLocation" TEXT,

    CONSTRAINT "PrintedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipProgramme" (
    "membershipId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,

    CONSTRAINT "MembershipProgramme_pkey" PRIMARY KEY ("membershipId","programmeId")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "municipalityId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "oldValue" JSONB,
    "newValue" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_cbsCode_key" ON "Municipality"("cbsCode");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Source_municipalityId_idx" ON "Source"("municipalityId");

-- CreateIndex
CREATE INDEX "PcDocument_municipalityId_year_idx" ON "PcDocument"("municipalityId", "year");

-- CreateIndex
CREATE INDEX "PcDocument_status_idx" ON "PcDocument"("status");

-- CreateIndex
CREATE UNIQUE INDEX "PcDocument_municipalityId_kind_year_key" ON "PcDocument"("municipalityId", "kind", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_municipalityId_number_key" ON "Programme"("municipalityId", "number");

-- CreateIndex
CREATE INDEX "ProgrammeReport_programmeId_idx" ON "ProgrammeReport"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeReport_documentId_programmeId_key" ON "ProgrammeReport"("documentId", "programmeId");

-- CreateIndex
CREATE INDEX "Goal_programmeId_parentId_idx" ON "Goal"("programmeId", "parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_programmeId_code_key" ON "Goal"("programmeId", "code");

-- CreateIndex
CREATE INDEX "GoalReport_goalId_idx" ON "GoalReport"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "GoalReport_documentId_goalId_key" ON "GoalReport"("documentId", "goalId");

-- CreateIndex
CREATE INDEX "Activity_documentId_programmeId_idx" ON "Activity"("documentId", "programmeId");

-- CreateIndex
CREATE INDEX "Activity_goalId_idx" ON "Activity"("goalId");

-- CreateIndex
CREATE INDEX "DocumentSection_documentId_programmeId_idx" ON "DocumentSection"("documentId", "programmeId");

-- CreateIndex
CREATE INDEX "Indicator_municipalityId_idx" ON "Indicator"("municipalityId");

-- CreateIndex
CREATE INDEX "Indicator_programmeId_idx" ON "Indicator"("programmeId");

-- CreateIndex
CREATE INDEX "Indicator_goalId_idx" ON "Indicator"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_municipalityId_importKey_key" ON "Indicator"("municipalityId", "importKey");

-- CreateIndex
CREATE INDEX "IndicatorValue_documentId_idx" ON "IndicatorValue"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_year_dimensionValue_key" ON "IndicatorValue"("indicatorId", "year", "dimensionValue");

-- CreateIndex
CREATE INDEX "FinancialLine_documentId_programmeId_idx" ON "FinancialLine"("documentId", "programmeId");

-- CreateIndex
CREATE INDEX "FinancialLine_goalId_idx" ON "FinancialLine"("goalId");

-- CreateIndex
CREATE INDEX "FinancialLine_functionCode_idx" ON "FinancialLine"("functionCode");

-- CreateIndex
CREATE INDEX "PrintedFigure_documentId_programmeId_idx" ON "PrintedFigure"("documentId", "programmeId");

-- CreateIndex
CREATE INDEX "PrintedFigure_financialLineId_idx" ON "PrintedFigure"("financialLineId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_municipalityId_idx" ON "Membership"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_municipalityId_role_key" ON "Membership"("userId", "municipalityId", "role");

-- CreateIndex
CREATE INDEX "MembershipProgramme_programmeId_idx" ON "MembershipProgramme"("programmeId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_at_idx" ON "AuditEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_municipalityId_at_idx" ON "AuditEntry"("municipalityId", "at");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PcDocument" ADD CONSTRAINT "PcDocument_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeReport" ADD CONSTRAINT "ProgrammeReport_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeReport" ADD CONSTRAINT "ProgrammeReport_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeReport" ADD CONSTRAINT "ProgrammeReport_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalReport" ADD CONSTRAINT "GoalReport_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalReport" ADD CONSTRAINT "GoalReport_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalReport" ADD CONSTRAINT "GoalReport_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSection" ADD CONSTRAINT "DocumentSection_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSection" ADD CONSTRAINT "DocumentSection_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSection" ADD CONSTRAINT "DocumentSection_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSection" ADD CONSTRAINT "DocumentSection_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancialLine" ADD CONSTRAINT "FinancialLine_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancialLine" ADD CONSTRAINT "FinancialLine_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancialLine" ADD CONSTRAINT "FinancialLine_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancialLine" ADD CONSTRAINT "FinancialLine_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancialLine" ADD CONSTRAINT "FinancialLine_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrintedFigure" ADD CONSTRAINT "PrintedFigure_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrintedFigure" ADD CONSTRAINT "PrintedFigure_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrintedFigure" ADD CONSTRAINT "PrintedFigure_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrintedFigure" ADD CONSTRAINT "PrintedFigure_financialLineId_fkey" FOREIGN KEY ("financialLineId") REFERENCES "FinancialLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrintedFigure" ADD CONSTRAINT "PrintedFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipProgramme" ADD CONSTRAINT "MembershipProgramme_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipProgramme" ADD CONSTRAINT "MembershipProgramme_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
