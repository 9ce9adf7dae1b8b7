-- CreateEnum
CREATE TYPE "UnitType" AS ENUM ('STREET', 'TOWNSHIP', 'PARTY_GOV_DEPT', 'DISTRICT_UNIT', 'INSTITUTION', 'SCHOOL', 'SOE');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "PoliticalStatus" AS ENUM ('CPC_MEMBER', 'CPC_PROBATIONARY', 'DEMOCRATIC_PARTY', 'NON_PARTY', 'MASSES');

-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('DIVISION_PRINCIPAL', 'DIVISION_DEPUTY', 'SECTION_PRINCIPAL', 'SECTION_DEPUTY', 'STAFF');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('PRINCIPAL_CLERK_1', 'PRINCIPAL_CLERK_2', 'PRINCIPAL_CLERK_3', 'PRINCIPAL_CLERK_4', 'CLERK_1', 'CLERK_2');

-- CreateEnum
CREATE TYPE "EstablishmentType" AS ENUM ('CIVIL_SERVANT', 'CIVIL_SERVANT_MANAGED', 'INSTITUTION_STAFF');

-- CreateEnum
CREATE TYPE "CadreStatus" AS ENUM ('SERVING', 'TRANSFERRED', 'RETIRED', 'DRAFT');

-- CreateEnum
CREATE TYPE "HealthStatus" AS ENUM ('HEALTHY', 'FAIR', 'POOR');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('DOCTORATE_STUDY', 'MASTER_STUDY', 'BACHELOR', 'JUNIOR_COLLEGE', 'TECHNICAL_SECONDARY', 'HIGH_SCHOOL', 'BELOW_HIGH_SCHOOL');

-- CreateEnum
CREATE TYPE "Degree" AS ENUM ('DOCTOR', 'MASTER', 'BACHELOR', 'NONE');

-- CreateEnum
CREATE TYPE "AppointmentEndReason" AS ENUM ('PROMOTED', 'TRANSFERRED', 'ROTATED', 'REMOVED', 'RETIRED', 'RESIGNED', 'OTHER');

-- CreateEnum
CREATE TYPE "AssessmentGrade" AS ENUM ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT', 'UNGRADED');

-- CreateEnum
CREATE TYPE "SanctionKind" AS ENUM ('PARTY_WARNING', 'PARTY_SERIOUS_WARNING', 'PARTY_REMOVAL_FROM_POST', 'PARTY_PROBATION', 'GOV_WARNING', 'GOV_DEMERIT', 'GOV_MAJOR_DEMERIT', 'GOV_DEMOTION', 'GOV_REMOVAL', 'ORG_ADMONISHMENT', 'ORG_ORDERED_INSPECTION', 'ORG_TRANSFER', 'ORG_DEMOTION');

-- CreateEnum
CREATE TYPE "FamilyRelation" AS ENUM ('SPOUSE', 'SON', 'DAUGHTER', 'FATHER', 'MOTHER', 'FATHER_IN_LAW', 'MOTHER_IN_LAW', 'SIBLING', 'OTHER');

-- CreateEnum
CREATE TYPE "PoolTier" AS ENUM ('DIVISION_PRINCIPAL', 'DIVISION_DEPUTY', 'SECTION', 'PRINCIPAL_RESERVE', 'DEPUTY_RESERVE');

-- CreateEnum
CREATE TYPE "PoolSource" AS ENUM ('UNIT_RECOMMENDATION', 'ORG_INVESTIGATION', 'CONCENTRATED_SURVEY', 'COMPETITIVE_SELECTION', 'EXCHANGE', 'NOMINATION');

-- CreateEnum
CREATE TYPE "PoolExitReason" AS ENUM ('PROMOTED', 'NO_LONGER_ELIGIBLE', 'PROBLEM_FOUND', 'LEFT', 'OVER_AGE');

-- CreateEnum
CREATE TYPE "PoolReviewConclusion" AS ENUM ('KEEP', 'WATCH', 'EXIT');

-- CreateEnum
CREATE TYPE "NominationStage" AS ENUM ('PROPOSED', 'RECOMMENDED', 'INVESTIGATED', 'DELIBERATED', 'DECIDED', 'PUBLICIZED', 'APPOINTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RecommendationMethod" AS ENUM ('MEETING', 'INDIVIDUAL_TALK', 'BOTH');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('PARTY_SPIRIT', 'YOUNG_CADRE_CLASS', 'ASSIGNED_TRAINING', 'SPECIAL_TRAINING', 'ONLINE');

-- CreateEnum
CREATE TYPE "PracticeKind" AS ENUM ('SECONDMENT', 'DUNMIAO', 'EXCHANGE', 'SHADOWING', 'SPECIAL_TASK');

-- CreateEnum
CREATE TYPE "TalkKind" AS ENUM ('HEART_TO_HEART', 'CARE', 'REMINDER', 'ADMONITION');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SYS_ADMIN', 'ORG_ADMIN', 'ORG_STAFF', 'UNIT', 'LEADER', 'AUDITOR');

-- CreateEnum
CREATE TYPE "AuditResult" AS ENUM ('SUCCESS', 'DENIED', 'FAILURE');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "type" "UnitType" NOT NULL,
    "parentId" TEXT,
    "sectionLeaderPostCount" INTEGER NOT NULL DEFAULT 0,
    "isPartyGovDept" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "isPrincipal" BOOLEAN NOT NULL DEFAULT false,
    "isPartyGovHead" BOOLEAN NOT NULL DEFAULT false,
    "isLeadership" BOOLEAN NOT NULL DEFAULT true,
    "rank" "Rank" NOT NULL,
    "isKeyPost" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "endReason" "AppointmentEndReason",
    "supervisorCadreId" TEXT,
    "documentNo" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cadre" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "namePinyinInitials" TEXT NOT NULL DEFAULT '',
    "namePinyin" TEXT NOT NULL DEFAULT '',
    "gender" "Gender" NOT NULL,
    "ethnicity" TEXT NOT NULL DEFAULT '汉族',
    "birthDate" DATE NOT NULL,
    "idNumberCipher" TEXT,
    "idNumberHash" TEXT,
    "nativePlace" TEXT,
    "birthplace" TEXT,
    "politicalStatus" "PoliticalStatus" NOT NULL,
    "partyJoinDate" DATE,
    "democraticParty" TEXT,
    "workStartDate" DATE,
    "health" "HealthStatus" NOT NULL DEFAULT 'HEALTHY',
    "professionalTitle" TEXT,
    "expertise" TEXT,
    "familiarDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rank" "Rank",
    "rankSince" DATE,
    "grade" "Grade",
    "gradeSince" DATE,
    "establishmentType" "EstablishmentType" NOT NULL DEFAULT 'CIVIL_SERVANT',
    "status" "CadreStatus" NOT NULL DEFAULT 'SERVING',
    "unitId" TEXT,
    "currentPostTitle" TEXT,
    "lowPublicRecognition" BOOLEAN NOT NULL DEFAULT false,
    "canvassingRecorded" BOOLEAN NOT NULL DEFAULT false,
    "otherExclusionNote" TEXT,
    "photo" BYTEA,
    "photoMime" TEXT,
    "highestFullTimeLevel" "EducationLevel",
    "hasEliteDegree" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cadre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EducationRecord" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "level" "EducationLevel" NOT NULL,
    "degree" "Degree" NOT NULL DEFAULT 'NONE',
    "fullTime" BOOLEAN NOT NULL,
    "school" TEXT NOT NULL,
    "major" TEXT,
    "startDate" DATE,
    "graduationDate" DATE,
    "is985" BOOLEAN NOT NULL DEFAULT false,
    "is211" BOOLEAN NOT NULL DEFAULT false,
    "isDoubleFirstClass" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EducationRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "grade" "AssessmentGrade" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sanction" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "kind" "SanctionKind" NOT NULL,
    "decidedOn" DATE NOT NULL,
    "effectEndsOn" DATE,
    "authority" TEXT,
    "reason" TEXT,
    "tolerated" BOOLEAN NOT NULL DEFAULT false,
    "revokedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sanction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalMattersReport" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "submittedOn" DATE,
    "checked" BOOLEAN NOT NULL DEFAULT false,
    "falseOrMissing" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonalMattersReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyMember" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "relation" "FamilyRelation" NOT NULL,
    "name" TEXT NOT NULL,
    "birthDate" DATE,
    "politicalStatus" "PoliticalStatus",
    "workplaceAndPost" TEXT,
    "deceased" BOOLEAN NOT NULL DEFAULT false,
    "emigrated" BOOLEAN NOT NULL DEFAULT false,
    "emigratedTo" TEXT,
    "relativeCadreId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FamilyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoolEntry" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "tier" "PoolTier" NOT NULL,
    "domain" TEXT,
    "source" "PoolSource" NOT NULL,
    "basis" TEXT,
    "overrideReason" TEXT,
    "enteredOn" DATE NOT NULL,
    "closedOn" DATE,
    "exitReason" "PoolExitReason",
    "exitNote" TEXT,
    "nominationId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PoolEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoolReview" (
    "id" TEXT NOT NULL,
    "poolEntryId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "conclusion" "PoolReviewConclusion" NOT NULL,
    "notes" TEXT,
    "reviewerId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PoolReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "tier" "PoolTier" NOT NULL,
    "domain" TEXT,
    "stage" "NominationStage" NOT NULL DEFAULT 'PROPOSED',
    "method" "RecommendationMethod",
    "ballotsIssued" INTEGER,
    "ballotsValid" INTEGER,
    "votesReceived" INTEGER,
    "recommendedOn" DATE,
    "reasons" TEXT,
    "overrideReason" TEXT,
    "returnedComment" TEXT,
    "publicityStart" DATE,
    "publicityEnd" DATE,
    "submittedById" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationEvent" (
    "id" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "fromStage" "NominationStage",
    "toStage" "NominationStage" NOT NULL,
    "actorId" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB NOT NULL DEFAULT '{}',
    "note" TEXT,

    CONSTRAINT "NominationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Training" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "organizer" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "hours" INTEGER NOT NULL,
    "fullTimeOffJob" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "id" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "result" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "kind" "PracticeKind" NOT NULL,
    "hostUnitId" TEXT,
    "hostUnitName" TEXT,
    "role" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "plannedEndDate" DATE,
    "actualEndDate" DATE,
    "hostEvaluation" TEXT,
    "specialAssessment" TEXT,
    "specialAssessedOn" DATE,
    "overrideReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mentorship" (
    "id" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "feedback" JSONB NOT NULL DEFAULT '[]',
    "lastFeedbackOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mentorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentPlan" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "poolEntryId" TEXT,
    "title" TEXT NOT NULL,
    "goals" JSONB NOT NULL DEFAULT '[]',
    "progressNotes" JSONB NOT NULL DEFAULT '[]',
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DevelopmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Talk" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "kind" "TalkKind" NOT NULL,
    "talkedOn" DATE NOT NULL,
    "talkedBy" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "problemRecorded" BOOLEAN NOT NULL DEFAULT false,
    "errorTolerated" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Talk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT,
    "cadreId" TEXT,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "totpSecretCipher" TEXT,
    "totpLastStep" INTEGER,
    "disabledAt" TIMESTAMP(3),
    "sessionEpoch" INTEGER NOT NULL DEFAULT 0,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "lastSignInAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "username" TEXT,
    "role" "Role",
    "ip" TEXT,
    "action" TEXT NOT NULL,
    "objectType" TEXT,
    "objectId" TEXT,
    "result" "AuditResult" NOT NULL,
    "diff" JSONB,
    "referenceId" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyProfile" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "extendsKey" TEXT,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "profileVersion" INTEGER NOT NULL DEFAULT 1,
    "isActive" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingDayOverride" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "isWorkingDay" BOOLEAN NOT NULL,
    "name" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkingDayOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_type_idx" ON "Unit"("type");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Post_unitId_idx" ON "Post"("unitId");

-- CreateIndex
CREATE INDEX "Appointment_cadreId_startDate_idx" ON "Appointment"("cadreId", "startDate");

-- CreateIndex
CREATE INDEX "Appointment_postId_endDate_idx" ON "Appointment"("postId", "endDate");

-- CreateIndex
CREATE INDEX "Appointment_endDate_idx" ON "Appointment"("endDate");

-- CreateIndex
CREATE UNIQUE INDEX "Cadre_idNumberHash_key" ON "Cadre"("idNumberHash");

-- CreateIndex
CREATE INDEX "Cadre_unitId_idx" ON "Cadre"("unitId");

-- CreateIndex
CREATE INDEX "Cadre_birthDate_idx" ON "Cadre"("birthDate");

-- CreateIndex
CREATE INDEX "Cadre_gender_idx" ON "Cadre"("gender");

-- CreateIndex
CREATE INDEX "Cadre_politicalStatus_idx" ON "Cadre"("politicalStatus");

-- CreateIndex
CREATE INDEX "Cadre_rank_idx" ON "Cadre"("rank");

-- CreateIndex
CREATE INDEX "Cadre_status_idx" ON "Cadre"("status");

-- CreateIndex
CREATE INDEX "Cadre_ethnicity_idx" ON "Cadre"("ethnicity");

-- CreateIndex
CREATE INDEX "Cadre_namePinyinInitials_idx" ON "Cadre"("namePinyinInitials");

-- CreateIndex
CREATE INDEX "Cadre_name_idx" ON "Cadre"("name");

-- CreateIndex
CREATE INDEX "EducationRecord_cadreId_idx" ON "EducationRecord"("cadreId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_cadreId_year_key" ON "Assessment"("cadreId", "year");

-- CreateIndex
CREATE INDEX "Sanction_cadreId_idx" ON "Sanction"("cadreId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalMattersReport_cadreId_year_key" ON "PersonalMattersReport"("cadreId", "year");

-- CreateIndex
CREATE INDEX "FamilyMember_cadreId_idx" ON "FamilyMember"("cadreId");

-- CreateIndex
CREATE INDEX "FamilyMember_relativeCadreId_idx" ON "FamilyMember"("relativeCadreId");

-- CreateIndex
CREATE UNIQUE INDEX "PoolEntry_nominationId_key" ON "PoolEntry"("nominationId");

-- CreateIndex
CREATE INDEX "PoolEntry_tier_closedOn_idx" ON "PoolEntry"("tier", "closedOn");

-- CreateIndex
CREATE INDEX "PoolEntry_cadreId_idx" ON "PoolEntry"("cadreId");

-- CreateIndex
CREATE INDEX "PoolEntry_enteredOn_idx" ON "PoolEntry"("enteredOn");

-- CreateIndex
CREATE UNIQUE INDEX "PoolReview_poolEntryId_year_key" ON "PoolReview"("poolEntryId", "year");

-- CreateIndex
CREATE INDEX "Nomination_unitId_stage_idx" ON "Nomination"("unitId", "stage");

-- CreateIndex
CREATE INDEX "Nomination_stage_idx" ON "Nomination"("stage");

-- CreateIndex
CREATE INDEX "Nomination_cadreId_idx" ON "Nomination"("cadreId");

-- CreateIndex
CREATE INDEX "NominationEvent_nominationId_occurredAt_idx" ON "NominationEvent"("nominationId", "occurredAt");

-- CreateIndex
CREATE INDEX "Training_startDate_idx" ON "Training"("startDate");

-- CreateIndex
CREATE INDEX "TrainingAttendance_cadreId_idx" ON "TrainingAttendance"("cadreId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAttendance_trainingId_cadreId_key" ON "TrainingAttendance"("trainingId", "cadreId");

-- CreateIndex
CREATE INDEX "Practice_cadreId_idx" ON "Practice"("cadreId");

-- CreateIndex
CREATE INDEX "Practice_startDate_idx" ON "Practice"("startDate");

-- CreateIndex
CREATE INDEX "Mentorship_menteeId_idx" ON "Mentorship"("menteeId");

-- CreateIndex
CREATE INDEX "Mentorship_mentorId_idx" ON "Mentorship"("mentorId");

-- CreateIndex
CREATE INDEX "DevelopmentPlan_cadreId_idx" ON "DevelopmentPlan"("cadreId");

-- CreateIndex
CREATE INDEX "Talk_cadreId_talkedOn_idx" ON "Talk"("cadreId", "talkedOn");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_cadreId_key" ON "User"("cadreId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "AuditLog_occurredAt_idx" ON "AuditLog"("occurredAt");

-- CreateIndex
CREATE INDEX "AuditLog_userId_occurredAt_idx" ON "AuditLog"("userId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditLog_objectType_objectId_idx" ON "AuditLog"("objectType", "objectId");

-- CreateIndex
CREATE INDEX "PolicyProfile_isActive_idx" ON "PolicyProfile"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyProfile_key_profileVersion_key" ON "PolicyProfile"("key", "profileVersion");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingDayOverride_date_key" ON "WorkingDayOverride"("date");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cadre" ADD CONSTRAINT "Cadre_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EducationRecord" ADD CONSTRAINT "EducationRecord_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalMattersReport" ADD CONSTRAINT "PersonalMattersReport_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolEntry" ADD CONSTRAINT "PoolEntry_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolEntry" ADD CONSTRAINT "PoolEntry_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolReview" ADD CONSTRAINT "PoolReview_poolEntryId_fkey" FOREIGN KEY ("poolEntryId") REFERENCES "PoolEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationEvent" ADD CONSTRAINT "NominationEvent_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_poolEntryId_fkey" FOREIGN KEY ("poolEntryId") REFERENCES "PoolEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Talk" ADD CONSTRAINT "Talk_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE SET NULL ON UPDATE CASCADE;
