-- The 任免审批表's second half (拟任/拟免/任免理由/呈报单位/意见/填表人), the degree's discipline,
-- and the nomination fields a form is filled from (issue 20). All nullable: existing rows keep NULL.
ALTER TABLE "EducationRecord" ADD COLUMN "degreeDiscipline" TEXT;

ALTER TABLE "Nomination" ADD COLUMN "proposedPost" TEXT,
  ADD COLUMN "proposedRemoval" TEXT,
  ADD COLUMN "appointmentReason" TEXT;

CREATE TABLE "ApprovalForm" (
  "id" TEXT NOT NULL,
  "cadreId" TEXT NOT NULL,
  "nominationId" TEXT,
  "proposedPost" TEXT,
  "proposedRemoval" TEXT,
  "reason" TEXT,
  "reportingUnit" TEXT,
  "reportedOn" DATE,
  "approvalOpinion" TEXT,
  "administrativeOpinion" TEXT,
  "preparedBy" TEXT,
  "preparedOn" DATE,
  "ageReferenceDate" DATE,
  "version" INTEGER NOT NULL DEFAULT 1,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "ApprovalForm_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ApprovalForm_cadreId_key" ON "ApprovalForm"("cadreId");
CREATE INDEX "ApprovalForm_nominationId_idx" ON "ApprovalForm"("nominationId");
ALTER TABLE "ApprovalForm" ADD CONSTRAINT "ApprovalForm_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ApprovalForm" ADD CONSTRAINT "ApprovalForm_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
