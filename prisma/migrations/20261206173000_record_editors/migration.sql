-- Editors for every information set of the cadre's file (issue 19): 共青团员 as a political
-- status (relatives' forms ask for it; LRMX files had it folded into 群众), the date a relative
-- emigrated, and 作废 for rows entered in error (records are archived, never deleted).
-- Existing rows are unchanged: nothing is archived, no date is guessed.

-- AlterEnum
ALTER TYPE "PoliticalStatus" ADD VALUE 'CYL_MEMBER' BEFORE 'MASSES';

-- AlterTable
ALTER TABLE "FamilyMember" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "emigratedOn" DATE;

-- AlterTable
ALTER TABLE "PersonalMattersReport" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Sanction" ADD COLUMN     "archivedAt" TIMESTAMP(3);
