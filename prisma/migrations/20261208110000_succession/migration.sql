-- Succession by key post (issue 22): the readiness recorded at a pool entry's yearly review
-- (近期可提拔 / 中长期培养, DP-POOL-READY), and one settings row naming the key post kinds and
-- the units counted as 重要部门.
CREATE TYPE "PoolReadiness" AS ENUM ('NEAR_TERM', 'LONG_TERM');
CREATE TYPE "KeyPostKind" AS ENUM ('PARTY_GOV_HEAD', 'IMPORTANT_DEPT_HEAD', 'DEPT_HEAD', 'UNIT_HEAD');

ALTER TABLE "PoolReview" ADD COLUMN "readiness" "PoolReadiness";

CREATE TABLE "SuccessionSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "keyPostKinds" "KeyPostKind"[] DEFAULT ARRAY['PARTY_GOV_HEAD', 'IMPORTANT_DEPT_HEAD']::"KeyPostKind"[],
    "importantUnitIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SuccessionSettings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SuccessionSettings_single_row" CHECK ("id" = 1)
);
