-- Issue 25: a unit sets up a 民主推荐/测评 session for its own nominations; the organization
-- department approves it (or declines it, with a reason) before any voting code is issued.
ALTER TABLE "VotingSession" ADD COLUMN "approvedAt" TIMESTAMP(3);
ALTER TABLE "VotingSession" ADD COLUMN "approvedById" TEXT;
ALTER TABLE "VotingSession" ADD COLUMN "declinedReason" TEXT;
ALTER TABLE "VotingSession" ADD CONSTRAINT "VotingSession_approvedById_fkey"
  FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Sessions set up so far were the department's own: approved when they were made.
UPDATE "VotingSession" SET "approvedAt" = "createdAt", "approvedById" = "createdById";
