-- Issue 25, the rest: the 个别谈话 record kind, slips printable from any process until voting
-- opens (plain codes encrypted at rest, deleted at opening), and failure throttles shared by
-- every app process (docs/nominations.md, docs/security.md).
ALTER TYPE "VotingKind" ADD VALUE 'TALK_RECORD';

ALTER TABLE "VotingSession" ADD COLUMN "slipsDestroyedAt" TIMESTAMP(3);

CREATE TABLE "VotingSlipCode" (
  "id" UUID NOT NULL,
  "sessionId" TEXT NOT NULL,
  "category" "VoterCategory" NOT NULL,
  "codeCipher" TEXT NOT NULL,
  CONSTRAINT "VotingSlipCode_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "VotingSlipCode_sessionId_idx" ON "VotingSlipCode"("sessionId");
ALTER TABLE "VotingSlipCode" ADD CONSTRAINT "VotingSlipCode_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VotingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "VotingTalkRecord" (
  "id" TEXT NOT NULL,
  "sessionId" TEXT NOT NULL,
  "category" "VoterCategory" NOT NULL,
  "talkedOn" DATE NOT NULL,
  "interviewers" TEXT,
  "marks" JSONB NOT NULL,
  "valid" BOOLEAN NOT NULL,
  "summary" TEXT NOT NULL,
  "createdById" TEXT NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "voidedAt" TIMESTAMP(3),
  "voidedById" TEXT,
  "voidReason" TEXT,
  "version" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "VotingTalkRecord_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "VotingTalkRecord_void_check" CHECK (("voidedAt" IS NULL) = ("voidReason" IS NULL))
);
CREATE INDEX "VotingTalkRecord_sessionId_idx" ON "VotingTalkRecord"("sessionId");
ALTER TABLE "VotingTalkRecord" ADD CONSTRAINT "VotingTalkRecord_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VotingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "VotingTalkRecord" ADD CONSTRAINT "VotingTalkRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "VotingTalkRecord" ADD CONSTRAINT "VotingTalkRecord_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "ThrottleCounter" (
  "scope" TEXT NOT NULL,
  "keyHash" TEXT NOT NULL,
  "windowStart" TIMESTAMP(3) NOT NULL,
  "count" INTEGER NOT NULL,
  CONSTRAINT "ThrottleCounter_pkey" PRIMARY KEY ("scope", "keyHash", "windowStart")
);
CREATE INDEX "ThrottleCounter_windowStart_idx" ON "ThrottleCounter"("windowStart");
