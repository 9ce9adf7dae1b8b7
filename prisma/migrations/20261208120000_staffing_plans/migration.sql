-- 模拟调配 (issue 22): what-if staffing plans of the organization department and their ordered
-- moves. Plans are archived, never deleted; moves are removed only from a draft plan.
CREATE TYPE "StaffingPlanStatus" AS ENUM ('DRAFT', 'CONVERTED', 'ARCHIVED');
CREATE TYPE "StaffingMoveKind" AS ENUM ('PLACE', 'SWAP', 'EXIT');

CREATE TABLE "StaffingPlan" (
  "id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "ownerId" TEXT NOT NULL,
  "shared" BOOLEAN NOT NULL DEFAULT false,
  "status" "StaffingPlanStatus" NOT NULL DEFAULT 'DRAFT',
  "asOf" DATE NOT NULL,
  "convertedAt" TIMESTAMP(3),
  "archivedAt" TIMESTAMP(3),
  "version" INTEGER NOT NULL DEFAULT 1,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "StaffingPlan_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "StaffingPlan_ownerId_idx" ON "StaffingPlan"("ownerId");
CREATE INDEX "StaffingPlan_shared_idx" ON "StaffingPlan"("shared");
ALTER TABLE "StaffingPlan" ADD CONSTRAINT "StaffingPlan_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "StaffingPlanMove" (
  "id" TEXT NOT NULL,
  "planId" TEXT NOT NULL,
  "position" INTEGER NOT NULL,
  "kind" "StaffingMoveKind" NOT NULL,
  "cadreId" TEXT NOT NULL,
  "postId" TEXT NOT NULL,
  "otherCadreId" TEXT,
  "otherPostId" TEXT,
  "nominationIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "StaffingPlanMove_pkey" PRIMARY KEY ("id"),
  -- a swap names both people and both posts; the other kinds neither
  CONSTRAINT "StaffingPlanMove_swap_check" CHECK ((("kind" = 'SWAP') = ("otherCadreId" IS NOT NULL)) AND (("kind" = 'SWAP') = ("otherPostId" IS NOT NULL)))
);
CREATE UNIQUE INDEX "StaffingPlanMove_planId_position_key" ON "StaffingPlanMove"("planId", "position");
CREATE INDEX "StaffingPlanMove_cadreId_idx" ON "StaffingPlanMove"("cadreId");
ALTER TABLE "StaffingPlanMove" ADD CONSTRAINT "StaffingPlanMove_planId_fkey" FOREIGN KEY ("planId") REFERENCES "StaffingPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StaffingPlanMove" ADD CONSTRAINT "StaffingPlanMove_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StaffingPlanMove" ADD CONSTRAINT "StaffingPlanMove_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StaffingPlanMove" ADD CONSTRAINT "StaffingPlanMove_otherCadreId_fkey" FOREIGN KEY ("otherCadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StaffingPlanMove" ADD CONSTRAINT "StaffingPlanMove_otherPostId_fkey" FOREIGN KEY ("otherPostId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
