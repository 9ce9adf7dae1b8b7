-- AlterTable
ALTER TABLE "Cadre" ADD COLUMN     "resumeLines" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "rewardsAndPunishments" TEXT;

