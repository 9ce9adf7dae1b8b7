-- One open pool entry and one running development plan per cadre. 入库 and 新建培养计划 check
-- this inside their transaction under a row lock on the cadre; these indexes make a second one
-- impossible whatever path writes it (hand-written: Prisma's schema cannot express partial indexes).
CREATE UNIQUE INDEX IF NOT EXISTS "PoolEntry_one_open_per_cadre" ON "PoolEntry" ("cadreId") WHERE "closedOn" IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "DevelopmentPlan_one_open_per_cadre" ON "DevelopmentPlan" ("cadreId") WHERE "closedAt" IS NULL;

-- 调整层级: a cadre leaves one tier to enter another (a nomination's 任职 at another tier closes
-- the old entry in the same transaction).
ALTER TYPE "PoolExitReason" ADD VALUE IF NOT EXISTS 'TIER_CHANGED';
