-- Online 民主推荐 / 民主测评 (issue 25): sessions, their voter categories and candidates, one-time
-- codes (keyed hashes only) and ballots. A ballot has no code id, no timestamp and no sequence:
-- its key is a random UUID, so nothing in the rows orders or names the voter (docs/nominations.md).
CREATE TYPE "VotingKind" AS ENUM ('MEETING_RECOMMENDATION', 'TALK_RECOMMENDATION', 'TEAM_EVALUATION', 'CANDIDATE_EVALUATION', 'PROBATION_EVALUATION');
CREATE TYPE "VoterCategory" AS ENUM ('TEAM_MEMBER', 'MIDDLE_MANAGER', 'OTHER_CADRE');

CREATE TABLE "VotingSession" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "kind" "VotingKind" NOT NULL,
  "unitId" TEXT NOT NULL,
  "postTitle" TEXT,
  "maxChoices" INTEGER NOT NULL DEFAULT 1,
  "opensAt" TIMESTAMP(3) NOT NULL,
  "closesAt" TIMESTAMP(3) NOT NULL,
  "closedAt" TIMESTAMP(3),
  "createdById" TEXT,
  "version" INTEGER NOT NULL DEFAULT 1,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "VotingSession_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "VotingSession_window_check" CHECK ("opensAt" < "closesAt"),
  CONSTRAINT "VotingSession_maxChoices_check" CHECK ("maxChoices" >= 1)
);
CREATE INDEX "VotingSession_unitId_idx" ON "VotingSession"("unitId");
ALTER TABLE "VotingSession" ADD CONSTRAINT "VotingSession_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "VotingSession" ADD CONSTRAINT "VotingSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "VotingCategory" (
  "id" TEXT NOT NULL,
  "sessionId" TEXT NOT NULL,
  "category" "VoterCategory" NOT NULL,
  "voters" INTEGER NOT NULL,
  "weight" DOUBLE PRECISION NOT NULL,
  CONSTRAINT "VotingCategory_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "VotingCategory_voters_check" CHECK ("voters" >= 0),
  CONSTRAINT "VotingCategory_weight_check" CHECK ("weight" >= 0)
);
CREATE UNIQUE INDEX "VotingCategory_sessionId_category_key" ON "VotingCategory"("sessionId", "category");
ALTER TABLE "VotingCategory" ADD CONSTRAINT "VotingCategory_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VotingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "VotingCandidate" (
  "id" TEXT NOT NULL,
  "sessionId" TEXT NOT NULL,
  "cadreId" TEXT,
  "nominationId" TEXT,
  "label" TEXT NOT NULL,
  "sortOrder" INTEGER NOT NULL,
  "appliedAt" TIMESTAMP(3),
  CONSTRAINT "VotingCandidate_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "VotingCandidate_sessionId_idx" ON "VotingCandidate"("sessionId");
CREATE INDEX "VotingCandidate_cadreId_idx" ON "VotingCandidate"("cadreId");
CREATE INDEX "VotingCandidate_nominationId_idx" ON "VotingCandidate"("nominationId");
ALTER TABLE "VotingCandidate" ADD CONSTRAINT "VotingCandidate_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VotingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "VotingCandidate" ADD CONSTRAINT "VotingCandidate_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "VotingCandidate" ADD CONSTRAINT "VotingCandidate_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "VotingCode" (
  "id" TEXT NOT NULL,
  "sessionId" TEXT NOT NULL,
  "category" "VoterCategory" NOT NULL,
  "codeHash" TEXT NOT NULL,
  "used" BOOLEAN NOT NULL DEFAULT false,
  CONSTRAINT "VotingCode_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "VotingCode_codeHash_key" ON "VotingCode"("codeHash");
CREATE INDEX "VotingCode_sessionId_category_used_idx" ON "VotingCode"("sessionId", "category", "used");
ALTER TABLE "VotingCode" ADD CONSTRAINT "VotingCode_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VotingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Ballot" (
  "id" UUID NOT NULL,
  "sessionId" TEXT NOT NULL,
  "category" "VoterCategory" NOT NULL,
  "valid" BOOLEAN NOT NULL,
  "marks" JSONB NOT NULL,
  CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Ballot_sessionId_idx" ON "Ballot"("sessionId");
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VotingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
