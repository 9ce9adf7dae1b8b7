-- Meetings of the selection procedure (issue 20 item 5): a 部务会 or 常委会 that deliberates on
-- (酝酿) or decides (讨论决定) a list of nominations, its members and who attended, each member's
-- vote on each nomination, and the result. New tables only; nothing existing changes.
CREATE TYPE "MeetingKind" AS ENUM ('DEPARTMENT_MEETING', 'STANDING_COMMITTEE');
CREATE TYPE "MeetingPurpose" AS ENUM ('DELIBERATION', 'DECISION');
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'HELD');
CREATE TYPE "MeetingItemResult" AS ENUM ('PENDING', 'PASSED', 'NOT_PASSED', 'NO_QUORUM');
CREATE TYPE "VoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "purpose" "MeetingPurpose" NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" TEXT,
    "membersExpected" INTEGER NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MeetingMember" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "post" TEXT,
    "present" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "MeetingMember_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MeetingItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "result" "MeetingItemResult" NOT NULL DEFAULT 'PENDING',
    "membersPresent" INTEGER,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "votesAbstain" INTEGER,
    "resultNote" TEXT,
    "eventId" TEXT,

    CONSTRAINT "MeetingItem_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MeetingVote" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "choice" "VoteChoice" NOT NULL,

    CONSTRAINT "MeetingVote_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Meeting_heldOn_idx" ON "Meeting"("heldOn");
CREATE INDEX "Meeting_status_purpose_idx" ON "Meeting"("status", "purpose");
CREATE UNIQUE INDEX "MeetingMember_meetingId_sortOrder_key" ON "MeetingMember"("meetingId", "sortOrder");
CREATE INDEX "MeetingItem_nominationId_idx" ON "MeetingItem"("nominationId");
CREATE UNIQUE INDEX "MeetingItem_meetingId_nominationId_key" ON "MeetingItem"("meetingId", "nominationId");
CREATE UNIQUE INDEX "MeetingItem_meetingId_sortOrder_key" ON "MeetingItem"("meetingId", "sortOrder");
CREATE INDEX "MeetingVote_memberId_idx" ON "MeetingVote"("memberId");
CREATE UNIQUE INDEX "MeetingVote_itemId_memberId_key" ON "MeetingVote"("itemId", "memberId");

ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MeetingMember" ADD CONSTRAINT "MeetingMember_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MeetingVote" ADD CONSTRAINT "MeetingVote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MeetingItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MeetingVote" ADD CONSTRAINT "MeetingVote_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "MeetingMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The record's arithmetic, so no writer can store an impossible tally.
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_membersExpected_check" CHECK ("membersExpected" > 0);
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_tally_check"
  CHECK ("membersPresent" IS NULL OR ("membersPresent" >= 0
    AND COALESCE("votesFor", 0) + COALESCE("votesAgainst", 0) + COALESCE("votesAbstain", 0) <= "membersPresent"));
