-- CreateEnum
CREATE TYPE "Pillar" AS ENUM ('QUALITY', 'ENGAGEMENT', 'GROWTH', 'SKILLS');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'VPE', 'DIRECTOR', 'MANAGER', 'HR_PARTNER');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('ONSHORE', 'NEARSHORE', 'OFFSHORE');

-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('WEEKLY', 'BIWEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "CompetencyDomain" AS ENUM ('ENGINEERING', 'PEOPLE', 'DELIVERY', 'STRATEGY', 'FINANCE', 'PRODUCT', 'M_AND_A');

-- CreateEnum
CREATE TYPE "UserTokenKind" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "FrameworkVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TrackKind" AS ENUM ('MANAGEMENT', 'INDIVIDUAL_CONTRIBUTOR');

-- CreateEnum
CREATE TYPE "LevelChangeReason" AS ENUM ('HIRE', 'PROMOTION', 'CALIBRATION', 'TRACK_CHANGE');

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('MANAGER', 'SELF');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'SHARED');

-- CreateEnum
CREATE TYPE "PromotionReadiness" AS ENUM ('NOT_YET', 'WITHIN_6_12_MONTHS', 'READY');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('SCALE', 'TEXT', 'YES_NO', 'CHOICE');

-- CreateEnum
CREATE TYPE "MetricKey" AS ENUM ('PILLAR_QUALITY', 'PILLAR_ENGAGEMENT', 'PILLAR_GROWTH', 'PILLAR_SKILLS', 'PSYCHOLOGICAL_SAFETY', 'AUTONOMY', 'TRUST');

-- CreateEnum
CREATE TYPE "CheckInStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "GrowthDomain" AS ENUM ('FINANCE', 'STRATEGY', 'PRODUCT');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "RiskFactor" AS ENUM ('COMPENSATION', 'GROWTH', 'MANAGER', 'WORKLOAD', 'ENGAGEMENT', 'EXTERNAL_OFFER', 'PERSONAL');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('OPEN', 'MONITORING', 'CLOSED');

-- CreateEnum
CREATE TYPE "MitigationStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MetricSource" AS ENUM ('MANUAL', 'CSV');

-- CreateEnum
CREATE TYPE "SkillItemKind" AS ENUM ('LEARNING', 'EXPERIMENT');

-- CreateEnum
CREATE TYPE "SkillItemStatus" AS ENUM ('PLANNED', 'ACTIVE', 'COMPLETED', 'STOPPED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "fiscalYearStartMonth" SMALLINT NOT NULL DEFAULT 1,
    "defaultCadence" "Cadence" NOT NULL DEFAULT 'BIWEEKLY',
    "checkInGraceDays" SMALLINT NOT NULL DEFAULT 2,
    "riskSignalThresholds" JSONB NOT NULL DEFAULT '{}',
    "departedRetentionDays" INTEGER NOT NULL DEFAULT 730,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "employeeId" TEXT,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "managerId" INTEGER,
    "teamId" INTEGER,
    "location" TEXT,
    "region" "Region",
    "originCompany" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "checkInCadence" "Cadence",
    "checkInAnchor" DATE,
    "erasedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonClosure" (
    "ancestorId" INTEGER NOT NULL,
    "descendantId" INTEGER NOT NULL,
    "depth" SMALLINT NOT NULL,

    CONSTRAINT "PersonClosure_pkey" PRIMARY KEY ("ancestorId","descendantId")
);

-- CreateTable
CREATE TABLE "ReportingLine" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "managerId" INTEGER,
    "teamId" INTEGER,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "changedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "ownerId" INTEGER,
    "originCompany" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "personId" INTEGER,
    "lastSignInAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" "UserTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" SERIAL NOT NULL,
    "frameworkId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "FrameworkVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Track" (
    "id" SERIAL NOT NULL,
    "frameworkVersionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TrackKind" NOT NULL,

    CONSTRAINT "Track_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Level" (
    "id" SERIAL NOT NULL,
    "trackId" INTEGER NOT NULL,
    "rank" SMALLINT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT,

    CONSTRAINT "Level_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competency" (
    "id" SERIAL NOT NULL,
    "trackId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "pillar" "Pillar" NOT NULL,
    "domain" "CompetencyDomain" NOT NULL,
    "position" SMALLINT NOT NULL DEFAULT 0,

    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expectation" (
    "levelId" INTEGER NOT NULL,
    "competencyId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Expectation_pkey" PRIMARY KEY ("levelId","competencyId")
);

-- CreateTable
CREATE TABLE "LevelAssignment" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "levelId" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "reason" "LevelChangeReason" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "assessorId" INTEGER NOT NULL,
    "kind" "AssessmentKind" NOT NULL DEFAULT 'MANAGER',
    "frameworkVersionId" INTEGER NOT NULL,
    "levelId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "sharedAt" TIMESTAMPTZ(3),
    "promotionReadiness" "PromotionReadiness",
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRating" (
    "assessmentId" INTEGER NOT NULL,
    "competencyId" INTEGER NOT NULL,
    "rating" SMALLINT NOT NULL,
    "evidence" TEXT,

    CONSTRAINT "AssessmentRating_pkey" PRIMARY KEY ("assessmentId","competencyId")
);

-- CreateTable
CREATE TABLE "CheckInTemplate" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInTemplateVersion" (
    "id" SERIAL NOT NULL,
    "templateId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "FrameworkVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInQuestion" (
    "id" SERIAL NOT NULL,
    "templateVersionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" SMALLINT NOT NULL,
    "prompt" TEXT NOT NULL,
    "help" TEXT,
    "kind" "QuestionKind" NOT NULL,
    "pillar" "Pillar" NOT NULL,
    "metricKey" "MetricKey",
    "options" JSONB,
    "required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CheckInQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" SERIAL NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "templateVersionId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "dueDate" DATE,
    "status" "CheckInStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMPTZ(3),
    "clientRequestId" TEXT,
    "scoreQuality" SMALLINT,
    "scoreEngagement" SMALLINT,
    "scoreGrowth" SMALLINT,
    "scoreSkills" SMALLINT,
    "psychologicalSafety" SMALLINT,
    "autonomy" SMALLINT,
    "trust" SMALLINT,
    "wins" TEXT,
    "blockers" TEXT,
    "growthDomain" "GrowthDomain",
    "growthStep" TEXT,
    "growthFollowUp" TEXT,
    "privateNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInAnswer" (
    "id" SERIAL NOT NULL,
    "checkInId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "CheckInAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" SERIAL NOT NULL,
    "checkInId" INTEGER NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE,
    "doneAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionRisk" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "level" "RiskLevel" NOT NULL,
    "factors" "RiskFactor"[],
    "regrettable" BOOLEAN NOT NULL,
    "notes" TEXT,
    "nextReviewDate" DATE NOT NULL,
    "status" "RiskStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetentionRisk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskMitigation" (
    "id" SERIAL NOT NULL,
    "riskId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "MitigationStatus" NOT NULL DEFAULT 'OPEN',
    "doneAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RiskMitigation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskHistory" (
    "id" SERIAL NOT NULL,
    "riskId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Departure" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "voluntary" BOOLEAN NOT NULL,
    "regrettable" BOOLEAN NOT NULL,
    "reason" TEXT,
    "recordedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Departure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMonthlyMetric" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "deployments" INTEGER NOT NULL,
    "deployDays" INTEGER NOT NULL,
    "leadTimeHours" DOUBLE PRECISION NOT NULL,
    "failedDeployments" INTEGER NOT NULL,
    "timeToRestoreHours" DOUBLE PRECISION NOT NULL,
    "incidents" INTEGER NOT NULL,
    "source" "MetricSource" NOT NULL DEFAULT 'MANUAL',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TeamMonthlyMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillItem" (
    "id" SERIAL NOT NULL,
    "kind" "SkillItemKind" NOT NULL,
    "personId" INTEGER,
    "teamId" INTEGER,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "SkillItemStatus" NOT NULL DEFAULT 'PLANNED',
    "outcome" TEXT,
    "evidence" TEXT,
    "pillar" "Pillar" NOT NULL DEFAULT 'SKILLS',
    "startedOn" DATE,
    "completedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SkillItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSnapshot" (
    "id" SERIAL NOT NULL,
    "fiscalYear" SMALLINT NOT NULL,
    "quarter" SMALLINT NOT NULL,
    "scopePersonId" INTEGER,
    "generatedById" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" SMALLINT NOT NULL DEFAULT 0,
    "data" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReportSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "changedFields" TEXT[],
    "before" JSONB,
    "after" JSONB,
    "subjectIds" INTEGER[],
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_employeeId_key" ON "Person"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "Person_managerId_idx" ON "Person"("managerId");

-- CreateIndex
CREATE INDEX "Person_teamId_idx" ON "Person"("teamId");

-- CreateIndex
CREATE INDEX "Person_region_idx" ON "Person"("region");

-- CreateIndex
CREATE INDEX "Person_originCompany_idx" ON "Person"("originCompany");

-- CreateIndex
CREATE INDEX "Person_endDate_idx" ON "Person"("endDate");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE INDEX "PersonClosure_descendantId_depth_idx" ON "PersonClosure"("descendantId", "depth");

-- CreateIndex
CREATE INDEX "PersonClosure_ancestorId_depth_idx" ON "PersonClosure"("ancestorId", "depth");

-- CreateIndex
CREATE INDEX "ReportingLine_personId_effectiveFrom_idx" ON "ReportingLine"("personId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "ReportingLine_managerId_idx" ON "ReportingLine"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_name_key" ON "Team"("name");

-- CreateIndex
CREATE INDEX "Team_ownerId_idx" ON "Team"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_tokenHash_key" ON "UserToken"("tokenHash");

-- CreateIndex
CREATE INDEX "UserToken_userId_idx" ON "UserToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_name_key" ON "Framework"("name");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_frameworkId_number_key" ON "FrameworkVersion"("frameworkId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Track_frameworkVersionId_key_key" ON "Track"("frameworkVersionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Level_trackId_rank_key" ON "Level"("trackId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Level_trackId_code_key" ON "Level"("trackId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_trackId_key_key" ON "Competency"("trackId", "key");

-- CreateIndex
CREATE INDEX "Expectation_competencyId_idx" ON "Expectation"("competencyId");

-- CreateIndex
CREATE INDEX "LevelAssignment_personId_effectiveFrom_idx" ON "LevelAssignment"("personId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "LevelAssignment_levelId_effectiveTo_idx" ON "LevelAssignment"("levelId", "effectiveTo");

-- CreateIndex
CREATE INDEX "Assessment_personId_date_idx" ON "Assessment"("personId", "date");

-- CreateIndex
CREATE INDEX "Assessment_assessorId_idx" ON "Assessment"("assessorId");

-- CreateIndex
CREATE INDEX "Assessment_promotionReadiness_idx" ON "Assessment"("promotionReadiness");

-- CreateIndex
CREATE INDEX "AssessmentRating_competencyId_idx" ON "AssessmentRating"("competencyId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInTemplate_name_key" ON "CheckInTemplate"("name");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInTemplateVersion_templateId_number_key" ON "CheckInTemplateVersion"("templateId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInQuestion_templateVersionId_key_key" ON "CheckInQuestion"("templateVersionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInQuestion_templateVersionId_metricKey_key" ON "CheckInQuestion"("templateVersionId", "metricKey");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_clientRequestId_key" ON "CheckIn"("clientRequestId");

-- CreateIndex
CREATE INDEX "CheckIn_subjectId_date_idx" ON "CheckIn"("subjectId", "date");

-- CreateIndex
CREATE INDEX "CheckIn_status_date_idx" ON "CheckIn"("status", "date");

-- CreateIndex
CREATE INDEX "CheckIn_authorId_date_idx" ON "CheckIn"("authorId", "date");

-- CreateIndex
CREATE INDEX "CheckInAnswer_questionId_idx" ON "CheckInAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInAnswer_checkInId_questionId_key" ON "CheckInAnswer"("checkInId", "questionId");

-- CreateIndex
CREATE INDEX "ActionItem_subjectId_doneAt_idx" ON "ActionItem"("subjectId", "doneAt");

-- CreateIndex
CREATE INDEX "ActionItem_ownerId_doneAt_idx" ON "ActionItem"("ownerId", "doneAt");

-- CreateIndex
CREATE INDEX "ActionItem_checkInId_idx" ON "ActionItem"("checkInId");

-- CreateIndex
CREATE INDEX "RetentionRisk_personId_status_idx" ON "RetentionRisk"("personId", "status");

-- CreateIndex
CREATE INDEX "RetentionRisk_status_nextReviewDate_idx" ON "RetentionRisk"("status", "nextReviewDate");

-- CreateIndex
CREATE INDEX "RetentionRisk_status_level_idx" ON "RetentionRisk"("status", "level");

-- CreateIndex
CREATE INDEX "RiskMitigation_riskId_idx" ON "RiskMitigation"("riskId");

-- CreateIndex
CREATE INDEX "RiskMitigation_status_dueDate_idx" ON "RiskMitigation"("status", "dueDate");

-- CreateIndex
CREATE INDEX "RiskMitigation_ownerId_idx" ON "RiskMitigation"("ownerId");

-- CreateIndex
CREATE INDEX "RiskHistory_riskId_createdAt_idx" ON "RiskHistory"("riskId", "createdAt");

-- CreateIndex
CREATE INDEX "Departure_personId_idx" ON "Departure"("personId");

-- CreateIndex
CREATE INDEX "Departure_date_idx" ON "Departure"("date");

-- CreateIndex
CREATE INDEX "TeamMonthlyMetric_month_idx" ON "TeamMonthlyMetric"("month");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMonthlyMetric_teamId_month_key" ON "TeamMonthlyMetric"("teamId", "month");

-- CreateIndex
CREATE INDEX "SkillItem_personId_idx" ON "SkillItem"("personId");

-- CreateIndex
CREATE INDEX "SkillItem_teamId_idx" ON "SkillItem"("teamId");

-- CreateIndex
CREATE INDEX "SkillItem_status_idx" ON "SkillItem"("status");

-- CreateIndex
CREATE INDEX "ReportSnapshot_fiscalYear_quarter_idx" ON "ReportSnapshot"("fiscalYear", "quarter");

-- CreateIndex
CREATE INDEX "ReportSnapshot_generatedById_createdAt_idx" ON "ReportSnapshot"("generatedById", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonClosure" ADD CONSTRAINT "PersonClosure_ancestorId_fkey" FOREIGN KEY ("ancestorId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonClosure" ADD CONSTRAINT "PersonClosure_descendantId_fkey" FOREIGN KEY ("descendantId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingLine" ADD CONSTRAINT "ReportingLine_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingLine" ADD CONSTRAINT "ReportingLine_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserToken" ADD CONSTRAINT "UserToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Track" ADD CONSTRAINT "Track_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Level" ADD CONSTRAINT "Level_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "Track"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "Track"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expectation" ADD CONSTRAINT "Expectation_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "Level"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expectation" ADD CONSTRAINT "Expectation_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelAssignment" ADD CONSTRAINT "LevelAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelAssignment" ADD CONSTRAINT "LevelAssignment_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "Level"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "Level"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInTemplateVersion" ADD CONSTRAINT "CheckInTemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "CheckInTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInQuestion" ADD CONSTRAINT "CheckInQuestion_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "CheckInTemplateVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "CheckInTemplateVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAnswer" ADD CONSTRAINT "CheckInAnswer_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAnswer" ADD CONSTRAINT "CheckInAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "CheckInQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionRisk" ADD CONSTRAINT "RetentionRisk_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionRisk" ADD CONSTRAINT "RetentionRisk_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskMitigation" ADD CONSTRAINT "RiskMitigation_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "RetentionRisk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskMitigation" ADD CONSTRAINT "RiskMitigation_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskHistory" ADD CONSTRAINT "RiskHistory_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "RetentionRisk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskHistory" ADD CONSTRAINT "RiskHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Departure" ADD CONSTRAINT "Departure_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Departure" ADD CONSTRAINT "Departure_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMonthlyMetric" ADD CONSTRAINT "TeamMonthlyMetric_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillItem" ADD CONSTRAINT "SkillItem_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillItem" ADD CONSTRAINT "SkillItem_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSnapshot" ADD CONSTRAINT "ReportSnapshot_generatedById_fkey" FOREIGN KEY ("generatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Domain constraints Prisma's schema language cannot express; the database refuses what
-- validation should already have caught.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_fiscalYearStartMonth_check" CHECK ("fiscalYearStartMonth" BETWEEN 1 AND 12);
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_checkInGraceDays_check" CHECK ("checkInGraceDays" >= 0);
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_rating_check" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_scores_check" CHECK (
  "scoreQuality" BETWEEN 1 AND 5 AND "scoreEngagement" BETWEEN 1 AND 5 AND "scoreGrowth" BETWEEN 1 AND 5
  AND "scoreSkills" BETWEEN 1 AND 5 AND "psychologicalSafety" BETWEEN 1 AND 5 AND "autonomy" BETWEEN 1 AND 5
  AND "trust" BETWEEN 1 AND 5);
ALTER TABLE "TeamMonthlyMetric" ADD CONSTRAINT "TeamMonthlyMetric_counts_check" CHECK (
  "deployments" >= 0 AND "deployDays" BETWEEN 0 AND 31 AND "failedDeployments" BETWEEN 0 AND "deployments"
  AND "incidents" >= 0 AND "leadTimeHours" >= 0 AND "timeToRestoreHours" >= 0);
ALTER TABLE "PersonClosure" ADD CONSTRAINT "PersonClosure_depth_check" CHECK ("depth" >= 0);
