-- 院校代码表 (issue 20): the 985 / 211 / 双一流 institutions with their name variants, and the
-- cadre's 编制类型 made nullable (待补充): an LRMX/LRM file does not carry it, and an import no
-- longer invents 公务员. Existing rows keep their values.
CREATE TABLE "School" (
  "id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
  "is985" BOOLEAN NOT NULL DEFAULT false,
  "is211" BOOLEAN NOT NULL DEFAULT false,
  "isDoubleFirstClass" BOOLEAN NOT NULL DEFAULT false,
  "archivedAt" TIMESTAMP(3),
  "version" INTEGER NOT NULL DEFAULT 1,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "School_name_key" ON "School"("name");

ALTER TABLE "Cadre" ALTER COLUMN "establishmentType" DROP NOT NULL,
  ALTER COLUMN "establishmentType" DROP DEFAULT;
