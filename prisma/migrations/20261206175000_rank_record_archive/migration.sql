-- 职务层次与职级记录 editor (issue 19, 补录): a period entered in error is 作废 (archived), never
-- deleted. Only a closed period can be archived: the open one is the cadre's current rank or
-- grade, owned by Cadre.rank/rankSince/grade/gradeSince and the trigger Cadre_rank_record_sync
-- (which only ever touches open periods, so it never sees an archived row).

-- AlterTable
ALTER TABLE "RankRecord" ADD COLUMN     "archivedAt" TIMESTAMP(3);

ALTER TABLE "RankRecord" ADD CONSTRAINT "RankRecord_archived_closed_check"
  CHECK ("archivedAt" IS NULL OR "endDate" IS NOT NULL);
